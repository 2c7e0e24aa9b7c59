import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type OpenAI from 'openai';
import { toFile } from 'openai';
import { processAlive, startTestEmulator, waitUntil } from '../../../../tooling/test-stack/emulator.js';
import type { RunningEmulator } from '../server.js';

describe('files and containers through the openai SDK', { timeout: 20_000 }, () => {
  let server: RunningEmulator;
  let client: OpenAI;
  beforeAll(async () => {
    ({ server, client } = await startTestEmulator({ minuteMs: 200 }));
  });
  afterAll(() => server.close());

  it('uploads a file, reads its metadata and its bytes back', async () => {
    const file = await client.files.create({ file: await toFile(Buffer.from('x,y\n1,2\n'), 'data.csv'), purpose: 'assistants' });
    expect(file).toMatchObject({ object: 'file', purpose: 'assistants', filename: 'data.csv', bytes: 8, status: 'processed' });
    expect(file.id).toMatch(/^file-/);
    expect(await client.files.retrieve(file.id)).toEqual(file);
    expect(await (await client.files.content(file.id)).text()).toBe('x,y\n1,2\n');
  });

  it('answers a bad upload and an unknown file with upstream errors', async () => {
    const form = new FormData();
    form.set('purpose', 'nonsense');
    form.set('file', new Blob(['a']), 'a.txt');
    const bad = await fetch(`${server.url}/v1/files`, { method: 'POST', body: form });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { type: 'invalid_request_error', param: 'purpose' } });
    await expect(client.files.retrieve('file-missing')).rejects.toMatchObject({ status: 404 });
  });

  it('refuses a body over the size limit with 413', async () => {
    const small = await startTestEmulator({ maxBodyBytes: 2048 });
    try {
      const form = new FormData();
      form.set('purpose', 'assistants');
      form.set('file', new Blob([new Uint8Array(10_000)]), 'big.bin');
      const response = await fetch(`${small.server.url}/v1/files`, { method: 'POST', body: form });
      expect(response.status).toBe(413);
      expect(await response.json()).toMatchObject({ error: { code: 'request_too_large' } });
    } finally {
      await small.server.close();
    }
  });

  it('creates a container with files, lists them with path and source, serves their content', async () => {
    const upload = await client.files.create({ file: await toFile(Buffer.from('a,b\n3,4\n'), 'numbers.csv'), purpose: 'assistants' });
    const container = await client.containers.create({ name: 'contract', file_ids: [upload.id], expires_after: { anchor: 'last_active_at', minutes: 20 }, memory_limit: '1g' });
    expect(container).toMatchObject({ object: 'container', name: 'contract', status: 'running', expires_after: { anchor: 'last_active_at', minutes: 20 } });
    expect(container.id).toMatch(/^cntr_/);

    const added = await client.containers.files.create(container.id, { file: await toFile(Buffer.from('hello'), 'notes.txt') });
    expect(added).toMatchObject({ object: 'container.file', container_id: container.id, path: '/mnt/data/notes.txt', source: 'user', bytes: 5 });
    const byId = await client.containers.files.create(container.id, { file_id: upload.id });
    expect(byId.path).toBe('/mnt/data/numbers.csv');

    const listed = [];
    for await (const file of client.containers.files.list(container.id)) listed.push(file);
    expect(listed.map((file) => file.path).sort()).toEqual(['/mnt/data/notes.txt', '/mnt/data/numbers.csv']);
    expect(listed.every((file) => file.source === 'user')).toBe(true);

    const content = await client.containers.files.content.retrieve(added.id, { container_id: container.id });
    expect(await content.text()).toBe('hello');
    expect(await client.containers.retrieve(container.id)).toMatchObject({ id: container.id, status: 'running' });
  });

  it('validates container requests', async () => {
    await expect(client.containers.create({ name: 'x', expires_after: { anchor: 'last_active_at', minutes: 90 } })).rejects.toMatchObject({
      status: 400,
      error: { param: 'expires_after.minutes' },
    });
    await expect(client.containers.create({ name: 'x', file_ids: ['file-nope'] })).rejects.toMatchObject({ status: 404 });
  });

  it('deletes a container: its Python process dies and it is then not found', async () => {
    const container = await client.containers.create({ name: 'doomed' });
    const response = await client.responses.create({
      model: 'emulator',
      input: '```python\nvalue = 1\n```',
      tools: [{ type: 'code_interpreter', container: container.id }],
    });
    expect(response.status).toBe('completed');
    const [pid] = server.emulator.containers.processIds();
    expect(pid).toBeDefined();
    await client.containers.delete(container.id);
    expect(await waitUntil(() => !processAlive(pid ?? -1))).toBe(true);
    await expect(client.containers.retrieve(container.id)).rejects.toMatchObject({ status: 404, message: expect.stringContaining(`Container with id '${container.id}' not found.`) });
  });

  it('expires an idle container, kills its process, and refuses to use it', async () => {
    const container = await client.containers.create({ name: 'idle', expires_after: { anchor: 'last_active_at', minutes: 1 } });
    await client.responses.create({ model: 'emulator', input: '```python\nx = 1\n```', tools: [{ type: 'code_interpreter', container: container.id }] });
    const pid = server.emulator.containers.processIds().at(-1) ?? -1;
    expect(await waitUntil(() => !processAlive(pid), 2000)).toBe(true);
    expect(await client.containers.retrieve(container.id)).toMatchObject({ status: 'expired' });
    await expect(client.containers.files.list(container.id)).rejects.toMatchObject({ status: 400, message: expect.stringContaining('Container is expired.') });
    await expect(
      client.responses.create({ model: 'emulator', input: 'hi', tools: [{ type: 'code_interpreter', container: container.id }] }),
    ).rejects.toMatchObject({ status: 400, error: { message: 'Container is expired.' } });
  });
});
