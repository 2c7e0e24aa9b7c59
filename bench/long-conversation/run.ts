/**
 * bench/long-conversation: the same chart turn streamed at turn 2 and at turn 50 of a generated session (recorded-shaped
 * events replayed through core's store, no network), rendered by the demo's transcript in a production build in
 * Chromium. Per-delta main-thread time (CDP Performance metrics), frames while streaming and while scrolling, DOM
 * nodes, workers alive; and whether requestAnimationFrame runs in HTML previews out of view.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { chromium, type Browser, type Page } from 'playwright';
import { build, defaultClientConditions } from 'vite';
import { chromiumArgs, chromiumPath } from '../../tooling/chromium.js';
import { median, withRatio, writeResult, type Metric } from '../lib/report.js';
import { deltaCount, turnScript, type TurnKind, type TurnScript } from './conversation.js';
import { mainThreadWork, traceCategories } from './trace.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const outDir = path.join(root, 'bench/.tmp/long-conversation');
const port = Number(process.env.LONG_CONVERSATION_BENCH_PORT ?? 22220);
const samples = Number(process.env.LONG_CONVERSATION_BENCH_SAMPLES ?? 3);
const longTurn = 50;
const traceDir = process.env.LONG_CONVERSATION_TRACE_DIR ?? null;
if (traceDir) await mkdir(traceDir, { recursive: true });

await build({
  configFile: false,
  logLevel: 'warn',
  root: path.join(here, 'page'),
  mode: 'production',
  plugins: [react()],
  resolve: { conditions: ['@execards/source', ...defaultClientConditions] },
  build: { outDir, emptyOutDir: true, sourcemap: false, minify: true },
});

// What the generated files serve: a chart image, a CSV, an HTML report with an animation loop, a JSON summary.
const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
const csv = ['product,region,units,revenue', ...Array.from({ length: 2000 }, (_, row) => `Product ${row % 97},Region ${row % 7},${(row * 37) % 500},${((row * 7919) % 100_000) / 100}`)].join('\n');
const report =
  '<!doctype html><html><body><h1>2024</h1><p>Revenue by quarter</p><div id="bar" style="height:20px;background:#4c78a8;width:10%"></div>' +
  '<script>let t = 0; const bar = document.getElementById("bar"); const tick = () => { t++; bar.style.width = (10 + (t % 90)) + "%"; requestAnimationFrame(tick); }; requestAnimationFrame(tick);</script></body></html>';
const files: Record<TurnKind, { type: string; body: string | Buffer }> = {
  chart: { type: 'image/png', body: png },
  table: { type: 'text/csv', body: csv },
  html: { type: 'text/html', body: report },
  file: { type: 'application/json', body: '{"North":1,"South":2}' },
};
const assetTypes: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.woff2': 'font/woff2' };

const server: Server = createServer((request, response) => {
  void (async () => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const [, top, kind] = url.pathname.split('/');
    if (top === 'files' && kind && kind in files) {
      const file = files[kind as TurnKind];
      response.writeHead(200, { 'content-type': file.type });
      response.end(file.body);
      return;
    }
    const relative = url.pathname === '/' ? 'index.html' : url.pathname.slice(1);
    const file = relative === 'probe.html' ? path.join(here, 'probe.html') : path.join(outDir, path.normalize(relative));
    if (!file.startsWith(outDir) && file !== path.join(here, 'probe.html')) throw new Error('outside');
    const body = await readFile(file);
    response.writeHead(200, { 'content-type': assetTypes[path.extname(file)] ?? 'application/octet-stream' });
    response.end(body);
  })().catch(() => {
    response.writeHead(404);
    response.end();
  });
});
await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${port}`;

interface Run {
  /** Main-thread CPU time per event (trace). */
  cpuPerDeltaMs: number;
  /** Longest main-thread task while streaming, CPU time (trace). */
  longestTaskCpuMs: number;
  scrollLongestTaskCpuMs: number;
  perDeltaMs: number;
  scriptPerDeltaMs: number;
  layoutPerDeltaMs: number;
  longestFrameMs: number;
  framesOver50: number;
  longAnimationFrames: number;
  domNodes: number;
  /** Previews (tables, HTML reports) mounted / parked behind a placeholder (LazyMount), after the stream. */
  previewsMounted: number;
  previewsParked: number;
  workers: number;
  scrollLongestFrameMs: number;
  slowEvents: string[];
}

