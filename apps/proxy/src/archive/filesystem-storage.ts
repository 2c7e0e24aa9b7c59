import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, open, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { assertSha256, indexKey, type ArchivedBlob, type ArchiveIndexEntry, type ArchiveStorage } from './archive-storage.js';
import { parseIndexEntry } from './index-entry.js';

function isMissing(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT';
}

/**
 * Blobs under `<directory>/blobs/<first two hex digits>/<sha256>`, index entries under `<directory>/index/…`.
 * Every write goes to `<directory>/tmp` first and is renamed into place, so a reader never sees half a file and
 * several instances sharing the directory cannot corrupt each other. A blob's modification time is its `storedAt`.
 */
export function createFilesystemStorage(directory: string): ArchiveStorage {
  const blobsDirectory = path.join(directory, 'blobs');
  const indexDirectory = path.join(directory, 'index');
  const temporaryDirectory = path.join(directory, 'tmp');
  const blobPath = (sha256: string) => {
    assertSha256(sha256);
    return path.join(blobsDirectory, sha256.slice(0, 2), sha256);
  };
  const indexPath = (containerId: string, fileId: string) => {
    const key = indexKey(containerId, fileId);
    return path.join(indexDirectory, key.slice(0, 2), `${key}.json`);
  };
  const temporaryPath = async () => {
    await mkdir(temporaryDirectory, { recursive: true });
    return path.join(temporaryDirectory, randomUUID());
  };
  const setStoredAt = (file: string, storedAt: number) => utimes(file, new Date(storedAt), new Date(storedAt));

  async function moveIntoPlace(temporary: string, destination: string): Promise<void> {
    await mkdir(path.dirname(destination), { recursive: true });
    await rename(temporary, destination);
  }

  async function* filesUnder(root: string): AsyncIterable<string> {
    let shards: string[];
    try {
      shards = await readdir(root);
    } catch (error) {
      if (isMissing(error)) return;
      throw error;
    }
    for (const shard of shards) {
      let names: string[];
      try {
        names = await readdir(path.join(root, shard));
      } catch (error) {
        if (isMissing(error)) continue;
        throw error;
      }
      for (const name of names) yield path.join(root, shard, name);
    }
  }

  return {
    kind: 'filesystem',
    async has(sha256) {
      try {
        return (await stat(blobPath(sha256))).isFile();
      } catch (error) {
        if (isMissing(error)) return false;
        throw error;
      }
    },
    async put(sha256, content: Readable, info) {
      const destination = blobPath(sha256);
      const temporary = await temporaryPath();
      try {
        await pipeline(content, createWriteStream(temporary, { flags: 'wx' }));
        const written = (await stat(temporary)).size;
        if (written !== info.bytes) throw new Error(`Archive write of ${sha256} got ${written} bytes, expected ${info.bytes}.`);
        await setStoredAt(temporary, info.storedAt);
        await moveIntoPlace(temporary, destination);
      } finally {
        await rm(temporary, { force: true });
      }
    },
    async touch(sha256, storedAt) {
      try {
        await setStoredAt(blobPath(sha256), storedAt);
        return true;
      } catch (error) {
        if (isMissing(error)) return false;
        throw error;
      }
    },
    async get(sha256) {
      let handle;
      try {
        handle = await open(blobPath(sha256), 'r');
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
      // Stat through the open handle: a concurrent delete cannot pull the file out from under the stream.
      const details = await handle.stat().catch(async (error: unknown) => {
        await handle.close();
        throw error;
      });
      const blob: ArchivedBlob = { sha256, bytes: details.size, storedAt: Math.round(details.mtimeMs) };
      return { blob, content: handle.createReadStream() };
    },
    async delete(sha256) {
      try {
        await rm(blobPath(sha256));
        return true;
      } catch (error) {
        if (isMissing(error)) return false;
        throw error;
      }
    },
    async *list() {
      for await (const file of filesUnder(blobsDirectory)) {
        const sha256 = path.basename(file);
        if (!/^[0-9a-f]{64}$/.test(sha256)) continue;
        try {
          const details = await stat(file);
          yield { sha256, bytes: details.size, storedAt: Math.round(details.mtimeMs) };
        } catch (error) {
          if (!isMissing(error)) throw error;
        }
      }
    },
    async putIndex(entry: ArchiveIndexEntry) {
      const temporary = await temporaryPath();
      try {
        await writeFile(temporary, JSON.stringify(entry), { flag: 'wx' });
        await moveIntoPlace(temporary, indexPath(entry.containerId, entry.fileId));
      } finally {
        await rm(temporary, { force: true });
      }
    },
    async getIndex(containerId, fileId) {
      try {
        return parseIndexEntry(await readFile(indexPath(containerId, fileId), 'utf8'));
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },
    async deleteIndex(containerId, fileId) {
      await rm(indexPath(containerId, fileId), { force: true });
    },
    async *listIndex() {
      for await (const file of filesUnder(indexDirectory)) {
        try {
          const entry = parseIndexEntry(await readFile(file, 'utf8'));
          if (entry) yield entry;
        } catch (error) {
          if (!isMissing(error)) throw error;
        }
      }
    },
  };
}
