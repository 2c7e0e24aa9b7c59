import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logsOf, sendTurn, uploadFiles, type Turn } from '../../../../tooling/test-stack/test-conversation.js';
import { startObservedEmulator, startTestProxy, type ObservedEmulator, type TestProxy } from '../../../../tooling/test-stack/test-servers.js';

const salesCsv = 'month,revenue\nJan,10\nFeb,12\nMar,9\n';

function sequenceNumbers(turn: Turn): number[] {
  return turn.upstream.map((event) => event['sequence_number'] as number);
}

function expectWholeStream(turn: Turn) {
  const numbers = sequenceNumbers(turn);
  expect(numbers).toEqual(numbers.map((_, index) => index));
  expect(turn.upstream[0]?.['type']).toBe('response.created');
  expect(turn.upstream.at(-1)?.['type']).toBe('response.completed');
  expect(turn.frames.at(-1)?.event).toBe('proxy.conversation');
  expect(turn.errors).toEqual([]);
}

describe('a conversation through the proxy and the real emulator', { timeout: 30_000 }, () => {
  let emulator: ObservedEmulator;
  let server: TestProxy;
  let first: Turn;
  let token: string;
  beforeAll(async () => {
    emulator = await startObservedEmulator();
    server = await startTestProxy(emulator.url);
    const upload = await uploadFiles(server.proxy.url, [{ name: 'sales.csv', content: salesCsv }]);
    expect(upload.status).toBe(201);
    first = await sendTurn(server.proxy.url, { text: 'scenario: chart', model: 'gpt-5', fileIds: upload.body.files.map((file) => file.id), token: upload.body.token });
    token = first.token ?? '';
  }, 60_000);
  afterAll(async () => {
    await server.close();
    await emulator.close();
  });

  it('relays every upstream event once, in order, and ends with a new token', () => {
    expect(first.status).toBe(200);
    expectWholeStream(first);
    const types = new Set(first.upstream.map((event) => event['type']));
    for (const type of ['response.code_interpreter_call_code.delta', 'response.code_interpreter_call.completed', 'response.output_text.delta', 'response.output_text.annotation.added']) {
      expect(types).toContain(type);
    }
    expect(token).not.toBe('');
    // A finished turn does not look like a cancel to the upstream (the abort test relies on this).
    expect(emulator.requests.filter((request) => request.path === '/v1/responses').map((request) => request.aborted)).toEqual([false]);
  });

  it('relays upstream event JSON byte for byte under its own type', () => {
    const created = first.frames.find((frame) => frame.event === 'response.created');
    const parsed = JSON.parse(created?.data ?? '{}') as { type: string; response: { id: string } };
    expect(parsed.type).toBe('response.created');
    expect(created?.data).toBe(JSON.stringify(parsed));
  });

  it('sent the instructions, the include and the container to the upstream', () => {
    const completed = first.upstream.at(-1) as { response: { instructions: string; tools: { type: string; container: unknown }[] } };
    expect(completed.response.instructions).toContain('Use this tool to run python code');
    expect(completed.response.instructions).toContain('sandbox:/mnt/data/<filename>');
    expect(completed.response.tools[0]).toMatchObject({ type: 'code_interpreter', container: expect.stringMatching(/^cntr_/) as unknown });
    const images = first.upstream
      .filter((event) => event['type'] === 'response.output_item.done')
      .flatMap((event) => ((event['item'] as { outputs?: { type: string; url?: string }[] | null }).outputs ?? []).filter((output) => output.type === 'image'));
    expect(images[0]?.url).toMatch(/^data:image\/png;base64,/);
  });

  it('announces each generated file once with a signed URL, right after the event naming it', () => {
    const names = first.files.map((file) => file.filename);
    expect(names).toContain('line_chart.png');
    expect(new Set(first.files.map((file) => file.file_id)).size).toBe(first.files.length);
    const chart = first.files.find((file) => file.filename === 'line_chart.png');
    expect(chart).toMatchObject({ path: '/mnt/data/line_chart.png', container_id: expect.stringMatching(/^cntr_/) as unknown, bytes: expect.any(Number) as unknown });
    expect(chart?.url).toMatch(/^\/api\/files\/cntr_\w+\/cfile_\w+\/line_chart\.png\?expires=\d+&signature=[\w-]+$/);
    const index = first.frames.findIndex((frame) => frame.event === 'proxy.file' && frame.data.includes('line_chart.png'));
    expect(first.frames[index - 1]?.event).toMatch(/^response\.(output_text\.annotation\.added|output_text\.done)$/);
  });

  it('downloads a generated file with safe headers', async () => {
    const chart = first.files.find((file) => file.filename === 'line_chart.png');
    const response = await fetch(`${server.proxy.url}${chart?.url ?? ''}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="line_chart.png"; filename*=UTF-8''line_chart.png`);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cache-control')).toMatch(/^private/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(bytes.length).toBe(chart?.bytes);
  });

  it('refuses tampered links, links moved to another container, and expired links', async () => {
    const chart = first.files.find((file) => file.filename === 'line_chart.png');
    const url = new URL(chart?.url ?? '', server.proxy.url);
    const signature = url.searchParams.get('signature') ?? '';
    const tampered = new URL(url);
    tampered.searchParams.set('signature', `${signature.slice(0, -2)}${signature.endsWith('A') ? 'BB' : 'AA'}`);
    expect((await fetch(tampered)).status).toBe(403);

    const other = await sendTurn(server.proxy.url, { text: '```python\nopen("/mnt/data/other.txt", "w").write("x")\n```', model: 'gpt-5' });
    const otherContainer = other.files[0]?.container_id ?? 'cntr_missing';
    const moved = new URL(url);
    moved.pathname = moved.pathname.replace(chart?.container_id ?? '', otherContainer);
    const movedResponse = await fetch(moved);
    expect(movedResponse.status).toBe(403);
    expect(((await movedResponse.json()) as { error: { code: string } }).error.code).toBe('bad_signature');

    const later = await startTestProxy(emulator.url, { now: () => Date.now() + 2 * 24 * 3600 * 1000 });
    try {
      const expired = await fetch(`${later.proxy.url}${chart?.url ?? ''}`);
      expect(expired.status).toBe(410);
      expect(((await expired.json()) as { error: { code: string } }).error.code).toBe('link_expired');
    } finally {
      await later.close();
    }
  });

  it('continues the conversation on another instance: same container, files still there', async () => {
    const otherInstance = await startTestProxy(emulator.url);
    try {
      const second = await sendTurn(otherInstance.proxy.url, { text: '```python\nimport os\nprint(sorted(os.listdir("/mnt/data")))\n```', model: 'gpt-5', token });
      expectWholeStream(second);
      expect(logsOf(second)).toContain('sales.csv');
      expect(logsOf(second)).toContain('line_chart.png');
      const completed = second.upstream.at(-1) as { response: { previous_response_id: string | null } };
      const firstId = (first.upstream.at(-1) as { response: { id: string } }).response.id;
      expect(completed.response.previous_response_id).toBe(firstId);
      expect(emulator.requests.filter((request) => request.method === 'POST' && request.path === '/v1/containers')).toHaveLength(2);
    } finally {
      await otherInstance.close();
    }
  });

  it('never writes the upstream key or the signing secret into a log line', () => {
    const lines = JSON.stringify(server.logs);
    expect(server.logs.length).toBeGreaterThan(5);
    expect(lines).not.toContain('emulator-local-key');
    expect(lines).not.toContain('test-secret-that-is-long-enough');
    expect(lines).not.toContain('signature=');
  });
});