const settle = (page: Page, ms: number) => page.waitForTimeout(ms);

/** A fresh page with `history` turns, then the chart turn streamed as turn `history + 1`. */
async function measure(browser: Browser, history: number, scroll: boolean): Promise<Run> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  try {
    await page.goto(origin);
    await page.waitForFunction(() => 'bench' in window);
    const scripts: TurnScript[] = Array.from({ length: history }, (_, index) => turnScript(index + 1));
    // In slices, as a session grows: the previews (tables, reports) start as their turns arrive.
    for (let start = 0; start < scripts.length; start += 5) await page.evaluate((slice) => window.bench.append(slice), scripts.slice(start, start + 5));
    await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }));
    await settle(page, 3000);
    await page.evaluate(() => {
      const entries: PerformanceEntry[] = [];
      new PerformanceObserver((list) => entries.push(...list.getEntries())).observe({ type: 'long-animation-frame' });
      Object.assign(window, { longFrames: entries });
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((metric) => [metric.name, metric.value]));
    const turn = turnScript(history + 1, 'chart');
    const before = await metrics();
    await browser.startTracing(page, { categories: traceCategories });
    const streamed = await page.evaluate((script) => window.bench.stream(script), turn);
    const streamTrace = await browser.stopTracing();
    const streamWork = mainThreadWork(streamTrace);
    // For a profile in DevTools (Performance panel, "Load profile"): where the time per event goes.
    if (traceDir) await writeFile(path.join(traceDir, `stream-turn-${history + 1}.json`), streamTrace);
    const after = await metrics();
    const spent = (name: string) => (((after[name] ?? 0) - (before[name] ?? 0)) * 1000) / streamed.events;
    const longAnimationFrames = await page.evaluate(() => (window as unknown as { longFrames: PerformanceEntry[] }).longFrames.length);
    await settle(page, 2000);
    const domNodes = await page.evaluate(() => window.bench.domNodes());
    const previews = await page.evaluate(() => ({
      mounted: document.querySelectorAll('[data-slot="lazy-mount"][data-state="mounted"]').length,
      parked: document.querySelectorAll('[data-slot="lazy-mount"][data-state="parked"]').length,
    }));
    const workers = page.workers().length;
    let scrollIntervals: number[] = [];
    let scrollWork = { longestMs: 0 };
    if (scroll) {
      await browser.startTracing(page, { categories: traceCategories });
      scrollIntervals = await page.evaluate(() => window.bench.scrollThrough(240));
      scrollWork = mainThreadWork(await browser.stopTracing());
    }
    return {
      cpuPerDeltaMs: streamWork.totalMs / streamed.events,
      longestTaskCpuMs: streamWork.longestMs,
      scrollLongestTaskCpuMs: scrollWork.longestMs,
      perDeltaMs: spent('TaskDuration'),
      scriptPerDeltaMs: spent('ScriptDuration'),
      layoutPerDeltaMs: spent('LayoutDuration') + spent('RecalcStyleDuration'),
      longestFrameMs: Math.max(...streamed.frameIntervals),
      framesOver50: streamed.frameIntervals.filter((interval) => interval > 50).length,
      longAnimationFrames,
      domNodes,
      previewsMounted: previews.mounted,
      previewsParked: previews.parked,
      workers,
      scrollLongestFrameMs: scrollIntervals.length > 0 ? Math.max(...scrollIntervals) : 0,
      slowEvents: streamed.slowEvents,
    };
  } finally {
    await context.close();
  }
}

