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

const tables = readdirSync(path.join(benchDir, 'results'))
  .filter((file) => file.endsWith('.md'))
  .sort()
  .map((file) => readFileSync(path.join(benchDir, 'results', file), 'utf8'));
writeFileSync(
  path.join(benchDir, 'REPORT.md'),
  ['# Benchmark report', '', 'Every figure is compared with a baseline measured in the same run, on the same machine (`pnpm bench` regenerates this file; raw numbers are in `results/*.json`).', '', ...tables].join('\n'),
);
process.stdout.write(`\nwrote bench/REPORT.md (${tables.length} benchmarks)\n`);
process.exit(failures === 0 ? 0 : 1);
