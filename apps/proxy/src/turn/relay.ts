import { parseEvent, responseEcho } from '@execards/core';
import type { ConversationState } from '../tokens/conversation-token.js';
import { createDownloadUrl } from '../downloads/download-link.js';
import { isTerminalEvent, resumableEvents } from '../upstream/resumable-events.js';
import type { UpstreamEvent } from '../upstream/upstream-events.js';
import { isContainerGone, isContainerGoneMessage } from '../upstream/upstream-gateway.js';
import { createGeneratedFiles, type ProxyFileEvent } from './generated-files.js';
import { sendProxyEvent, sseFrame } from './sse-frame.js';
import type { Send, TurnDependencies } from './turn-dependencies.js';

export type RelayOutcome =
  | {
      kind: 'finished';
      responseId: string | null;
      terminal: string | null;
      containerId: string | null;
      /** The `proxy.file` events sent, the containers the calls ran in, and the response's `created_at`: what archiving needs. */
      announced: readonly ProxyFileEvent[];
      containerIds: string[];
      createdAt: number | null;
    }
  | { kind: 'container-gone' };

export type FinishedRelay = Extract<RelayOutcome, { kind: 'finished' }>;

export interface RelayOptions {
  /** The conversation as the response starts: its container resolves `sandbox:` links before a call names one. */
  state: ConversationState;
  open(): Promise<ReadableStream<Uint8Array>>;
  send: Send;
  signal: AbortSignal;
  /** Whether an expired container ends the relay as `container-gone` (for a retry) instead of failing the turn. */
  allowRecovery: boolean;
  /** When `open` continues a known response after a known event (a browser resuming a turn). */
  continuing?: { responseId: string; startingAfter: number };
}

/** The failure message of an `error` or `response.failed` event, read through core's `parseEvent`. */
function errorMessageOf(event: UpstreamEvent): string | null {
  if (event.type !== 'error' && event.type !== 'response.failed') return null;
  const parsed = parseEvent(event.payload);
  if (parsed.type === 'error') return parsed.message;
  return parsed.type === 'response.failed' ? (parsed.response.error?.message ?? null) : null;
}

const codeDeltaTypes = new Set(['response.code_interpreter_call_code.delta', 'response.code_interpreter_call.code.delta']);

/** Streams one response to the browser unchanged, with a `proxy.file` event after each event that names a file. */
export async function relayResponse(dependencies: TurnDependencies, options: RelayOptions): Promise<RelayOutcome> {
  const { config, gateway, logger } = dependencies;
  const { state, send, signal, allowRecovery, continuing } = options;
  const files = createGeneratedFiles({
    containerId: state.containerId,
    listContainerFiles: (containerId) => gateway.listContainerFiles(containerId, signal),
    downloadUrl: (target) =>
      createDownloadUrl(dependencies.signer, target, dependencies.now() + config.generatedFiles.downloadUrlTtlSeconds * 1000),
    onUnresolved: (details) => logger.log('warn', 'generated_file_unresolved', details),
  });
  const events = resumableEvents({
    open: options.open,
    ...(continuing ? { continuing } : {}),
    resume: (responseId, startingAfter) => gateway.resumeResponseStream(responseId, startingAfter, signal),
    maxResumes: dependencies.maxResumes,
    signal,
    onMalformed: (details) => logger.log('warn', 'upstream_event_malformed', details),
    onResume: ({ responseId, startingAfter, attempt, cause }) =>
      logger.log('warn', 'upstream_stream_resumed', { responseId, startingAfter, attempt, cause: cause instanceof Error ? cause.message : String(cause) }),
  });

  const codeShown = new Set<string>();
  let responseId: string | null = null;
  let terminal: string | null = null;
  let usedContainer: string | null = null;
  let createdAt: number | null = null;
  let containerGone = false;
  try {
    for await (const event of events) {
      if (allowRecovery && !containerGone) {
        const message = errorMessageOf(event);
        containerGone = message !== null && isContainerGoneMessage(message);
      }
      // Once the container is known to be gone, the failure events are swallowed: the turn is retried.
      if (containerGone) continue;
      if (config.codeDisplay.sleepBeforeDisplayMs > 0 && codeDeltaTypes.has(event.type)) {
        const itemId = String(event.payload['item_id'] ?? '');
        if (!codeShown.has(itemId)) {
          codeShown.add(itemId);
          await dependencies.sleep(config.codeDisplay.sleepBeforeDisplayMs);
        }
      }
      send(sseFrame(event.type, event.data));
      for (const file of await files.filesNamedBy(event)) sendProxyEvent(send, 'proxy.file', file);
      if (isTerminalEvent(event.type)) {
        terminal = event.type;
        // The explicit container a finished response used comes from the tools it echoes back.
        ({ id: responseId, container: usedContainer, createdAt } = responseEcho(event.payload));
      }
    }
  } catch (error) {
    if (allowRecovery && isContainerGone(error)) return { kind: 'container-gone' };
    throw error;
  }
  if (containerGone) return { kind: 'container-gone' };
  const containerIds = [state.containerId, usedContainer, files.currentContainer(), ...files.announced().map((file) => file.container_id)].filter((id) => id !== null);
  return { kind: 'finished', responseId, terminal, containerId: usedContainer, announced: files.announced(), containerIds, createdAt };
}
