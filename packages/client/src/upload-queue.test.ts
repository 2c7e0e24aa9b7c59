import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { useRealStack } from '../../../tooling/test-stack/suite-stack.js';
import type { Client } from './client.js';
import { createClient } from './client.js';
import { createUploadQueue, type UploadQueue, type UploadQueueState } from './upload-queue.js';

function settled(queue: UploadQueue): Promise<UploadQueueState> {
  return new Promise((resolve) => {
    const check = () => {
      const state = queue.getSnapshot();
      if (state.items.every((item) => item.status !== 'uploading')) {
        unsubscribe();
        resolve(state);
      }
    };
    const unsubscribe = queue.subscribe(check);
    check();
  });
}

describe('upload queue against the real proxy', () => {
  const stack = useRealStack();

  async function makeQueue() {
    const client = createClient({ baseUrl: stack.proxy.url });
    const { uploads } = await client.getConfig();
    const tokens: string[] = [];
    return { queue: createUploadQueue({ client, limits: uploads, getToken: () => tokens.at(-1) ?? null, onToken: (token) => tokens.push(token) }), tokens };
  }

  it('refuses files over the limits at once, without a request, and keeps the accepted ones', async () => {
    const { queue } = await makeQueue();
    void queue.add([new File(['x'], 'tool.exe'), ...Array.from({ length: 11 }, (_, index) => new File(['a,b\n1,2\n'], `t${index}.md`))]);
    const { rejected, items } = queue.getSnapshot();
    expect(rejected.map((file) => file.code)).toEqual(['file_type_not_allowed', 'too_many_files']);
    expect(items).toHaveLength(10);
    expect(items.every((item) => item.status === 'uploading' && item.loaded === 0)).toBe(true);
    queue.clear();
    expect(queue.getSnapshot()).toEqual({ items: [], rejected: [] });
  });

  it('uploads accepted files and hands the new token over', async () => {
    const { queue, tokens } = await makeQueue();
    const ended = await queue.add([new File(['region,total\nNorth,1\n'], 'totals.csv', { type: 'text/csv' })]);
    expect(ended).toEqual([expect.objectContaining({ name: 'totals.csv', status: 'uploaded', loaded: 21, error: null, fileId: expect.any(String) as unknown })]);
    expect(tokens).toHaveLength(1);
  });

  it("marks a file the server refuses as failed, with the server's message", async () => {
    const { queue, tokens } = await makeQueue();
    const ended = await queue.add([new File([new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0xff, 0xfe, 0x00, 0x01])], 'sheet.xlsx')]);
    expect(ended).toEqual(queue.getSnapshot().items);
    expect(ended).toEqual([expect.objectContaining({ name: 'sheet.xlsx', status: 'failed', fileId: null, error: expect.stringMatching(/^File "sheet\.xlsx" was rejected: /) as unknown })]);
    expect(tokens).toEqual([]);
  });

  it("marks a large file whose content is not its type as failed with the server's message, and takes the next file", async () => {
    const { queue, tokens } = await makeQueue();
    // Larger than the proxy's 64 KB parser buffer, where a refusal used to leave the request unanswered.
    const [refused] = await queue.add([new File([new Uint8Array(randomBytes(150 * 1024))], 'rand.png')]);
    expect(refused).toEqual(expect.objectContaining({ name: 'rand.png', status: 'failed', error: 'File "rand.png" was rejected: its content is not a PNG image (file signature mismatch).' }));
    const [accepted] = await queue.add([new File(['a,b\n1,2\n'], 'after.csv')]);
    expect(accepted).toEqual(expect.objectContaining({ name: 'after.csv', status: 'uploaded' }));
    expect(tokens).toHaveLength(1);
  });

  it('forgets a removed file', async () => {
    const { queue } = await makeQueue();
    const ended = queue.add([new File(['# notes'], 'notes.md'), new File(['hello'], 'hello.txt')]);
    const first = queue.getSnapshot().items[0];
    queue.remove(first?.id ?? '');
    expect(queue.getSnapshot().items.map((item) => item.name)).toEqual(['hello.txt']);
    expect((await ended).map((item) => item.name)).toEqual(['hello.txt']);
    expect((await settled(queue)).items.map((item) => item.name)).toEqual(['hello.txt']);
  });
});

describe('upload queue refusals', () => {
  const limits = { enabled: true, maxFilesPerMessage: 2, maxFileBytes: 1024, allowedTypes: [{ label: 'CSV', extensions: ['csv'], mimeType: 'text/csv' }], accept: '.csv' };
  // Never answers: the chips stay "uploading", which is all these tests need.
  const client: Pick<Client, 'uploadFiles'> = { uploadFiles: (_files, options) => new Promise((_resolve, reject) => options?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))) };
  const makeQueue = () => createUploadQueue({ client, limits, getToken: () => null, onToken: () => undefined });

  it('forgets the refusal once every chip of the same attempt is removed', () => {
    const queue = makeQueue();
    void queue.add([new File(['a'], 'a.csv'), new File(['MZ'], 'setup.exe')]);
    expect(queue.getSnapshot().rejected.map((file) => file.name)).toEqual(['setup.exe']);
    queue.remove(queue.getSnapshot().items[0]?.id ?? '');
    expect(queue.getSnapshot()).toEqual({ items: [], rejected: [] });
  });

  it('keeps the refusal while a chip of that attempt is still there, and drops it when no chip is left', () => {
    const queue = makeQueue();
    void queue.add([new File(['a'], 'a.csv')]);
    void queue.add([new File(['b'], 'b.csv'), new File(['c'], 'c.csv')]);
    expect(queue.getSnapshot().rejected.map((file) => file.code)).toEqual(['too_many_files']);
    queue.remove(queue.getSnapshot().items[0]?.id ?? '');
    expect(queue.getSnapshot().rejected).toHaveLength(1);
    queue.remove(queue.getSnapshot().items[0]?.id ?? '');
    expect(queue.getSnapshot()).toEqual({ items: [], rejected: [] });
  });

  it('gives uploaded files back after a message could not be sent', () => {
    const queue = makeQueue();
    const sent = { id: 'upload-sent', name: 'a.csv', size: 1, mimeType: 'text/csv', status: 'uploaded' as const, loaded: 1, fileId: 'file-1', error: null };
    queue.restore([sent, { ...sent, id: 'upload-failed', status: 'failed', fileId: null, error: 'refused' }]);
    expect(queue.getSnapshot().items).toEqual([sent]);
    queue.restore([sent]);
    expect(queue.getSnapshot().items).toHaveLength(1);
  });
});