/** requestAnimationFrame callbacks per second in iframes on and off screen (see probe.html). */
async function rafProbe(browser: Browser): Promise<Record<string, number>> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  try {
    await page.goto(`${origin}/probe.html`);
    await settle(page, 1000);
    const first = await page.evaluate(() => ({ ...(window as unknown as { rafCounts: Record<string, number> }).rafCounts }));
    await settle(page, 2000);
    const second = await page.evaluate(() => ({ ...(window as unknown as { rafCounts: Record<string, number> }).rafCounts }));
    return Object.fromEntries(Object.entries(second).map(([name, frames]) => [name, (frames - (first[name] ?? 0)) / 2]));
  } finally {
    await context.close();
  }
}

const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const early: Run[] = [];
const late: Run[] = [];
let probe: Record<string, number> = {};
try {
  for (let sample = 0; sample < samples; sample += 1) {
    early.push(await measure(browser, 1, false));
    late.push(await measure(browser, longTurn - 1, sample === 0));
    process.stdout.write(`sample ${sample + 1}: turn 2 ${early.at(-1)?.cpuPerDeltaMs.toFixed(2)} ms CPU/event, turn ${longTurn} ${late.at(-1)?.cpuPerDeltaMs.toFixed(2)} ms CPU/event, longest task ${late.at(-1)?.longestTaskCpuMs.toFixed(0)} ms CPU, longest frame ${late.at(-1)?.longestFrameMs.toFixed(0)} ms\n`);
  }
  probe = await rafProbe(browser);
} finally {
  await browser.close();
  server.close();
}

type Figure = Exclude<keyof Run, 'slowEvents'>;
const med = (runs: Run[], key: Figure) => median(runs.map((run) => run[key]));
const worst = (runs: Run[], key: Figure) => Math.max(...runs.map((run) => run[key]));
const deltas = deltaCount(turnScript(2, 'chart'));
const events = turnScript(2, 'chart').events.length;
const perDeltaEarly = med(early, 'cpuPerDeltaMs');
const perDeltaLate = med(late, 'cpuPerDeltaMs');
const longestTaskLate = worst(late, 'longestTaskCpuMs');
const scrollLongestTask = late[0]?.scrollLongestTaskCpuMs ?? 0;
const workersLate = worst(late, 'workers');
const offscreenCv = probe['off screen, sandboxed, under content-visibility: auto'] ?? Number.NaN;
const onscreen = probe['on screen, sandboxed'] ?? Number.NaN;
const load = os.loadavg()[0] ?? 0;

