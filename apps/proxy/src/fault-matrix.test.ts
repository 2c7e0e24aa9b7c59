import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  csvTurnText,
  expectNothingLostOrRepeated,
  firstIndexOf,
  outcomeOf,
  spliceUnknownEvent,
  unknownEventType,
  type ReceivedEvent,
  type TurnOutcome,
} from '../../../tooling/test-stack/fault-matrix-support.js';
import { sendTurn, type Turn } from '../../../tooling/test-stack/test-conversation.js';
import { faultOnce, startObservedEmulator, startTestProxy, type ObservedEmulator } from '../../../tooling/test-stack/test-servers.js';

/**
 * The fault matrix of the proxy README: every row is one fault from the real emulator and asserts what the user sees
 * and that no upstream event was lost or repeated. The restart row (a real proxy going away mid-stream) is the
 * browser client's own test, `packages/client/src/proxy-restart.test.ts`: the client depends on the proxy, not the
 * other way round.
 */
// Generous timeouts: on 2 cores shared with other suites a Python turn can take seconds; a hang still fails.
describe('fault matrix', { timeout: 60_000 }, () => {
  let emulator: ObservedEmulator;
  /** The same message without any fault: the stream every faulted run is compared with. */
  let unfaulted: Turn;
  let unfaultedOutcome: TurnOutcome;
  let unfaultedHello: TurnOutcome;

  beforeAll(async () => {
    // Paced like a real model (a few ms between events), so what a drop cuts is decided by the event count and not
    // by how many unpaced events happened to share one TCP write.
    emulator = await startObservedEmulator({ paceMs: 2 });
    const server = await startTestProxy(emulator.url);
    try {
      unfaulted = await sendTurn(server.proxy.url, { text: csvTurnText, model: 'gpt-5' });
      unfaultedOutcome = outcomeOf(unfaulted.upstream, unfaulted.files);
      const hello = await sendTurn(server.proxy.url, { text: 'hello', model: 'gpt-5' });
      unfaultedHello = outcomeOf(hello.upstream, hello.files);
    } finally {
      await server.close();
    }
    // The baseline itself must be whole, or every comparison below would be meaningless.
    expectNothingLostOrRepeated(unfaulted.upstream, unfaultedOutcome, unfaultedOutcome);
    // One generated file (the proxy may announce it more than once, e.g. once more when it archives it).
    expect(new Set(unfaultedOutcome.filenames)).toEqual(new Set(['totals.csv']));
    expect(unfaultedOutcome.text).toContain('sandbox:/mnt/data/totals.csv');
  }, 60_000);
  afterAll(() => emulator.close());

  /** Sends the CSV message through a fresh proxy whose first upstream turn request carries `fault`. */
  async function faultedTurn(fault: string, text = csvTurnText, maxRetries = 0) {
    const server = await startTestProxy(emulator.url, { gateway: { maxRetries, fetch: faultOnce('POST', '/responses', fault) } });
    try {
      const turn = await sendTurn(server.proxy.url, { text, model: 'gpt-5' });
      return { turn, logs: server.logs };
    } finally {
      await server.close();
    }
  }

  const dropPhases = [
    { phase: 'during code deltas', after: () => firstIndexOf(unfaulted.upstream, 'response.code_interpreter_call_code.delta') + 5 },
    { phase: 'during text deltas', after: () => firstIndexOf(unfaulted.upstream, 'response.output_text.delta') + 5 },
    { phase: 'right after a citation', after: () => firstIndexOf(unfaulted.upstream, 'response.output_text.annotation.added') + 1 },
  ];
  for (const { phase, after } of dropPhases) {
    it(`upstream drop ${phase}: resumed with starting_after, the answer is whole`, async () => {
      const dropAfter = after();
      const { turn, logs } = await faultedTurn(`drop-after=${dropAfter}`);
      expectNothingLostOrRepeated(turn.upstream, outcomeOf(turn.upstream, turn.files), unfaultedOutcome);
      expect(turn.errors).toEqual([]);
      expect(turn.files).toHaveLength(unfaulted.files.length);
      const resumed = logs.filter((line) => line['event'] === 'upstream_stream_resumed');
      expect(resumed).toHaveLength(1);
      // Events still in flight when the connection broke are lost on the wire; the resume starts before the drop.
      expect(resumed[0]?.['startingAfter']).toBeLessThan(dropAfter);
    });
  }

  it('429 with retry-after: retried after the asked delay, the answer is whole', async () => {
    const started = performance.now();
    const { turn } = await faultedTurn('rate-limit=1', csvTurnText, 2);
    expect(performance.now() - started).toBeGreaterThanOrEqual(950);
    expectNothingLostOrRepeated(turn.upstream, outcomeOf(turn.upstream, turn.files), unfaultedOutcome);
    expect(turn.errors).toEqual([]);
  });

  it('500: retried with backoff, the answer is whole', async () => {
    const { turn } = await faultedTurn('server-error', csvTurnText, 2);
    expectNothingLostOrRepeated(turn.upstream, outcomeOf(turn.upstream, turn.files), unfaultedOutcome);
    expect(turn.errors).toEqual([]);
  });

  it('malformed JSON event: skipped and logged, every real event arrives once', async () => {
    const { turn, logs } = await faultedTurn(`malformed-after=${firstIndexOf(unfaulted.upstream, 'response.output_text.delta')}`);
    expectNothingLostOrRepeated(turn.upstream, outcomeOf(turn.upstream, turn.files), unfaultedOutcome);
    expect(logs.filter((line) => line['event'] === 'upstream_event_malformed')).toHaveLength(1);
  });

  it('unknown event type: relayed unchanged, not fatal, nothing else changes', async () => {
    const after = firstIndexOf(unfaulted.upstream, 'response.output_text.delta') + 2;
    const server = await startTestProxy(emulator.url, { gateway: { maxRetries: 0, fetch: spliceUnknownEvent(after) } });
    try {
      const turn = await sendTurn(server.proxy.url, { text: csvTurnText, model: 'gpt-5' });
      const unknown = turn.frames.filter((frame) => frame.event === unknownEventType);
      expect(unknown).toHaveLength(1);
      expect(JSON.parse(unknown[0]?.data ?? '{}')).toMatchObject({ sequence_number: after + 1, feature: { id: 'ff_1' } });
      expectNothingLostOrRepeated(turn.upstream, outcomeOf(turn.upstream, turn.files), unfaultedOutcome);
      expect(turn.upstream).toHaveLength(unfaulted.upstream.length + 1);
      expect(turn.errors).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it('expired container mid-turn: a notice, a new container, the retried answer is whole', async () => {
    const { turn } = await faultedTurn('expire-container=mid');
    expect(turn.notices).toMatchObject([{ code: 'container_recreated' }]);
    expect(turn.errors).toEqual([]);
    // The abandoned first response shows as far as it got (a gap-free prefix, its failure events withheld);
    // the retried response is whole.
    const responses = splitByResponse(turn.upstream);
    expect(responses).toHaveLength(2);
    const [abandoned = [], retried = []] = responses;
    expect(abandoned.map((event) => event['sequence_number'])).toEqual(abandoned.map((_, index) => index));
    expect(abandoned.some((event) => event['type'] === 'error' || event['type'] === 'response.failed')).toBe(false);
    expectNothingLostOrRepeated(retried, outcomeOf(retried, turn.files), unfaultedOutcome);
  });

  it('upstream timeout (stream stalls): the proxy gives up after its timeout with a retryable error; a retry is whole', async () => {
    const stallAfter = 5;
    const server = await startTestProxy(emulator.url, { gateway: { maxRetries: 0, timeoutMs: 1000, fetch: faultOnce('POST', '/responses', `stall-after=${stallAfter}`) } });
    try {
      const before = emulator.requests.length;
      const started = performance.now();
      const turn = await sendTurn(server.proxy.url, { text: 'hello', model: 'gpt-5' });
      // Without the timeout the turn would hang until the test's own timeout; with it, the error follows the last
      // event after about the configured second of silence.
      expect(performance.now() - started).toBeLessThan(20_000);
      expect(turn.upstream.map((event) => event['sequence_number'])).toEqual([0, 1, 2, 3, 4]);
      const lastEvent = turn.frames.findLast((frame) => !frame.event.startsWith('proxy.'));
      const errorFrame = turn.frames.find((frame) => frame.event === 'proxy.error');
      expect((errorFrame?.at ?? 0) - (lastEvent?.at ?? 0)).toBeGreaterThanOrEqual(800);
      expect(turn.errors).toMatchObject([{ code: 'upstream_timeout', retryable: true }]);
      expect(turn.frames.at(-1)?.event).toBe('proxy.conversation');
      // The stalled upstream connection is closed, not left hanging.
      const stalled = emulator.requests.slice(before).find((request) => request.method === 'POST' && request.path === '/v1/responses');
      await expect.poll(() => stalled?.aborted, { timeout: 3000 }).toBe(true);
      const retry = await sendTurn(server.proxy.url, { text: 'hello', model: 'gpt-5', token: turn.token ?? '' });
      expectNothingLostOrRepeated(retry.upstream, outcomeOf(retry.upstream, retry.files), unfaultedHello);
    } finally {
      await server.close();
    }
  });
});

/** Upstream events grouped by the response they belong to (each response starts with `response.created`). */
function splitByResponse(events: readonly ReceivedEvent[]): ReceivedEvent[][] {
  const responses: ReceivedEvent[][] = [];
  for (const event of events) {
    if (event['type'] === 'response.created' || responses.length === 0) responses.push([]);
    responses.at(-1)?.push(event);
  }
  return responses;
}
