// `pnpm bench load`: the proxy's load test, longer (LOAD_SECONDS, default 60 s; LOAD_CHATS, default 200). The
// emulator runs in its own process, so heap, RSS and file descriptors are the proxy's and its clients'.
import {
  emptyTally,
  loadSettings,
  openFileDescriptors,
  percentile,
  runChat,
  settledHeapUsed,
  startEmulatorProcess,
} from '../../tooling/test-stack/load-support.js';
import { startBenchProxy } from '../lib/bench-proxy.js';
import { withRatio, writeResult, type Metric } from '../lib/report.js';

const settings = loadSettings({ LOAD_SECONDS: '60', ...process.env });
const mebibyte = 1024 ** 2;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const emulator = await startEmulatorProcess();
const descriptorsBefore = openFileDescriptors();
const rssBefore = process.memoryUsage().rss;
const { proxy } = await startBenchProxy(emulator.url, 1_000_000);

const tally = emptyTally();
const started = performance.now();
const deadline = started + settings.LOAD_SECONDS * 1000;
const chats = Array.from({ length: settings.LOAD_CHATS }, (_, index) => runChat(proxy.url, index, index < settings.LOAD_PYTHON_CHATS, deadline, tally));
let peakDescriptors = 0;
let peakRss = 0;
const sampler = setInterval(() => {
  peakDescriptors = Math.max(peakDescriptors, openFileDescriptors());
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 250);
await sleep((settings.LOAD_SECONDS * 1000) / 3);
const heapAfterWarmUp = settledHeapUsed();
await sleep(Math.max(0, deadline - performance.now()));
const heapAtDeadline = settledHeapUsed();
await Promise.all(chats);
const elapsedSeconds = (performance.now() - started) / 1000;
clearInterval(sampler);

// Idle keep-alive connections close after 5 s (server) / 4 s (undici): wait for them, then count.
let descriptorsAfter = openFileDescriptors();
for (let waited = 0; waited < 15_000 && descriptorsAfter - descriptorsBefore > 8; waited += 250) {
  await sleep(250);
  descriptorsAfter = openFileDescriptors();
}
await proxy.close();
await emulator.stop();

const heapAllowance = Math.max(24 * mebibyte, 0.3 * heapAfterWarmUp);
const metrics: Metric[] = [
  { name: `chats streaming at once`, value: settings.LOAD_CHATS, unit: 'chats', target: '200 concurrent streams', met: settings.LOAD_CHATS >= 200 && tally.errors.length === 0 },
  { name: 'turns completed (each checked: events 0..n once, response.completed, proxy.conversation)', value: tally.turns, unit: 'turns' },
  { name: 'turns with real Python (CSV written, cited, downloaded through its signed link)', value: tally.pythonTurns, unit: 'turns' },
  { name: 'uploads (POST /api/files, then added to the sandbox)', value: tally.uploads, unit: 'uploads' },
  { name: 'signed downloads', value: tally.downloads, unit: 'downloads' },
  { name: 'errors', value: tally.errors.length, unit: 'errors', target: '0', met: tally.errors.length === 0 },
  { name: 'upstream events relayed per second', value: tally.events / elapsedSeconds, unit: 'events/s' },
  { name: 'turn time, p50', value: percentile(tally.turnMs, 0.5), unit: 'ms' },
  { name: 'turn time, p99', value: percentile(tally.turnMs, 0.99), unit: 'ms' },
  withRatio({
    name: 'heap after GC at the deadline',
    value: heapAtDeadline / mebibyte,
    unit: 'MiB',
    baseline: { name: 'after warm-up (first third), same run', value: heapAfterWarmUp / mebibyte },
    target: `flat: within ${Math.round(heapAllowance / mebibyte)} MiB (24 MiB or 30 %)`,
    met: heapAtDeadline - heapAfterWarmUp <= heapAllowance,
  }),
  { name: 'peak RSS growth (proxy + clients, one process)', value: (peakRss - rssBefore) / mebibyte, unit: 'MiB' },
  { name: 'peak open file descriptors during the load', value: peakDescriptors - descriptorsBefore, unit: 'more than before' },
  { name: 'open file descriptors after the load (idle connections closed)', value: descriptorsAfter - descriptorsBefore, unit: 'more than before', target: 'released (≤ 8 more)', met: descriptorsAfter - descriptorsBefore <= 8 },
];
if (tally.errors.length > 0) process.stderr.write(`first errors:\n${tally.errors.slice(0, 5).join('\n')}\n`);
const table = await writeResult({
  benchmark: 'load',
  description: `${settings.LOAD_CHATS} chats for ${settings.LOAD_SECONDS} s (${elapsedSeconds.toFixed(1)} s until the last turn ended) through the real proxy from the real emulator (its own process, 2 ms between events), one conversation per chat; ${settings.LOAD_PYTHON_CHATS} chats run real Python, the others get the scripted text answer; every third turn of each chat uploads a file first. Loopback, one 2-core machine shared with other work: turn times carry that load.`,
  metrics,
});
process.stdout.write(table);
process.exit(tally.errors.length === 0 ? 0 : 1);
