import { createReadStream } from 'node:fs';
import type { ArchiveConfig } from '../config/config.js';
import type { ProxyFileEvent } from '../turn/generated-files.js';
import type { Logger } from '../logger.js';
import type { Signer } from '../tokens/signing.js';
import type { UpstreamGateway } from '../upstream/upstream-gateway.js';
import { createArchiveUrl } from './archive-link.js';
import type { ArchivedBlob, ArchiveIndexEntry, ArchiveStorage } from './archive-storage.js';
import { createAzureBlobStorage } from './azure-blob-storage.js';
import { createFilesystemStorage } from './filesystem-storage.js';
import { dayMs, isExpired, removeExpired } from './retention.js';
import { FileTooLargeError, stageDownload } from './staged-download.js';
import type { Readable } from 'node:stream';

/** A `proxy.file` event for a file served from durable storage. */
export interface ArchivedFileEvent extends ProxyFileEvent {
  storage: 'archive';
  sha256: string;
}

export interface ArchiveNotice {
  code: 'archive_cap' | 'archive_failed';
  message: string;
  filename: string;
}

export type ArchiveOutcome = { kind: 'archived'; event: ArchivedFileEvent } | { kind: 'skipped'; notice: ArchiveNotice };

/** A file to archive: where it is in the container and the name it is shown (and downloaded) under. */
export interface ArchiveCandidate {
  containerId: string;
  fileId: string;
  path: string;
  filename: string;
  /** From the container listing, when known (checked against the cap before downloading anything). */
  bytes: number | null;
}

export interface ArchiveService {
  readonly storage: ArchiveStorage;
  readonly config: ArchiveConfig;
  readonly retentionMs: number;
  /**
   * Copies one container file into storage (same bytes stored once), records its index entry and returns the
   * `proxy.file` event to announce, or the notice to send when a cap or the storage refused it.
   */
  archiveFile(candidate: ArchiveCandidate, conversationBytes: number, signal?: AbortSignal): Promise<ArchiveOutcome>;
  /** The archived copy of a container file, when there is one still within retention. */
  findArchived(containerId: string, fileId: string): Promise<{ entry: ArchiveIndexEntry; blob: ArchivedBlob; content: Readable } | null>;
  /** Whether a blob is stored. */
  isStored(sha256: string): Promise<boolean>;
  /** Deletes everything past retention. */
  removeExpired(): Promise<{ blobs: number; indexEntries: number }>;
}

export interface ArchiveServiceDependencies {
  config: ArchiveConfig;
  storage?: ArchiveStorage;
  gateway: UpstreamGateway;
  signer: Signer;
  logger: Logger;
  now(): number;
}

const megabyte = 1024 * 1024;

export function formatBytes(bytes: number): string {
  if (bytes >= megabyte) return `${Math.round((bytes / megabyte) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round((bytes / 1024) * 10) / 10} KB`;
  return `${bytes} bytes`;
}

export function createStorageFor(config: ArchiveConfig): ArchiveStorage {
  if (config.backend === 'azure-blob') {
    const { connectionString, accountUrl, container } = config.azure;
    // The config schema already requires a container and one way to sign in for this backend.
    if (!container || (!connectionString && !accountUrl)) {
      throw new Error('archive.azure.container and archive.azure.connectionString (or accountUrl) are required for the azure-blob backend.');
    }
    if (!connectionString && accountUrl) return createAzureBlobStorage({ accountUrl, container });
    try {
      return createAzureBlobStorage({ connectionString: connectionString ?? '', container });
    } catch (error) {
      throw new Error(`archive.azure.connectionString is not a usable connection string (${error instanceof Error ? error.message : String(error)}).`);
    }
  }
  return createFilesystemStorage(config.directory);
}

