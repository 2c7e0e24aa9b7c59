import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';

/** A stored blob: content addressed by the SHA-256 of its bytes, with the time it was (last) archived. */
export interface ArchivedBlob {
  sha256: string;
  bytes: number;
  /** ms since the epoch; refreshed whenever the same bytes are archived again, so retention counts from the latest copy. */
  storedAt: number;
}

/** Which content a container file was archived as. */
export interface ArchiveIndexEntry {
  containerId: string;
  fileId: string;
  sha256: string;
  filename: string;
  bytes: number;
  /** ms since the epoch. */
  archivedAt: number;
}

/**
 * Durable storage for generated files. Blobs are keyed by content hash, so the same bytes are stored once; the
 * index maps a container file to its blob so old container links still work after the container is gone.
 * Content always moves as a stream: a backend never holds a whole file in memory.
 */
export interface ArchiveStorage {
  readonly kind: 'filesystem' | 'azure-blob';
  has(sha256: string): Promise<boolean>;
  /** Stores `content` (exactly `bytes` long) under `sha256`; the caller computed the hash. Replaces nothing that exists. */
  put(sha256: string, content: Readable, info: { bytes: number; storedAt: number }): Promise<void>;
  /** Moves a blob's `storedAt` forward; false when the blob is not stored. */
  touch(sha256: string, storedAt: number): Promise<boolean>;
  get(sha256: string): Promise<{ blob: ArchivedBlob; content: Readable } | null>;
  /** Removes a blob; false when it was not stored. */
  delete(sha256: string): Promise<boolean>;
  list(): AsyncIterable<ArchivedBlob>;
  putIndex(entry: ArchiveIndexEntry): Promise<void>;
  getIndex(containerId: string, fileId: string): Promise<ArchiveIndexEntry | null>;
  deleteIndex(containerId: string, fileId: string): Promise<void>;
  listIndex(): AsyncIterable<ArchiveIndexEntry>;
}

export const sha256Pattern = /^[0-9a-f]{64}$/;

/** Guards every backend entry point: a hash reaches a path or blob name only when it is exactly 64 hex digits. */
export function assertSha256(sha256: string): void {
  if (!sha256Pattern.test(sha256)) throw new Error(`Not a SHA-256 hex digest: ${JSON.stringify(sha256.slice(0, 80))}`);
}

/** The name an index entry is stored under: a hash, because ids are opaque upstream strings and must never shape a path. */
export function indexKey(containerId: string, fileId: string): string {
  return createHash('sha256').update(`${containerId}\n${fileId}`).digest('hex');
}
