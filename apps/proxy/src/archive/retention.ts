import type { ArchiveStorage } from './archive-storage.js';

export const dayMs = 24 * 60 * 60 * 1000;

/** Whether something stored at `storedAt` is past the retention window at `now`. */
export function isExpired(storedAt: number, retentionMs: number, now: number): boolean {
  return storedAt + retentionMs <= now;
}

/** Deletes blobs and index entries older than the retention window; returns how many of each went. */
export async function removeExpired(storage: ArchiveStorage, options: { retentionMs: number; now: number }): Promise<{ blobs: number; indexEntries: number }> {
  const removed = { blobs: 0, indexEntries: 0 };
  const expiredBlobs: string[] = [];
  for await (const blob of storage.list()) if (isExpired(blob.storedAt, options.retentionMs, options.now)) expiredBlobs.push(blob.sha256);
  for (const sha256 of expiredBlobs) if (await storage.delete(sha256)) removed.blobs += 1;

  const expiredEntries: { containerId: string; fileId: string }[] = [];
  for await (const entry of storage.listIndex()) if (isExpired(entry.archivedAt, options.retentionMs, options.now)) expiredEntries.push(entry);
  for (const entry of expiredEntries) {
    await storage.deleteIndex(entry.containerId, entry.fileId);
    removed.indexEntries += 1;
  }
  return removed;
}
