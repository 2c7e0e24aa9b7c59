import { createHash, randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { ArchiveIndexEntry, ArchiveStorage } from './archive-storage.js';
import { dayMs, removeExpired } from './retention.js';

const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function readAll(content: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of content) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

async function store(storage: ArchiveStorage, bytes: Buffer, storedAt = 1_700_000_000_000): Promise<string> {
  const sha256 = sha256Of(bytes);
  await storage.put(sha256, Readable.from([bytes]), { bytes: bytes.length, storedAt });
  return sha256;
}

/** A stream of `total` pseudo-random bytes made chunk by chunk, never whole in memory, hashed as it goes. */
function generated(total: number, chunkSize = 256 * 1024): { stream: Readable; digest(): string } {
  const hash = createHash('sha256');
  let left = total;
  const stream = new Readable({
    read() {
      if (left === 0) {
        this.push(null);
        return;
      }
      const chunk = randomBytes(Math.min(chunkSize, left));
      left -= chunk.length;
      hash.update(chunk);
      this.push(chunk);
    },
  });
  return { stream, digest: () => hash.digest('hex') };
}

const entry = (overrides: Partial<ArchiveIndexEntry> = {}): ArchiveIndexEntry => ({
  containerId: 'cntr_a',
  fileId: 'cfile_b',
  sha256: 'a'.repeat(64),
  filename: 'chart.png',
  bytes: 10,
  archivedAt: 1_700_000_000_000,
  ...overrides,
});

/** One behaviour, every backend: each backend's test file runs this with a factory giving a fresh, empty storage. */
export function describeArchiveStorage(name: string, createStorage: () => Promise<ArchiveStorage>, options: { timeout?: number } = {}): void {
  describe(`archive storage contract: ${name}`, { timeout: options.timeout ?? 30_000 }, () => {
    it('stores bytes under their hash and streams them back with size and time', async () => {
      const storage = await createStorage();
      const bytes = Buffer.from('month,revenue\nJan,10\n');
      const sha256 = await store(storage, bytes, 1_700_000_123_000);
      expect(await storage.has(sha256)).toBe(true);
      const found = await storage.get(sha256);
      expect(found?.blob).toEqual({ sha256, bytes: bytes.length, storedAt: 1_700_000_123_000 });
      expect(await readAll(found?.content ?? Readable.from([]))).toEqual(bytes);
    });

    it('answers a missing blob with null and false, not an error', async () => {
      const storage = await createStorage();
      const missing = 'f'.repeat(64);
      expect(await storage.has(missing)).toBe(false);
      expect(await storage.get(missing)).toBeNull();
      expect(await storage.delete(missing)).toBe(false);
      expect(await storage.touch(missing, 1)).toBe(false);
    });

    it('keeps one copy of the same bytes stored twice', async () => {
      const storage = await createStorage();
      const bytes = Buffer.from('same bytes');
      const first = await store(storage, bytes);
      const second = await store(storage, bytes);
      expect(second).toBe(first);
      await store(storage, Buffer.from('other bytes'));
      const listed = await collect(storage.list());
      expect(listed.map((blob) => blob.sha256).sort()).toEqual([first, sha256Of(Buffer.from('other bytes'))].sort());
    });

    it('moves storedAt forward with touch and removes with delete', async () => {
      const storage = await createStorage();
      const sha256 = await store(storage, Buffer.from('touch me'), 1_700_000_000_000);
      expect(await storage.touch(sha256, 1_800_000_000_000)).toBe(true);
      const touched = await storage.get(sha256);
      touched?.content.destroy();
      expect(touched?.blob.storedAt).toBe(1_800_000_000_000);
      expect(await storage.delete(sha256)).toBe(true);
      expect(await storage.has(sha256)).toBe(false);
      expect(await collect(storage.list())).toEqual([]);
    });

    it('refuses a key that is not a SHA-256 digest (no path or name tricks)', async () => {
      const storage = await createStorage();
      await expect(storage.has('../../etc/passwd')).rejects.toThrow(/SHA-256/);
      await expect(storage.get('A'.repeat(64))).rejects.toThrow(/SHA-256/);
    });

    it('streams a file larger than its buffers through put and get intact', async () => {
      const storage = await createStorage();
      const size = 9 * 1024 * 1024 + 17;
      const source = generated(size);
      // The hash is known only after the bytes went by: hash a first pass, then store a second identical pass.
      const chunks: Buffer[] = [];
      for await (const chunk of source.stream) chunks.push(chunk as Buffer);
      const sha256 = source.digest();
      await storage.put(sha256, Readable.from(chunks), { bytes: size, storedAt: 1_700_000_000_000 });
      const found = await storage.get(sha256);
      expect(found?.blob.bytes).toBe(size);
      const readBack = createHash('sha256');
      let total = 0;
      for await (const chunk of found?.content ?? Readable.from([])) {
        readBack.update(chunk as Buffer);
        total += (chunk as Buffer).length;
      }
      expect(total).toBe(size);
      expect(readBack.digest('hex')).toBe(sha256);
    });

    it('keeps index entries by container and file, replaceable and removable', async () => {
      const storage = await createStorage();
      expect(await storage.getIndex('cntr_a', 'cfile_b')).toBeNull();
      await storage.putIndex(entry());
      await storage.putIndex(entry({ fileId: 'cfile_c', filename: 'table.csv', sha256: 'b'.repeat(64) }));
      expect(await storage.getIndex('cntr_a', 'cfile_b')).toEqual(entry());
      await storage.putIndex(entry({ filename: 'renamed.png', archivedAt: 1_800_000_000_000 }));
      expect(await storage.getIndex('cntr_a', 'cfile_b')).toEqual(entry({ filename: 'renamed.png', archivedAt: 1_800_000_000_000 }));
      expect((await collect(storage.listIndex())).map((item) => item.fileId).sort()).toEqual(['cfile_b', 'cfile_c']);
      await storage.deleteIndex('cntr_a', 'cfile_b');
      expect(await storage.getIndex('cntr_a', 'cfile_b')).toBeNull();
      // Ids are opaque: odd characters must neither break the key nor escape the storage.
      await storage.putIndex(entry({ containerId: '../../x', fileId: 'a/b?c' }));
      expect((await storage.getIndex('../../x', 'a/b?c'))?.containerId).toBe('../../x');
    });

    it('removes only what is past retention, by the injected clock', async () => {
      const storage = await createStorage();
      const day0 = 1_700_000_000_000;
      const old = await store(storage, Buffer.from('old'), day0);
      const fresh = await store(storage, Buffer.from('fresh'), day0 + 20 * dayMs);
      const refreshed = await store(storage, Buffer.from('archived again'), day0);
      await storage.touch(refreshed, day0 + 25 * dayMs);
      await storage.putIndex(entry({ fileId: 'cfile_old', sha256: old, archivedAt: day0 }));
      await storage.putIndex(entry({ fileId: 'cfile_fresh', sha256: fresh, archivedAt: day0 + 20 * dayMs }));

      const removed = await removeExpired(storage, { retentionMs: 30 * dayMs, now: day0 + 31 * dayMs });
      expect(removed).toEqual({ blobs: 1, indexEntries: 1 });
      expect(await storage.has(old)).toBe(false);
      expect(await storage.has(fresh)).toBe(true);
      expect(await storage.has(refreshed)).toBe(true);
      expect(await storage.getIndex('cntr_a', 'cfile_old')).toBeNull();
      expect(await storage.getIndex('cntr_a', 'cfile_fresh')).not.toBeNull();
    });
  });
}
