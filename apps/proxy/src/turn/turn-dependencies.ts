import type { ArchiveService } from '../archive/archive-service.js';
import type { ProxyConfig } from '../config/config.js';
import type { Logger } from '../logger.js';
import type { Signer } from '../tokens/signing.js';
import type { UpstreamCapabilities } from '../upstream/upstream-capabilities.js';
import type { UpstreamGateway } from '../upstream/upstream-gateway.js';

export interface TurnDependencies {
  config: ProxyConfig;
  gateway: UpstreamGateway;
  signer: Signer;
  logger: Logger;
  now(): number;
  requestId: string;
  /** How often a dropped upstream stream is resumed before the turn fails. */
  maxResumes: number;
  sleep(ms: number): Promise<void>;
  /** Durable storage for generated files; null when `archive.enabled` is false. */
  archive: ArchiveService | null;
  /** What the upstream was found to offer (the containers API may be missing on Azure). */
  capabilities: UpstreamCapabilities;
}

/** Writes one SSE frame to the browser. */
export type Send = (frame: string) => void;
