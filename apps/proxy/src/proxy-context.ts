import type { ArchiveService } from './archive/archive-service.js';
import type { ProxyConfig } from './config/config.js';
import type { Logger } from './logger.js';
import type { Signer } from './tokens/signing.js';
import type { UpstreamCapabilities } from './upstream/upstream-capabilities.js';
import type { UpstreamGateway } from './upstream/upstream-gateway.js';

/** What every route shares; nothing here holds conversation state, so instances are interchangeable. */
export interface ProxyContext {
  config: ProxyConfig;
  gateway: UpstreamGateway;
  signer: Signer;
  logger: Logger;
  now(): number;
  maxResumes: number;
  sleep(ms: number): Promise<void>;
  /** Durable storage for generated files; null when `archive.enabled` is false. */
  archive: ArchiveService | null;
  /** What the upstream was found to offer, learned as requests go (shown by `GET /api/health`). */
  capabilities: UpstreamCapabilities;
}
