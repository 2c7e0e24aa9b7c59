import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const resultsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'results');

export interface Metric {
  /** What was measured, e.g. "per-event cost at 1M deltas". */
  name: string;
  value: number;
  unit: string;
  /** The same-run baseline this figure is compared with, when there is one. */
  baseline?: { name: string; value: number };
  /** value / baseline.value, when a baseline exists. */
  ratio?: number;
  /** The target, in words, e.g. "≤ 1.5× raw papaparse". */
  target?: string;
  /** Whether the target was met, when it can be judged from this run. */
  met?: boolean;
}

export interface BenchResult {
  benchmark: string;
  description: string;
  metrics: Metric[];
}

/** Median of a list of samples (the samples are not modified). */
export function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 0 ? ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2 : (sorted[middle] ?? 0);
}

export function withRatio(metric: Omit<Metric, 'ratio'>): Metric {
  return metric.baseline ? { ...metric, ratio: metric.value / metric.baseline.value } : metric;
}

function formatNumber(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e6) return String(value);
  const magnitude = Math.abs(value);
  return magnitude >= 100 ? value.toFixed(0) : magnitude >= 1 ? value.toFixed(2) : value.toPrecision(3);
}

export function markdownTable(result: BenchResult): string {
  const rows = result.metrics.map((metric) =>
    [
      metric.name,
      `${formatNumber(metric.value)} ${metric.unit}`,
      metric.baseline ? `${metric.baseline.name}: ${formatNumber(metric.baseline.value)} ${metric.unit}` : '',
      metric.ratio !== undefined ? `${metric.ratio.toFixed(2)}×` : '',
      metric.target ?? '',
      metric.met === undefined ? '' : metric.met ? 'met' : '**missed**',
    ].join(' | '),
  );
  return [
    `### ${result.benchmark}`,
    '',
    result.description,
    '',
    '| metric | value | baseline (same run) | ratio | target | status |',
    '|---|---|---|---|---|---|',
    ...rows.map((row) => `| ${row} |`),
    '',
  ].join('\n');
}

/** Writes `bench/results/<name>.json` and `<name>.md`; returns the markdown table. */
export async function writeResult(result: BenchResult): Promise<string> {
  await mkdir(resultsDir, { recursive: true });
  const machine = { node: process.version, cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? 'unknown', memoryGiB: Math.round(os.totalmem() / 2 ** 30) };
  const stamped = { ...result, machine, recordedAt: new Date().toISOString() };
  await writeFile(path.join(resultsDir, `${result.benchmark}.json`), `${JSON.stringify(stamped, null, 2)}\n`);
  const table = markdownTable(result);
  await writeFile(path.join(resultsDir, `${result.benchmark}.md`), table);
  return table;
}
