/**
 * bench/core-reducer: does the reducer's cost per event stay flat as one message or one code block
 * grows to 1,000,000 deltas (docs/architecture.md#performance-targets)? Every event goes through the whole client-side pipeline
 * (`parseEvent` on the JSON text — which includes `JSON.parse` — then `reduce`) and is compared
 * with a bare loop that only `JSON.parse`s the same events, in the same run.
 */
import { performance } from 'node:perf_hooks';
import { createInitialState, parseEvent, reduce, type ConversationState } from '../../packages/core/src/index.js';
import { median, withRatio, writeResult, type Metric } from '../lib/report.js';

const totalDeltas = 1_000_000;
const smallRun = 10_000;
const window = 10_000;
const windowsCompared = 10;
/** The first windows still carry JIT tier-up and young-generation sizing; they are skipped. */
const windowsSkipped = 2;

type Scenario = 'message' | 'code';

const textPieces = ['The', ' quick', ' brown', ' fox', ' jumps', ' over', ' the', ' lazy', ' dog', ' (again)', '.\n', '\n'];
const codePieces = ['import', ' numpy', ' as', ' np', '\r\n', 'x', ' =', ' np', '.linspace', '(-', '5', ',', ' 5', ')\r\n'];

function deltaText(scenario: Scenario, index: number): string {
  // Every 500th text delta is a sandbox link, so the incremental link finder does real work.
  if (scenario === 'message' && index % 500 === 499) return `[*Generating your Chart…*](sandbox:/mnt/data/chart_${index}.png)\n`;
  const pieces = scenario === 'message' ? textPieces : codePieces;
  return pieces[index % pieces.length] ?? '';
}

/** The wire events (JSON text, as SSE `data:` lines carry them): a preamble, then `count` deltas into one item. */
function buildEvents(scenario: Scenario, count: number): { preamble: string[]; deltas: string[]; expectedLength: number } {
  const response = { id: 'resp_bench', object: 'response', status: 'in_progress', model: 'bench', output: [] };
  const preamble =
    scenario === 'message'
      ? [
          { type: 'response.created', sequence_number: 0, response },
          { type: 'response.output_item.added', sequence_number: 1, output_index: 0, item: { id: 'msg_bench', type: 'message', status: 'in_progress', role: 'assistant', content: [] } },
          { type: 'response.content_part.added', sequence_number: 2, item_id: 'msg_bench', output_index: 0, content_index: 0, part: { type: 'output_text', text: '', annotations: [] } },
        ]
      : [
          { type: 'response.created', sequence_number: 0, response },
          {
            type: 'response.output_item.added',
            sequence_number: 1,
            output_index: 0,
            item: { id: 'ci_bench', type: 'code_interpreter_call', status: 'in_progress', code: '', container_id: 'cntr_bench', outputs: null },
          },
          { type: 'response.code_interpreter_call.in_progress', sequence_number: 2, item_id: 'ci_bench', output_index: 0 },
        ];
  const deltas: string[] = new Array<string>(count);
  let expectedLength = 0;
  for (let index = 0; index < count; index += 1) {
    const delta = deltaText(scenario, index);
    expectedLength += delta.length;
    const sequence_number = index + 3;
    deltas[index] =
      scenario === 'message'
        ? JSON.stringify({ type: 'response.output_text.delta', sequence_number, item_id: 'msg_bench', output_index: 0, content_index: 0, delta, logprobs: [], obfuscation: 'Xy12' })
        : JSON.stringify({ type: 'response.code_interpreter_call_code.delta', sequence_number, item_id: 'ci_bench', output_index: 0, delta, obfuscation: 'Xy12' });
  }
  return { preamble: preamble.map((event) => JSON.stringify(event)), deltas, expectedLength };
}

function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Runs the pipeline; returns the final state and the time of each consecutive window of `window` deltas. */
function runPipeline(events: { preamble: string[]; deltas: string[] }): { state: ConversationState; windowMs: number[]; totalMs: number } {
  let state = createInitialState();
  for (const event of events.preamble) state = reduce(state, parseEvent(event));
  const windowMs: number[] = [];
  const start = performance.now();
  let windowStart = start;
  for (let index = 0; index < events.deltas.length; index += 1) {
    state = reduce(state, parseEvent(events.deltas[index]));
    if ((index + 1) % window === 0) {
      const now = performance.now();
      windowMs.push(now - windowStart);
      windowStart = now;
    }
  }
  return { state, windowMs, totalMs: performance.now() - start };
}

function runJsonParseOnly(deltas: readonly string[]): number {
  let sink = 0;
  const start = performance.now();
  for (const delta of deltas) sink += (JSON.parse(delta) as { sequence_number: number }).sequence_number;
  const elapsed = performance.now() - start;
  if (sink < 0) throw new Error('unreachable');
  return elapsed;
}

function finalLength(state: ConversationState, scenario: Scenario): number {
  const item = state.turns[0]?.items[0];
  if (scenario === 'message') return item?.kind === 'message' ? item.text.length : -1;
  return item?.kind === 'execution' ? item.code.length : -1;
}

const nanosecondsPerMillisecond = 1e6;

function measure(scenario: Scenario): Metric[] {
  const label = scenario === 'message' ? 'one message' : 'one code block';
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
  const firstWindows = (median(run.windowMs.slice(windowsSkipped, windowsSkipped + windowsCompared)) / window) * nanosecondsPerMillisecond;
  const lastWindows = (median(run.windowMs.slice(-windowsCompared)) / window) * nanosecondsPerMillisecond;

  const flatTarget = 1.5;
  const lateRatio = lastWindows / firstWindows;
  const runRatio = largePerEvent / smallPerEvent;
  return [
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

const metrics = [...measure('message'), ...measure('code')];
const table = await writeResult({
  benchmark: 'core-reducer',
  description:
    'Each event goes through `parseEvent` (JSON text → zod-validated event) and `reduce`. Baseline: a loop that only `JSON.parse`s the same 1M events, same run. Flatness: median time of 10k-delta windows early in the 1M stream (after 20k) vs its last 100k; the 10k-stream figure is the median of 5 runs. JIT warmed on a separate 50k stream.',
  metrics,
});
process.stdout.write(table);
