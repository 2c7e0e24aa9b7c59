/**
 * bench/core-reducer: how close does the client-side pipeline (`parseEvent` on the JSON text — which
 * includes `JSON.parse` — then `reduce`) come to a bare loop that only `JSON.parse`s the same events
 * (at least half its throughput, docs/architecture.md#performance-targets), and does its cost per event stay flat as one message,
 * one code block or one reasoning summary grows to 1,000,000 deltas?
 *
 * Times are this process's CPU time (`process.cpuUsage`), not wall time: the machine's 2 cores are
 * shared with other work, and a wall clock would charge that work's time slices to whichever loop
 * was running. The throughput ratio interleaves the two loops in blocks of the same events, so both
 * see the same JIT, heap and machine state.
 */
import { createInitialState, parseEvent, reduce, type ConversationState } from '../../packages/core/src/index.js';
import { median, withRatio, writeResult, type Metric } from '../lib/report.js';

const totalDeltas = 1_000_000;
const smallRun = 10_000;
const window = 10_000;
const windowsCompared = 10;
/** The first windows still carry JIT tier-up and young-generation sizing; they are skipped. */
const windowsSkipped = 2;

type Scenario = 'message' | 'code' | 'reasoning';
/** Events per block of the interleaved throughput measure (≈ 10 ms each: far above the clock's 1 µs). */
const block = 10_000;
/** The throughput target (docs/architecture.md#performance-targets): the pipeline at ≥ 50 % of the bare `JSON.parse` loop's throughput. */
const maxCostRatio = 2;

/** CPU time of this process (user + system, all its threads: GC included), in milliseconds. */
function cpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

const textPieces = ['The', ' quick', ' brown', ' fox', ' jumps', ' over', ' the', ' lazy', ' dog', ' (again)', '.\n', '\n'];
const codePieces = ['import', ' numpy', ' as', ' np', '\r\n', 'x', ' =', ' np', '.linspace', '(-', '5', ',', ' 5', ')\r\n'];

function deltaText(scenario: Scenario, index: number): string {
  // Every 500th text delta is a sandbox link, so the incremental link finder does real work.
  if (scenario === 'message' && index % 500 === 499) return `[*Generating your Chart…*](sandbox:/mnt/data/chart_${index}.png)\n`;
  const pieces = scenario === 'code' ? codePieces : textPieces;
  return pieces[index % pieces.length] ?? '';
}

/** The wire events (JSON text, as SSE `data:` lines carry them): a preamble, then `count` deltas into one item. */
function buildEvents(scenario: Scenario, count: number): { preamble: string[]; deltas: string[]; expectedLength: number } {
  const response = { id: 'resp_bench', object: 'response', status: 'in_progress', model: 'bench', output: [] };
  const preambles: Record<Scenario, object[]> = {
    message: [
      { type: 'response.created', sequence_number: 0, response },
      { type: 'response.output_item.added', sequence_number: 1, output_index: 0, item: { id: 'msg_bench', type: 'message', status: 'in_progress', role: 'assistant', content: [] } },
      { type: 'response.content_part.added', sequence_number: 2, item_id: 'msg_bench', output_index: 0, content_index: 0, part: { type: 'output_text', text: '', annotations: [] } },
    ],
    code: [
      { type: 'response.created', sequence_number: 0, response },
      {
        type: 'response.output_item.added',
        sequence_number: 1,
        output_index: 0,
        item: { id: 'ci_bench', type: 'code_interpreter_call', status: 'in_progress', code: '', container_id: 'cntr_bench', outputs: null },
      },
      { type: 'response.code_interpreter_call.in_progress', sequence_number: 2, item_id: 'ci_bench', output_index: 0 },
    ],
    reasoning: [
      { type: 'response.created', sequence_number: 0, response },
      { type: 'response.output_item.added', sequence_number: 1, output_index: 0, item: { id: 'rs_bench', type: 'reasoning', summary: [] } },
      { type: 'response.reasoning_summary_part.added', sequence_number: 2, item_id: 'rs_bench', output_index: 0, summary_index: 0, part: { type: 'summary_text', text: '' } },
    ],
  };
  const preamble = preambles[scenario];
  const deltas: string[] = new Array<string>(count);
  let expectedLength = 0;
  for (let index = 0; index < count; index += 1) {
    const delta = deltaText(scenario, index);
    expectedLength += delta.length;
    const sequence_number = index + 3;
    const wire = {
      message: { type: 'response.output_text.delta', sequence_number, item_id: 'msg_bench', output_index: 0, content_index: 0, delta, logprobs: [], obfuscation: 'Xy12' },
      code: { type: 'response.code_interpreter_call_code.delta', sequence_number, item_id: 'ci_bench', output_index: 0, delta, obfuscation: 'Xy12' },
      reasoning: { type: 'response.reasoning_summary_text.delta', sequence_number, item_id: 'rs_bench', output_index: 0, summary_index: 0, delta, obfuscation: 'Xy12' },
    };
    deltas[index] = JSON.stringify(wire[scenario]);
  }
  return { preamble: preamble.map((event) => JSON.stringify(event)), deltas, expectedLength };
}

