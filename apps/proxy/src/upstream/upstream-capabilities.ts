import { APIConnectionTimeoutError, APIError } from 'openai';
import type { Logger } from '../logger.js';
import type { UpstreamGateway } from './upstream-gateway.js';

/** Parts of the upstream API that some Azure resources lack while the Responses API itself works. */
export type UpstreamCapability = 'explicitContainers' | 'containerFileContent';

export interface UpstreamCapabilities {
  /** `true` seen working, `false` found missing, `null` not tried yet. */
  snapshot(): Record<UpstreamCapability, boolean | null>;
  available(capability: UpstreamCapability): boolean;
  markWorking(capability: UpstreamCapability): void;
  /** Logs one warning each time it turns missing, naming the fallback. */
  markMissing(capability: UpstreamCapability, error: unknown): void;
}

const fallbacks: Record<UpstreamCapability, string> = {
  explicitContainers: 'chats now use auto containers ({type: "auto", file_ids}); each turn starts a fresh container with the chat files',
  containerFileContent: 'generated files cannot be downloaded; cards show the download failure message',
};

/**
 * Whether an error means the endpoint does not exist on this resource (404/405/501) or never answers (a timeout),
 * as opposed to a failure of this one request.
 */
export function isMissingEndpoint(error: unknown): boolean {
  if (error instanceof APIConnectionTimeoutError) return true;
  return error instanceof APIError && (error.status === 404 || error.status === 405 || error.status === 501);
}

/** What this proxy instance has learned about its upstream, shared by every request. */
export function createUpstreamCapabilities(logger: Logger): UpstreamCapabilities {
  const state: Record<UpstreamCapability, boolean | null> = { explicitContainers: null, containerFileContent: null };
  return {
    snapshot: () => ({ ...state }),
    available: (capability) => state[capability] !== false,
    // The latest outcome wins: a capability wrongly taken as missing (one odd 404) is restored by the next success.
    markWorking(capability) {
      state[capability] = true;
    },
    markMissing(capability, error) {
      if (state[capability] === false) return;
      state[capability] = false;
      logger.log('warn', 'upstream_capability_missing', { capability, fallback: fallbacks[capability], error });
    },
  };
}

/**
 * Learns at start whether the containers API exists, so `GET /api/health` (and the demo's status line) tell a
 * fallback before the first chat. A failure that says nothing about the endpoint (network, 401, 5xx) leaves it unknown.
 */
export async function probeCapabilities(gateway: UpstreamGateway, capabilities: UpstreamCapabilities, signal?: AbortSignal): Promise<void> {
  try {
    await gateway.probeContainersApi(signal);
    capabilities.markWorking('explicitContainers');
  } catch (error) {
    if (isMissingEndpoint(error)) capabilities.markMissing('explicitContainers', error);
  }
}

/**
 * Whether a failed container-file download says the endpoint is missing rather than the file or its container.
 * Told by the error's structured fields, not its wording: the API's own answer about a gone file or container is
 * typed (`type: 'invalid_request_error'`), while an Azure resource without the route answers with the platform's
 * untyped `{code: '404', message: 'Resource not found'}` (or with no error body at all).
 */
export function isMissingFileContentEndpoint(error: unknown): boolean {
  if (!isMissingEndpoint(error)) return false;
  if (!(error instanceof APIError) || error.status !== 404) return true;
  return error.type == null && (error.code == null || error.code === '404');
}
