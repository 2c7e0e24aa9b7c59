// `pnpm bench proxy`: the same scripted stream straight from the emulator and through the proxy, in one run.
import { loadConfig } from '../../apps/proxy/src/index.js';
import { readSseFrames, type ReceivedFrame } from '../../tooling/test-stack/sse-reader.js';
import { startObservedEmulator } from '../../tooling/test-stack/test-servers.js';
import { startBenchProxy } from '../lib/bench-proxy.js';
import { median, withRatio, writeResult, type Metric } from '../lib/report.js';

/** A scripted answer with no Python: text deltas only, so timings measure streaming, not the sandbox. */
const scenarioText = process.env['BENCH_PROXY_TEXT'] ?? 'hello';
const model = 'gpt-5';
const rounds = 15;
const concurrentStreams = 200;

function percentile(samples: readonly number[], fraction: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? 0;
}

interface Run {
  totalMs: number;
  /** For each event: arrival at the client minus the moment the emulator handed it to its HTTP layer. */
  latencies: number[];
  events: number;
  firstEventMs: number;
}

/** When the emulator emitted each event of the stream being measured (sequence_number → ms). */
let emitted = new Map<number, number>();

function summarize(started: number, frames: ReceivedFrame[]): Run {
  const latencies: number[] = [];
  for (const frame of frames) {
    if (frame.event.startsWith('proxy.')) continue;
    const sequence = (JSON.parse(frame.data) as { sequence_number?: number }).sequence_number;
    const sentAt = typeof sequence === 'number' ? emitted.get(sequence) : undefined;
    if (sentAt !== undefined) latencies.push(frame.at - sentAt);
  }
  const upstreamFrames = frames.filter((frame) => !frame.event.startsWith('proxy.'));
  const last = upstreamFrames.at(-1);
  return { totalMs: (last?.at ?? started) - started, latencies, events: latencies.length, firstEventMs: (upstreamFrames[0]?.at ?? started) - started };
}

/** The real emulator, its SSE bodies tapped to timestamp each event as it leaves the emulator. */
const decoder = new TextDecoder();
// Paced like a real model stream (a few ms between deltas): with no pace every event leaves in one burst and
// "latency" would only measure how long the burst queues.
const paceMs = Number(process.env['BENCH_PROXY_PACE_MS'] ?? 3);
const emulator = await startObservedEmulator({
  paceMs,
  onSseChunk: (chunk) => {
    const sequence = /"sequence_number":(\d+)/.exec(decoder.decode(chunk))?.[1];
    if (sequence !== undefined) emitted.set(Number(sequence), performance.now());
  },
});
const { proxy, upstream } = await startBenchProxy(emulator.url, 100_000);

async function throughProxy(token: string | undefined): Promise<{ run: Run; frames: ReceivedFrame[] }> {
  const started = performance.now();
  const response = await fetch(`${proxy.url}/api/responses`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text: scenarioText, model, ...(token ? { token } : {}) }),
  });
  const frames = await readSseFrames(response);
  return { run: summarize(started, frames), frames };
}

function tokenOf(frames: ReceivedFrame[]): string {
  const frame = frames.find((candidate) => candidate.event === 'proxy.conversation');
  if (!frame) throw new Error(`no proxy.conversation frame: ${frames.map((candidate) => candidate.event).join(', ')}`);
  return (JSON.parse(frame.data) as { token: string }).token;
}

function decodeToken(token: string): { previousResponseId: string; containerId: string } {
  return JSON.parse(Buffer.from(token.split('.')[0] ?? '', 'base64url').toString('utf8')) as { previousResponseId: string; containerId: string };
}

