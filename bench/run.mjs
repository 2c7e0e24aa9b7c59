// `pnpm bench`: runs every bench/<name>/run.ts (in its own Node process), then gathers bench/REPORT.md.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const root = path.dirname(benchDir);
const only = process.argv.slice(2);
const names = readdirSync(benchDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(path.join(benchDir, entry.name, 'run.ts')))
  .map((entry) => entry.name)
  .filter((name) => only.length === 0 || only.includes(name))
  .sort();

let failures = 0;
for (const name of names) {
  process.stdout.write(`\n▶ bench/${name}\n`);
  const result = spawnSync(path.join(root, 'node_modules/.bin/tsx'), [path.join(benchDir, name, 'run.ts')], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --expose-gc --max-old-space-size=8192` },
  });
  if (result.status !== 0) {
    failures += 1;
    process.stderr.write(`bench/${name} failed (exit ${result.status})\n`);
  }
}

const resultFiles = readdirSync(path.join(benchDir, 'results')).sort();
const tables = resultFiles.filter((file) => file.endsWith('.md')).map((file) => readFileSync(path.join(benchDir, 'results', file), 'utf8'));
const results = resultFiles.filter((file) => file.endsWith('.json')).map((file) => JSON.parse(readFileSync(path.join(benchDir, 'results', file), 'utf8')));

/** Every figure that has a target (docs/architecture.md#performance-targets), in one table, so a missed one cannot hide in a long section. */
function targetSummary() {
  const cell = (text) => String(text).replaceAll('|', '\\|');
  const number = (value) => (Number.isInteger(value) ? String(value) : Math.abs(value) >= 100 ? value.toFixed(0) : Math.abs(value) >= 1 ? value.toFixed(2) : value.toPrecision(3));
  const rows = results.flatMap((result) =>
    result.metrics
      .filter((metric) => metric.target)
      .map((metric) =>
        [
          result.benchmark,
          cell(metric.name),
          `${number(metric.value)} ${cell(metric.unit)}`,
          metric.ratio === undefined ? '' : `${metric.ratio.toFixed(2)}× ${cell(metric.baseline.name)}`,
          cell(metric.target),
          metric.met === undefined ? 'not judged' : metric.met ? 'met' : '**missed**',
        ].join(' | '),
      ),
  );
  const missed = results.flatMap((result) => result.metrics.filter((metric) => metric.met === false).map((metric) => `${result.benchmark}: ${metric.name}`));
  const recorded = results.map((result) => `${result.benchmark} ${String(result.recordedAt ?? '?').slice(0, 16).replace('T', ' ')}`).join(', ');
  return [
    '## Targets',
    '',
    'The targets in words: [docs/architecture.md](../docs/architecture.md#performance-targets).',
    '',
    `Recorded (UTC): ${recorded}.`,
    '',
    missed.length === 0 ? 'Every judged target was met.' : `Missed: ${missed.join('; ')}.`,
    '',
    '| bench | figure | value | ratio to its same-run baseline | target | status |',
    '|---|---|---|---|---|---|',
    ...rows.map((row) => `| ${row} |`),
    '',
    '## Details',
    '',
  ];
}

writeFileSync(
  path.join(benchDir, 'REPORT.md'),
  [
    '# Benchmark report',
    '',
    'Every figure is compared with a baseline measured in the same run, on the same machine (`pnpm bench` regenerates this file; `node bench/run.mjs none` only regathers it from `results/`; raw numbers are in `results/*.json`). The machine: 2 cores shared with other work, so absolute times carry that load; the ratios are the figures to read.',
    '',
    ...targetSummary(),
    ...tables,
  ].join('\n'),
);
process.stdout.write(`\nwrote bench/REPORT.md (${tables.length} benchmarks)\n`);
process.exit(failures === 0 ? 0 : 1);
