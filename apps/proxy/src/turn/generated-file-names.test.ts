import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendTurn, type Turn } from '../../../../tooling/test-stack/test-conversation.js';
import { startObservedEmulator, startTestProxy, type ObservedEmulator, type TestProxy } from '../../../../tooling/test-stack/test-servers.js';

// The emulator runs the python block as written, then answers with the markdown block verbatim.
const prompt = [
  '```python',
  "open('/mnt/data/chart (1).png', 'wb').write(b'\\x89PNG\\r\\n\\x1a\\n' + bytes(64))",
  "open('/mnt/data/sales report (1).csv', 'w').write('month,revenue\\nJan,10\\n')",
  '```',
  '',
  '```markdown',
  '**Chart**',
  '[*Generating your Chart…*](<sandbox:/mnt/data/chart (1).png>)',
  '',
  '**Sales**',
  '[Download the CSV](sandbox:/mnt/data/sales%20report%20(1).csv)',
  '```',
].join('\n');

describe('files whose names hold spaces and parentheses, through the proxy and the real emulator', { timeout: 30_000 }, () => {
  let emulator: ObservedEmulator;
  let server: TestProxy;
  let turn: Turn;
  beforeAll(async () => {
    emulator = await startObservedEmulator();
    server = await startTestProxy(emulator.url);
    turn = await sendTurn(server.proxy.url, { text: prompt, model: 'gpt-5', fileIds: [] });
  }, 60_000);
  afterAll(async () => {
    await server.close();
    await emulator.close();
  });

  it('announces `chart (1).png` and `sales report (1).csv`, each once, right after the text naming them', () => {
    expect(turn.status).toBe(200);
    expect(turn.errors).toEqual([]);
    const answer = turn.upstream.find((event) => event['type'] === 'response.output_text.done');
    expect(answer?.['text']).toContain('(<sandbox:/mnt/data/chart (1).png>)');
    expect(turn.files.map((file) => [file.filename, file.path])).toEqual([
      ['chart (1).png', '/mnt/data/chart (1).png'],
      ['sales report (1).csv', '/mnt/data/sales report (1).csv'],
    ]);
    expect(turn.files.every((file) => file.bytes !== null && file.bytes > 0)).toBe(true);
    const index = turn.frames.findIndex((frame) => frame.event === 'proxy.file');
    expect(turn.frames[index - 1]?.event).toBe('response.output_text.done');
  });

  it('serves the announced file by its signed URL', async () => {
    const chart = turn.files.find((file) => file.filename === 'chart (1).png');
    const response = await fetch(`${server.proxy.url}${chart?.url ?? ''}`);
    expect(response.status).toBe(200);
    expect(new Uint8Array(await response.arrayBuffer()).slice(0, 4)).toEqual(new Uint8Array([0x89, 0x50, 0x4e, 0x47]));
  });
});
