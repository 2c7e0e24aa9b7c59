import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendTurn, uploadFiles } from '../../../../tooling/test-stack/test-conversation.js';
import { startObservedEmulator, startTestProxy, type ObservedEmulator } from '../../../../tooling/test-stack/test-servers.js';

const listFiles = '```python\nimport os\nprint(sorted(os.listdir("/mnt/data")))\n```';

describe('configuration that changes a turn', { timeout: 30_000 }, () => {
  let emulator: ObservedEmulator;
  beforeAll(async () => {
    emulator = await startObservedEmulator();
  });
  afterAll(() => emulator.close());

  it('uses an auto container with the chat files when tool.useAutoContainer is on', async () => {
    const server = await startTestProxy(emulator.url, { config: { tool: { useAutoContainer: true } } });
    try {
      const upload = await uploadFiles(server.proxy.url, [{ name: 'auto.txt', content: 'x\n' }]);
      const before = emulator.requests.length;
      const turn = await sendTurn(server.proxy.url, { text: listFiles, model: 'gpt-5', fileIds: upload.body.files.map((file) => file.id), token: upload.body.token });
      expect(turn.upstream.at(-1)?.['type']).toBe('response.completed');
      expect(emulator.requests.slice(before).some((request) => request.method === 'POST' && request.path === '/v1/containers')).toBe(false);
      const logs = turn.upstream
        .filter((event) => event['type'] === 'response.output_item.done')
        .flatMap((event) => (event['item'] as { outputs?: { logs?: string }[] | null }).outputs ?? [])
        .map((output) => output.logs ?? '')
        .join('');
      expect(logs).toContain('auto.txt');
    } finally {
      await server.close();
    }
  });

  it('puts tool.alwaysUploadFileIds into every new container', async () => {
    const form = new FormData();
    form.append('purpose', 'assistants');
    form.append('file', new Blob(['template\n']), 'template.txt');
    const uploaded = (await (await fetch(`${emulator.url}/v1/files`, { method: 'POST', body: form })).json()) as { id: string };
    const server = await startTestProxy(emulator.url, { config: { tool: { alwaysUploadFileIds: [uploaded.id] } } });
    try {
      const turn = await sendTurn(server.proxy.url, { text: listFiles, model: 'gpt-5' });
      expect(turn.upstream.at(-1)?.['type']).toBe('response.completed');
      expect(JSON.stringify(turn.upstream)).toContain('template.txt');
    } finally {
      await server.close();
    }
  });

  it('leaves chat files out of the container when tool.uploadChatFiles is off', async () => {
    const server = await startTestProxy(emulator.url, { config: { tool: { uploadChatFiles: false } } });
    try {
      const upload = await uploadFiles(server.proxy.url, [{ name: 'private.txt', content: 'x\n' }]);
      const turn = await sendTurn(server.proxy.url, { text: listFiles, model: 'gpt-5', fileIds: upload.body.files.map((file) => file.id), token: upload.body.token });
      expect(turn.upstream.at(-1)?.['type']).toBe('response.completed');
      expect(JSON.stringify(turn.upstream)).not.toContain('private.txt');
    } finally {
      await server.close();
    }
  });

  it('holds back the first code delta of each call for codeDisplay.sleepBeforeDisplayMs', async () => {
    // A long hold with a wide margin: on a loaded machine the client may read the frame before it late, which shrinks the gap it sees.
    const server = await startTestProxy(emulator.url, { config: { codeDisplay: { sleepBeforeDisplayMs: 1000 } } });
    try {
      const turn = await sendTurn(server.proxy.url, { text: listFiles, model: 'gpt-5' });
      const firstDelta = turn.frames.findIndex((frame) => frame.event === 'response.code_interpreter_call_code.delta');
      const before = turn.frames[firstDelta - 1];
      const delta = turn.frames[firstDelta];
      expect(before && delta ? delta.at - before.at : 0).toBeGreaterThanOrEqual(700);
    } finally {
      await server.close();
    }
  });
});
