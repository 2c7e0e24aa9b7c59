import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  emptyTally,
  loadSettings,
  openFileDescriptors,
  percentile,
  runChat,
  settledHeapUsed,
  startEmulatorProcess,
  type EmulatorProcess,
} from '../../../tooling/test-stack/load-support.js';
import { startTestProxy, type TestProxy } from '../../../tooling/test-stack/test-servers.js';

const settings = loadSettings(process.env);
const mebibyte = 1024 ** 2;

/**
 * Bounded loopback load (docs/architecture.md#performance-targets: 200 concurrent streams): LOAD_CHATS chats (default 200) stream through the real
 * proxy from the real emulator for LOAD_SECONDS (default 8 here; `pnpm bench load` runs longer), with uploads and
 * signed downloads mixed in. The emulator runs in its own process so that what is measured here (heap and file
 * descriptors) belongs to the proxy and its HTTP clients only.
 */
describe(`load: ${settings.LOAD_CHATS} concurrent chats for ${settings.LOAD_SECONDS} s`, () => {
  let emulator: EmulatorProcess;
  let server: TestProxy;
  let descriptorsBefore: number;

  beforeAll(async () => {
    emulator = await startEmulatorProcess();
    descriptorsBefore = openFileDescriptors();
    server = await startTestProxy(emulator.url, { config: { limits: { rateLimitPerMinute: 1_000_000 } } });
  }, 60_000);
  afterAll(async () => {
    await server.close();
    await emulator.stop();
  });

  it('streams every turn whole, with no errors, flat memory and released file descriptors', { timeout: (settings.LOAD_SECONDS + 300) * 1000 }, async () => {
    const tally = emptyTally();
    const started = performance.now();
    const deadline = started + settings.LOAD_SECONDS * 1000;
    const chats = Array.from({ length: settings.LOAD_CHATS }, (_, index) => runChat(server.proxy.url, index, index < settings.LOAD_PYTHON_CHATS, deadline, tally));

    // Memory rule: heap in use after a forced full GC is sampled once the first half of the run is over (warm-up:
    // every chat has a conversation, JIT and connection pools are filled) and again at the deadline, with the same
    // number of chats in flight both times. Flat means the second sample is within 24 MiB or 30 % of the first,
    // whichever is larger: a per-turn leak of even 1 KB over the thousands of turns would exceed it on longer runs,
    // while in-flight buffers that differ between two instants stay well inside it. The warm-up is half the run, not
    // a third: sampled after a third, an 8 s run still grew 16-25 MiB (the same before and after a change, growing
    // with the turns a fast machine completes), while the 60 s bench (bench/load) grows 8.5 MiB over 40 s: the early
    // sample caught warm-up, not a leak.
    await new Promise((resolve) => setTimeout(resolve, (settings.LOAD_SECONDS * 1000) / 2));
    const heapAfterWarmUp = settledHeapUsed();
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, deadline - performance.now())));
    const heapAtDeadline = settledHeapUsed();
    await Promise.all(chats);
    const elapsed = (performance.now() - started) / 1000;
    console.info(
      `load: ${tally.turns} turns (${tally.pythonTurns} with Python), ${tally.events} events, ${tally.uploads} uploads, ${tally.downloads} downloads in ${elapsed.toFixed(1)} s; ` +
        `turn p50 ${percentile(tally.turnMs, 0.5).toFixed(0)} ms, p99 ${percentile(tally.turnMs, 0.99).toFixed(0)} ms; heap ${(heapAfterWarmUp / mebibyte).toFixed(1)} → ${(heapAtDeadline / mebibyte).toFixed(1)} MiB; ${tally.errors.length} errors`,
    );

    expect(tally.errors.slice(0, 5)).toEqual([]);
    expect(tally.turns).toBeGreaterThanOrEqual(settings.LOAD_CHATS);
    expect(tally.uploads).toBeGreaterThan(0);
    if (settings.LOAD_PYTHON_CHATS > 0) expect(tally.downloads).toBeGreaterThan(0);
    expect(heapAtDeadline - heapAfterWarmUp, `heap ${Math.round(heapAfterWarmUp / mebibyte)} MiB → ${Math.round(heapAtDeadline / mebibyte)} MiB`).toBeLessThanOrEqual(
      Math.max(24 * mebibyte, 0.3 * heapAfterWarmUp),
    );

    // Descriptors: once the load is over and idle keep-alive connections have timed out (Node's server closes them
    // after 5 s, undici's pool after 4 s), the count returns to what it was before the proxy started, give or take a
    // few (the proxy's listening socket, a pooled connection or two).
    await expect
      .poll(() => openFileDescriptors() - descriptorsBefore, { timeout: 30_000, interval: 250 })
      .toBeLessThanOrEqual(8);
  });
});