export function createArchiveService(dependencies: ArchiveServiceDependencies): ArchiveService {
  const { config, gateway, signer, logger, now } = dependencies;
  const storage = dependencies.storage ?? createStorageFor(config);
  const retentionMs = config.retentionDays * dayMs;

  const capNotice = (filename: string, reason: string): ArchiveOutcome => ({
    kind: 'skipped',
    notice: { code: 'archive_cap', filename, message: `"${filename}" was not archived: ${reason}. It stays available only while the code session lives.` },
  });
  const fileCap = (filename: string, bytes: number | null) =>
    capNotice(filename, `${bytes === null ? 'it is' : `at ${formatBytes(bytes)} it is`} larger than the archive limit of ${formatBytes(config.maxFileBytes)} per file (archive.maxFileBytes)`);
  const conversationCap = (filename: string) =>
    capNotice(filename, `this conversation reached its archive limit of ${formatBytes(config.maxConversationBytes)} (archive.maxConversationBytes)`);

  async function store(candidate: ArchiveCandidate, conversationBytes: number, signal?: AbortSignal): Promise<ArchiveOutcome> {
    const { filename } = candidate;
    if (candidate.bytes !== null && candidate.bytes > config.maxFileBytes) return fileCap(filename, candidate.bytes);
    if (candidate.bytes !== null && conversationBytes + candidate.bytes > config.maxConversationBytes) return conversationCap(filename);
    const response = await gateway.downloadContainerFile(candidate.containerId, candidate.fileId, signal);
    if (!response.body) throw new Error('The upstream answered a file download without a body.');
    let staged;
    try {
      staged = await stageDownload(response.body, config.maxFileBytes, signal);
    } catch (error) {
      if (error instanceof FileTooLargeError) return fileCap(filename, null);
      throw error;
    }
    try {
      if (conversationBytes + staged.bytes > config.maxConversationBytes) return conversationCap(filename);
      const archivedAt = now();
      // Same bytes archived again: keep the one copy, and count retention from now.
      if (!(await storage.touch(staged.sha256, archivedAt))) {
        await storage.put(staged.sha256, createReadStream(staged.path), { bytes: staged.bytes, storedAt: archivedAt });
      }
      await storage.putIndex({ containerId: candidate.containerId, fileId: candidate.fileId, sha256: staged.sha256, filename, bytes: staged.bytes, archivedAt });
      logger.log('info', 'file_archived', { containerId: candidate.containerId, fileId: candidate.fileId, sha256: staged.sha256, bytes: staged.bytes });
      return {
        kind: 'archived',
        event: {
          container_id: candidate.containerId,
          file_id: candidate.fileId,
          filename,
          path: candidate.path,
          bytes: staged.bytes,
          url: createArchiveUrl(signer, { sha256: staged.sha256, filename }, archivedAt + retentionMs),
          storage: 'archive',
          sha256: staged.sha256,
        },
      };
    } finally {
      await staged.remove();
    }
  }

  return {
    storage,
    config,
    retentionMs,
    async archiveFile(candidate, conversationBytes, signal) {
      try {
        return await store(candidate, conversationBytes, signal);
      } catch (error) {
        if (signal?.aborted) throw error;
        logger.log('error', 'archive_failed', { containerId: candidate.containerId, fileId: candidate.fileId, error });
        return {
          kind: 'skipped',
          notice: {
            code: 'archive_failed',
            filename: candidate.filename,
            message: `"${candidate.filename}" could not be archived. It stays available only while the code session lives.`,
          },
        };
      }
    },
    async findArchived(containerId, fileId) {
      const entry = await storage.getIndex(containerId, fileId);
      if (!entry || isExpired(entry.archivedAt, retentionMs, now())) return null;
      const found = await storage.get(entry.sha256);
      if (!found) return null;
      if (isExpired(found.blob.storedAt, retentionMs, now())) {
        found.content.destroy();
        return null;
      }
      return { entry, ...found };
    },
    // Expired blobs are refused by their link's own expiry; cleanup deletes them soon after.
    isStored: (sha256) => storage.has(sha256),
    removeExpired: () => removeExpired(storage, { retentionMs, now: now() }),
  };
}