function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Runs the pipeline; returns the final state and the time of each consecutive window of `window` deltas. */
function startState(preamble: readonly string[]): ConversationState {
  let state = createInitialState();
  for (const event of preamble) state = reduce(state, parseEvent(event));
  return state;
}

function runPipeline(events: { preamble: string[]; deltas: string[] }): { state: ConversationState; windowMs: number[]; totalMs: number } {
  let state = startState(events.preamble);
  const windowMs: number[] = [];
  const start = cpuMs();
  let windowStart = start;
  for (let index = 0; index < events.deltas.length; index += 1) {
    state = reduce(state, parseEvent(events.deltas[index]));
    if ((index + 1) % window === 0) {
      const now = cpuMs();
      windowMs.push(now - windowStart);
      windowStart = now;
    }
  }
  return { state, windowMs, totalMs: cpuMs() - start };
}

function runJsonParseOnly(deltas: readonly string[]): number {
  let sink = 0;
  const start = cpuMs();
  for (const delta of deltas) sink += (JSON.parse(delta) as { sequence_number: number }).sequence_number;
  const elapsed = cpuMs() - start;
  if (sink < 0) throw new Error('unreachable');
  return elapsed;
}

/** The pipeline and the bare `JSON.parse` loop, block by block over the same events: total CPU time of each. */
function runInterleaved(events: { preamble: string[]; deltas: string[] }): { state: ConversationState; pipelineMs: number; jsonParseMs: number } {
  let state = startState(events.preamble);
  let pipelineMs = 0;
  let jsonParseMs = 0;
  let sink = 0;
  for (let start = 0; start < events.deltas.length; start += block) {
    const end = Math.min(start + block, events.deltas.length);
    let time = cpuMs();
    for (let index = start; index < end; index += 1) sink += (JSON.parse(events.deltas[index] ?? '') as { sequence_number: number }).sequence_number;
    jsonParseMs += cpuMs() - time;
    time = cpuMs();
    for (let index = start; index < end; index += 1) state = reduce(state, parseEvent(events.deltas[index]));
    pipelineMs += cpuMs() - time;
  }
  if (sink < 0) throw new Error('unreachable');
  return { state, pipelineMs, jsonParseMs };
}

function finalLength(state: ConversationState, scenario: Scenario): number {
  const item = state.turns[0]?.items[0];
  if (scenario === 'message') return item?.kind === 'message' ? item.text.length : -1;
  if (scenario === 'reasoning') return item?.kind === 'reasoning' ? (item.summary[0]?.length ?? -1) : -1;
  return item?.kind === 'execution' ? item.code.length : -1;
}

const nanosecondsPerMillisecond = 1e6;