try {
  // Warm-up turn: creates the container; every measured turn then sends the same request both ways.
  const warm = await throughProxy(undefined);
  const token = tokenOf(warm.frames);
  const { previousResponseId, containerId } = decodeToken(token);
  const config = loadConfig();

  async function direct(): Promise<Run> {
    emitted = new Map();
    const started = performance.now();
    const response = await fetch(`${upstream.baseURL}/responses`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${upstream.apiKey}` },
      body: JSON.stringify({
        model,
        input: scenarioText,
        instructions: `${config.tool.description}\n\n${config.tool.systemPrompt}`,
        tools: [{ type: 'code_interpreter', container: containerId }],
        include: ['code_interpreter_call.outputs'],
        previous_response_id: previousResponseId,
        stream: true,
      }),
    });
    return summarize(started, await readSseFrames(response));
  }

  const directRuns: Run[] = [];
  const proxyRuns: Run[] = [];
  // CPU time of this process (user + system) per path: unlike wall-clock latency it hardly depends on how busy
  // the shared machine is, so it separates what the proxy costs from how long the event loop had to wait.
  let directCpuMicros = 0;
  let proxyCpuMicros = 0;
  const cpuMicros = (since: NodeJS.CpuUsage) => {
    const used = process.cpuUsage(since);
    return used.user + used.system;
  };
  for (let round = 0; round < rounds; round += 1) {
    let cpu = process.cpuUsage();
    directRuns.push(await direct());
    directCpuMicros += cpuMicros(cpu);
    emitted = new Map();
    cpu = process.cpuUsage();
    proxyRuns.push((await throughProxy(token)).run);
    proxyCpuMicros += cpuMicros(cpu);
  }
  const directLatencies = directRuns.flatMap((run) => run.latencies);
  const proxyLatencies = proxyRuns.flatMap((run) => run.latencies);
  const addedP50 = percentile(proxyLatencies, 0.5) - percentile(directLatencies, 0.5);
  const addedP99 = percentile(proxyLatencies, 0.99) - percentile(directLatencies, 0.99);
  const directTotal = median(directRuns.map((run) => run.totalMs));
  const proxyTotal = median(proxyRuns.map((run) => run.totalMs));
  const eventsPerStream = median(proxyRuns.map((run) => run.events));
  const directEvents = directRuns.reduce((sum, run) => sum + run.events, 0);
  const proxyEvents = proxyRuns.reduce((sum, run) => sum + run.events, 0);
  const directCpuPerEvent = directCpuMicros / Math.max(1, directEvents);
  const proxyCpuPerEvent = proxyCpuMicros / Math.max(1, proxyEvents);

  // 200 streams at once through the proxy.
  global.gc?.();
  const memoryBefore = process.memoryUsage().rss;
  let memoryPeak = memoryBefore;
  const sampler = setInterval(() => {
    memoryPeak = Math.max(memoryPeak, process.memoryUsage().rss);
  }, 20);
  const concurrentStarted = performance.now();
  const outcomes = await Promise.allSettled(Array.from({ length: concurrentStreams }, () => throughProxy(token)));
  const concurrentMs = performance.now() - concurrentStarted;
  clearInterval(sampler);
  const completed = outcomes.filter(
    (outcome) =>
      outcome.status === 'fulfilled' &&
      outcome.value.frames.some((frame) => frame.event === 'response.completed') &&
      !outcome.value.frames.some((frame) => frame.event === 'proxy.error'),
  ).length;
  const peakMiB = (memoryPeak - memoryBefore) / 2 ** 20;

  const metrics: Metric[] = [
    withRatio({
      name: `total time of one stream (${eventsPerStream} events), median of ${rounds}`,
      value: proxyTotal,
      unit: 'ms',
      baseline: { name: 'straight from the emulator', value: directTotal },
      target: '≤ 1.05× direct',
      met: proxyTotal <= directTotal * 1.05,
    }),
    withRatio({
      name: 'time to first event, median',
      value: median(proxyRuns.map((run) => run.firstEventMs)),
      unit: 'ms',
      baseline: { name: 'direct', value: median(directRuns.map((run) => run.firstEventMs)) },
    }),
    {
      name: 'event latency (emulator → client), p50',
      value: percentile(proxyLatencies, 0.5),
      unit: 'ms',
      baseline: { name: 'direct', value: percentile(directLatencies, 0.5) },
    },
    {
      name: 'event latency (emulator → client), p99',
      value: percentile(proxyLatencies, 0.99),
      unit: 'ms',
      baseline: { name: 'direct', value: percentile(directLatencies, 0.99) },
    },
    withRatio({
      name: 'CPU time per event, whole process (emulator + proxy + client)',
      value: proxyCpuPerEvent,
      unit: 'µs',
      baseline: { name: 'direct (emulator + client)', value: directCpuPerEvent },
    }),
    { name: 'CPU the proxy adds per event', value: proxyCpuPerEvent - directCpuPerEvent, unit: 'µs' },
    { name: 'added latency per event, p50', value: addedP50, unit: 'ms', target: '< 1 ms', met: addedP50 < 1 },
    { name: 'added latency per event, p99', value: addedP99, unit: 'ms', target: '< 1 ms', met: addedP99 < 1 },
    {
      name: `${concurrentStreams} concurrent streams completed without error`,
      value: completed,
      unit: 'streams',
      target: `all ${concurrentStreams}`,
      met: completed === concurrentStreams,
    },
    { name: `${concurrentStreams} concurrent streams, wall time`, value: concurrentMs, unit: 'ms' },
    {
      name: `${concurrentStreams} concurrent streams, peak RSS growth (proxy + emulator + clients, one process)`,
      value: peakMiB,
      unit: 'MiB',
      target: 'bounded (< 256 MiB)',
      met: peakMiB < 256,
    },
  ];
  console.log(
    await writeResult({
      benchmark: 'proxy',
      description: `The emulator's scripted "${scenarioText}" answer (text deltas, no Python, ${paceMs} ms between deltas), sent ${rounds} times straight to the emulator and ${rounds} times through the proxy, alternating, on loopback in one process. Event latency is measured per event against the moment the emulator emitted it (its SSE body is tapped in-process), so both paths are timed from the same origin; 'added' is the difference of the two distributions' percentiles. Everything (emulator, proxy, clients) shares one Node process and its event loop.`,
      metrics,
    }),
  );
} finally {
  await proxy.close();
  await emulator.close();
}
