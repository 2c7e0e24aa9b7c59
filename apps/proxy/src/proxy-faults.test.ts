import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSseFrames } from '../../../tooling/test-stack/sse-reader.js';
import { logsOf, sendTurn, uploadFiles, type Turn } from '../../../tooling/test-stack/test-conversation.js';
import { faultOnce, startObservedEmulator, startTestProxy, type ObservedEmulator } from '../../../tooling/test-stack/test-servers.js';

const listFiles = '```python\nimport os\nprint(sorted(os.listdir("/mnt/data")))\n```';

function expectWholeStream(turn: Turn) {
  const numbers = turn.upstream.map((event) => event['sequence_number']);
  expect(numbers).toEqual(numbers.map((_, index) => index));
  expect(turn.upstream.at(-1)?.['type']).toBe('response.completed');
  expect(turn.frames.at(-1)?.event).toBe('proxy.conversation');
  expect(turn.errors).toEqual([]);
}

describe('upstream faults from the real emulator', { timeout: 30_000 }, () => {
  let emulator: ObservedEmulator;
  beforeAll(async () => {
    emulator = await startObservedEmulator();
  });
  afterAll(() => emulator.close());

  it('resumes a stream dropped mid-way with starting_after, losing and repeating nothing', async () => {
    // The emulator tears the connection down after 30 events; what was still in flight is lost, as on a real network.
    const server = await startTestProxy(emulator.url, { gateway: { maxRetries: 0, fetch: faultOnce('POST', '/responses', 'drop-after=30') } });
    try {
      const turn = await sendTurn(server.proxy.url, { text: listFiles, model: 'gpt-5' });
      expectWholeStream(turn);
      expect(turn.upstream.length).toBeGreaterThan(30);
      const resumes = server.logs.filter((line) => line['event'] === 'upstream_stream_resumed');
      expect(resumes).toHaveLength(1);
      expect(resumes[0]?.['startingAfter']).toBeGreaterThanOrEqual(0);
      expect(resumes[0]?.['startingAfter']).toBeLessThan(30);
      const resumed = emulator.requests.filter((request) => request.method === 'GET' && request.path.startsWith('/v1/responses/'));
      expect(resumed).toHaveLength(1);
    } finally {
      await server.close();
    }
  });

  it('reports a drop before the first event as a retryable interruption (nothing to resume from)', async () => {
    const server = await startTestProxy(emulator.url, { gateway: { maxRetries: 0, fetch: faultOnce('POST', '/responses', 'drop-after=0') } });
    try {
      const turn = await sendTurn(server.proxy.url, { text: 'hello', model: 'gpt-5' });
      expect(turn.upstream).toEqual([]);
      expect(turn.errors).toMatchObject([{ code: 'stream_interrupted', retryable: true }]);
      expect(turn.frames.at(-1)?.event).toBe('proxy.conversation');
    } finally {
      await server.close();
    }
  });

  it('retries a 429 after the retry-after the upstream asked for', async () => {
    const server = await startTestProxy(emulator.url, { gateway: { maxRetries: 2, fetch: faultOnce('POST', '/responses', 'rate-limit=1') } });
    try {
      const before = emulator.requests.length;
      const started = performance.now();
      const turn = await sendTurn(server.proxy.url, { text: 'hello', model: 'gpt-5' });
      expectWholeStream(turn);
      expect(performance.now() - started).toBeGreaterThanOrEqual(950);
      expect(emulator.requests.slice(before).filter((request) => request.method === 'POST' && request.path === '/v1/responses')).toHaveLength(2);
    } finally {
      await server.close();
    }
  });

  it('retries a 500 with backoff', async () => {
    const server = await startTestProxy(emulator.url, { gateway: { maxRetries: 2, fetch: faultOnce('POST', '/responses', 'server-error') } });
    try {
      const before = emulator.requests.length;
      const turn = await sendTurn(server.proxy.url, { text: 'hello', model: 'gpt-5' });
      expectWholeStream(turn);
      expect(emulator.requests.slice(before).filter((request) => request.method === 'POST' && request.path === '/v1/responses')).toHaveLength(2);
    } finally {
      await server.close();
    }
  });

  it('tells the browser, retryably, when the upstream stays rate-limited', async () => {
    const server = await startTestProxy(emulator.url, { gateway: { maxRetries: 0, fetch: faultOnce('POST', '/responses', 'rate-limit=1') } });
    try {
      const turn = await sendTurn(server.proxy.url, { text: 'hello', model: 'gpt-5' });
      expect(turn.errors).toMatchObject([{ code: 'rate_limited', retryable: true }]);
      expect(turn.errors[0]?.message).not.toMatch(/emulator|Rate limit reached/);
      expect(turn.frames.at(-1)?.event).toBe('proxy.conversation');
    } finally {
      await server.close();
    }
  });

  for (const when of ['before', 'mid'] as const) {
    it(`recreates a container that expired ${when === 'before' ? 'before the turn' : 'mid-turn'}, with the files, and says so`, async () => {
      const server = await startTestProxy(emulator.url, { gateway: { maxRetries: 0, fetch: faultOnce('POST', '/responses', `expire-container=${when}`) } });
      try {
        const upload = await uploadFiles(server.proxy.url, [{ name: 'notes.txt', content: 'keep me\n' }]);
        const turn = await sendTurn(server.proxy.url, { text: listFiles, model: 'gpt-5', fileIds: upload.body.files.map((file) => file.id), token: upload.body.token });
        expect(turn.notices).toMatchObject([{ code: 'container_recreated' }]);
        expect(turn.upstream.at(-1)?.['type']).toBe('response.completed');
        expect(turn.upstream.some((event) => event['type'] === 'error' || event['type'] === 'response.failed')).toBe(false);
        expect(turn.errors).toEqual([]);
        expect(logsOf(turn)).toContain('notes.txt');
        const containers = turn.upstream
          .filter((event) => event['type'] === 'response.completed')
          .map((event) => (event['response'] as { tools: { container: string }[] }).tools[0]?.container);
        // The next turn uses the new container, which still holds the file.
        const next = await sendTurn(server.proxy.url, { text: listFiles, model: 'gpt-5', token: turn.token ?? '' });
        expectWholeStream(next);
        expect(logsOf(next)).toContain('notes.txt');
        expect((next.upstream.at(-1)?.['response'] as { tools: { container: string }[] }).tools[0]?.container).toBe(containers[0]);
      } finally {
        await server.close();
      }
    });
  }

  it('skips a malformed upstream event and logs it', async () => {
    const server = await startTestProxy(emulator.url, { gateway: { maxRetries: 0, fetch: faultOnce('POST', '/responses', 'malformed-after=3') } });
    try {
      const turn = await sendTurn(server.proxy.url, { text: 'hello', model: 'gpt-5' });
      expectWholeStream(turn);
      expect(turn.frames.every((frame) => frame.data.startsWith('{') && frame.data.endsWith('}'))).toBe(true);
      expect(server.logs.filter((line) => line['event'] === 'upstream_event_malformed')).toHaveLength(1);
    } finally {
      await server.close();
    }
  });

  it('aborts the upstream request when the browser goes away', async () => {
    const server = await startTestProxy(emulator.url, { gateway: { maxRetries: 0, fetch: faultOnce('POST', '/responses', 'stall-after=3') } });
    try {
      const before = emulator.requests.length;
      const browser = new AbortController();
      const response = await fetch(`${server.proxy.url}/api/responses`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text: 'hello', model: 'gpt-5' }),
        signal: browser.signal,
      });
      let seen = 0;
      await readSseFrames(response, () => {
        seen += 1;
        if (seen === 3) browser.abort();
      }).catch(() => undefined);
      const upstreamTurn = emulator.requests.slice(before).find((request) => request.method === 'POST' && request.path === '/v1/responses');
      await expect.poll(() => upstreamTurn?.aborted, { timeout: 3000 }).toBe(true);
      await expect.poll(() => server.logs.some((line) => line['event'] === 'client_aborted'), { timeout: 3000 }).toBe(true);
    } finally {
      await server.close();
    }
  });

  it('resumes a turn for a browser whose connection dropped', async () => {
    const server = await startTestProxy(emulator.url);
    try {
      const whole = await sendTurn(server.proxy.url, { text: listFiles, model: 'gpt-5' });
      const responseId = (whole.upstream[0]?.['response'] as { id: string }).id;
      const response = await fetch(`${server.proxy.url}/api/responses/${responseId}/events?starting_after=9`, { headers: { 'x-execards-token': whole.token ?? '' } });
      const frames = await readSseFrames(response);
      const upstream = frames.filter((frame) => !frame.event.startsWith('proxy.')).map((frame) => JSON.parse(frame.data) as { sequence_number: number });
      expect(upstream.map((event) => event.sequence_number)).toEqual(whole.upstream.slice(10).map((event) => event['sequence_number']));
      expect(frames.at(-1)?.event).toBe('proxy.conversation');
      const refused = await fetch(`${server.proxy.url}/api/responses/${responseId}/events?starting_after=9`, { headers: { 'x-execards-token': 'forged.token' } });
      expect(refused.status).toBe(400);
    } finally {
      await server.close();
    }
  });
});