const metrics: Metric[] = [
  withRatio({ name: `main-thread CPU time per event at turn ${longTurn} (trace, median of ${samples})`, value: perDeltaLate, unit: 'ms', baseline: { name: 'same turn at turn 2', value: perDeltaEarly }, target: '≤ 1.2× turn 2', met: perDeltaLate <= 1.2 * perDeltaEarly }),
  { name: 'main-thread CPU time per event at turn 2', value: perDeltaEarly, unit: 'ms' },
  withRatio({ name: `main-thread task time per event at turn ${longTurn} (CDP TaskDuration, wall clock, median)`, value: med(late, 'perDeltaMs'), unit: 'ms', baseline: { name: 'turn 2', value: med(early, 'perDeltaMs') } }),
  withRatio({ name: `script time per event at turn ${longTurn} (wall clock)`, value: med(late, 'scriptPerDeltaMs'), unit: 'ms', baseline: { name: 'turn 2', value: med(early, 'scriptPerDeltaMs') } }),
  withRatio({ name: `style + layout time per event at turn ${longTurn} (wall clock)`, value: med(late, 'layoutPerDeltaMs'), unit: 'ms', baseline: { name: 'turn 2', value: med(early, 'layoutPerDeltaMs') } }),
  withRatio({ name: `longest main-thread task while streaming at turn ${longTurn}, CPU time (one frame each; worst of ${samples})`, value: longestTaskLate, unit: 'ms', baseline: { name: 'turn 2', value: worst(early, 'longestTaskCpuMs') }, target: '≤ 50 ms', met: longestTaskLate <= 50 }),
  withRatio({ name: `longest frame interval while streaming at turn ${longTurn}, wall clock (worst of ${samples}; load average ${load.toFixed(1)} on ${os.cpus().length} cores)`, value: worst(late, 'longestFrameMs'), unit: 'ms', baseline: { name: 'turn 2', value: worst(early, 'longestFrameMs') } }),
  { name: `frame intervals over 50 ms while streaming at turn ${longTurn} (${events} events, ${deltas} of them deltas; one event per frame), total of ${samples}`, value: late.reduce((sum, run) => sum + run.framesOver50, 0), unit: 'frames' },
  { name: `longest main-thread task scrolling through ${longTurn} turns (240 px per frame), CPU time`, value: scrollLongestTask, unit: 'ms', target: '≤ 50 ms', met: scrollLongestTask <= 50 },
  { name: `longest frame interval scrolling through ${longTurn} turns, wall clock`, value: late[0]?.scrollLongestFrameMs ?? 0, unit: 'ms' },
  withRatio({ name: `DOM elements at turn ${longTurn}`, value: med(late, 'domNodes'), unit: 'elements', baseline: { name: 'turn 2', value: med(early, 'domNodes') } }),
  { name: `previews (tables, HTML reports) mounted at turn ${longTurn}, scrolled to the latest turn (median)`, value: med(late, 'previewsMounted'), unit: 'previews' },
  { name: `previews parked behind a placeholder of their size at turn ${longTurn} (median)`, value: med(late, 'previewsParked'), unit: 'previews' },
  { name: `workers alive at turn ${longTurn}, nothing parsing (${Math.ceil(longTurn / 4)} table turns)`, value: workersLate, unit: 'workers', target: '≤ 1 when nothing is parsing', met: workersLate <= 1 },
  withRatio({ name: 'requestAnimationFrame in an off-screen sandboxed HTML preview under content-visibility: auto', value: offscreenCv, unit: 'callbacks/s', baseline: { name: 'the same on screen', value: onscreen }, target: 'no animation loop off screen (0)', met: offscreenCv === 0 }),
];

const description = [
  `The demo's transcript (Chat shape, memoised TurnView per turn, content-visibility on turns) in a minified production build, in Chromium (${chromiumPath}, 1280×800).`,
  `A session of turns cycling chart, table (2,000-row CSV), HTML report (with a requestAnimationFrame loop) and a JSON file, each a reasoning summary, a code run and an answer citing its file, chunked like upstream deltas; files served locally. The same chart turn (${events} events) is streamed one event per animation frame at turn 2 (after 1 turn) and at turn ${longTurn} (after ${longTurn - 1}), in fresh pages, ${samples} times. Main-thread time per event is the CPU time (\`tdur\`) of the renderer main thread's tasks in a Chromium trace of the stream ÷ events; wall-clock figures (CDP \`Performance.getMetrics\`, frame intervals) are given too, but on this shared machine they include time spent waiting for a core.`,
  '',
  'What the profiles show (where the time per event goes, why wall-clock frames are long here): bench/long-conversation/README.md.',
  '',
  `requestAnimationFrame callbacks per second in iframes (probe.html): ${Object.entries(probe)
    .map(([name, rate]) => `${name}: ${rate.toFixed(0)}`)
    .join('; ')}.`,
  '',
].join('\n');

const table = await writeResult({ benchmark: 'long-conversation', description, metrics });
process.stdout.write(table);
process.stdout.write(`\n${JSON.stringify({ early, late, probe }, null, 2)}\n`);
