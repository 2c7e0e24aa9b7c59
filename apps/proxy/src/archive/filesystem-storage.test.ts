import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { describeArchiveStorage } from './archive-storage-contract.js';
import { createFilesystemStorage } from './filesystem-storage.js';

const created: string[] = [];
const freshDirectory = async () => {
  const directory = await mkdtemp(path.join(os.tmpdir(), 'archive-fs-'));
  created.push(directory);
  return directory;
};
afterAll(async () => {
  await Promise.all(created.map((directory) => rm(directory, { recursive: true, force: true })));
});

describeArchiveStorage('filesystem', async () => createFilesystemStorage(await freshDirectory()));

describe('filesystem archive storage', () => {
  it('leaves no temporary file behind when a write fails half way', async () => {
    const directory = await freshDirectory();
    const storage = createFilesystemStorage(directory);
    const failing = new Readable({
      read() {
        this.push(Buffer.from('partial'));
        this.destroy(new Error('upstream connection lost'));
      },
    });
    await expect(storage.put('c'.repeat(64), failing, { bytes: 100, storedAt: 1 })).rejects.toThrow('upstream connection lost');
    expect(await storage.has('c'.repeat(64))).toBe(false);
    expect(await readdir(path.join(directory, 'tmp'))).toEqual([]);
  });
});
