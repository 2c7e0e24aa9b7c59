import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startObservedEmulator, startTestProxy, type ObservedEmulator } from '../../../../tooling/test-stack/test-servers.js';
import { sha256Of } from './archive-test-support.js';
import { createFilesystemStorage } from './filesystem-storage.js';
import { dayMs } from './retention.js';

async function until(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('Condition not met in time.');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('archive retention in a running proxy', { timeout: 30_000 }, () => {
  let emulator: ObservedEmulator;
  beforeAll(async () => {
    emulator = await startObservedEmulator();
  });
  afterAll(async () => {
    await emulator.close();
  });

  it('deletes blobs past retention at start and then periodically, by the proxy clock', async () => {
    const directory = await mkdtemp(path.join(os.tmpdir(), 'archive-cleanup-'));
    const storage = createFilesystemStorage(directory);
    const day0 = 1_700_000_000_000;
    const put = async (text: string, storedAt: number) => {
      const sha256 = sha256Of(text);
      await storage.put(sha256, Readable.from([Buffer.from(text)]), { bytes: text.length, storedAt });
      return sha256;
    };
    const old = await put('old', day0);
    const recent = await put('recent', day0 + 29 * dayMs);
    await storage.putIndex({ containerId: 'cntr_1', fileId: 'cfile_old', sha256: old, filename: 'old.txt', bytes: 3, archivedAt: day0 });

    let clock = day0 + 31 * dayMs;
    const server = await startTestProxy(emulator.url, { config: { archive: { directory, retentionDays: 30 } }, now: () => clock, archiveCleanupIntervalMs: 50 });
    try {
      await until(async () => !(await storage.has(old)) && (await storage.getIndex('cntr_1', 'cfile_old')) === null);
      expect(await storage.has(recent)).toBe(true);

      // recent was stored on day 29: past retention from day 59.
      clock = day0 + 60 * dayMs;
      await until(async () => !(await storage.has(recent)));
    } finally {
      await server.close();
      await rm(directory, { recursive: true, force: true });
    }
  });
});