function measure(scenario: Scenario): Metric[] {
  const label = { message: 'one message', code: 'one code block', reasoning: 'one reasoning summary' }[scenario];
  // Warm the JIT on a separate stream first, so the first measured window is not compile time.
  runPipeline(buildEvents(scenario, 50_000));

  const small = buildEvents(scenario, smallRun);
  const smallRuns: number[] = [];
  for (let repeat = 0; repeat < 5; repeat += 1) {
    collectGarbage();
    smallRuns.push(runPipeline(small).totalMs);
  }
  const smallPerEvent = (median(smallRuns) / smallRun) * nanosecondsPerMillisecond;

  const large = buildEvents(scenario, totalDeltas);
  collectGarbage();
  const baselineRuns = [runJsonParseOnly(large.deltas), runJsonParseOnly(large.deltas), runJsonParseOnly(large.deltas)];
  const jsonParsePerEvent = (median(baselineRuns) / totalDeltas) * nanosecondsPerMillisecond;
  collectGarbage();
  const run = runPipeline(large);
  if (finalLength(run.state, scenario) !== large.expectedLength) throw new Error(`${label}: final length ${finalLength(run.state, scenario)} ≠ ${large.expectedLength}`);
  if (run.state.diagnostics.length > 0) throw new Error(`${label}: diagnostics ${JSON.stringify(run.state.diagnostics.slice(0, 2))}`);
  const largePerEvent = (run.totalMs / totalDeltas) * nanosecondsPerMillisecond;
  collectGarbage();
  const interleaved = runInterleaved(large);
  if (finalLength(interleaved.state, scenario) !== large.expectedLength) throw new Error(`${label}: interleaved final length ${finalLength(interleaved.state, scenario)} ≠ ${large.expectedLength}`);
  const costRatio = interleaved.pipelineMs / interleaved.jsonParseMs;
  const firstWindows = (median(run.windowMs.slice(windowsSkipped, windowsSkipped + windowsCompared)) / window) * nanosecondsPerMillisecond;
  const lastWindows = (median(run.windowMs.slice(-windowsCompared)) / window) * nanosecondsPerMillisecond;

  const flatTarget = 1.5;
  const lateRatio = lastWindows / firstWindows;
  const runRatio = largePerEvent / smallPerEvent;
  return [
    withRatio({
      name: `${label}: per-delta cost, 1M deltas interleaved with the JSON.parse loop in ${block / 1000}k blocks`,
      value: (interleaved.pipelineMs / totalDeltas) * nanosecondsPerMillisecond,
      unit: 'ns/event',
      baseline: { name: 'JSON.parse only, same blocks', value: (interleaved.jsonParseMs / totalDeltas) * nanosecondsPerMillisecond },
      target: `≤ ${maxCostRatio}× (throughput ≥ 50 % of the JSON.parse loop's)`,
      met: costRatio <= maxCostRatio,
    }),
    withRatio({ name: `${label}: per-delta cost, whole 10k-delta stream`, value: smallPerEvent, unit: 'ns/event', baseline: { name: 'JSON.parse only', value: jsonParsePerEvent } }),
    withRatio({ name: `${label}: per-delta cost, whole 1M-delta stream`, value: largePerEvent, unit: 'ns/event', baseline: { name: 'JSON.parse only', value: jsonParsePerEvent } }),
    {
      name: `${label}: 1M run ÷ 10k run, per delta`,
      value: runRatio,
      unit: '×',
      target: `≤ ${flatTarget}× (flat: linear total time)`,
      met: runRatio <= flatTarget,
    },
    withRatio({
      name: `${label}: per-delta cost, last ${windowsCompared * window / 1000}k deltas of 1M (text ≈ ${Math.round(large.expectedLength / 1e6)} M chars)`,
      value: lastWindows,
      unit: 'ns/event',
      baseline: { name: `deltas ${windowsSkipped * window / 1000}k–${(windowsSkipped + windowsCompared) * window / 1000}k, same run`, value: firstWindows },
      target: `≤ ${flatTarget}× the early deltas`,
      met: lateRatio <= flatTarget,
    }),
  ];
}

const metrics = [...measure('message'), ...measure('code'), ...measure('reasoning')];
const table = await writeResult({
  benchmark: 'core-reducer',
  description:
    'Each event goes through `parseEvent` (JSON text → validated event: deltas by the hand-written fast path, everything else by zod) and `reduce`. Baseline: a loop that only `JSON.parse`s the same events, same run; the judged throughput figure runs the two loops in alternating 10k-event blocks over the same 1M events. Times are the process\'s CPU time (process.cpuUsage), so other work on the shared machine does not count. Flatness: median time of 10k-delta windows early in the 1M stream (after 20k) vs its last 100k; the 10k-stream figure is the median of 5 runs. JIT warmed on a separate 50k stream.',
  metrics,
});
process.stdout.write(table);
