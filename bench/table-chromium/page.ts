/**
 * One measurement per page load (`?mode=table|papa&mb=N`): a generated CSV of N MB parsed either by
 * TableView (its worker, its store, the grid) or by raw papaparse in a plain worker, timed from the
 * main thread. The result is left on `window.benchResult` for run.ts.
 */
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { TableView } from '@execards/react/table';
import '@execards/react/styles.css';
import { generateCsv } from '../table/generate-csv.js';

export interface PageResult {
  mode: string;
  megabytes: number;
  rows: number;
  firstRowsMs: number;
  totalMs: number;
  longTasks: number;
  longestTaskMs: number;
  workersStarted: number;
  error: string | null;
}

declare global {
  interface Window {
    benchResult?: PageResult;
  }
}

const params = new URLSearchParams(location.search);
const mode = params.get('mode') ?? 'table';
const megabytes = Number(params.get('mb') ?? '1');

const longTasks: PerformanceEntry[] = [];
new PerformanceObserver((list) => longTasks.push(...list.getEntries())).observe({ type: 'longtask', buffered: true });

let workersStarted = 0;
const PageWorker = window.Worker;
window.Worker = class extends PageWorker {
  constructor(url: string | URL, options?: WorkerOptions) {
    super(url, options);
    workersStarted += 1;
  }
};

/** Raw papaparse, as a plain app would run it: decode the bytes, parse in 256 KB chunks, keep the rows. */
const papaWorkerSource = `
importScripts(${JSON.stringify(new URL('/papaparse.min.js', location.href).href)});
onmessage = async (message) => {
  const text = new TextDecoder().decode(await message.data.arrayBuffer());
  const kept = [];
  let first = true;
  Papa.parse(text, { chunkSize: 256 * 1024, skipEmptyLines: true, chunk: (result) => {
    if (first) { first = false; postMessage({ type: 'first' }); }
    for (const row of result.data) kept.push(row);
  } });
  postMessage({ type: 'done', rows: kept.length - 1 });
};`;

function parseWithPapaparse(blob: Blob, started: number): Promise<{ firstRowsMs: number; totalMs: number; rows: number }> {
  return new Promise((resolve) => {
    let firstRowsMs = -1;
    const worker = new Worker(URL.createObjectURL(new Blob([papaWorkerSource], { type: 'text/javascript' })));
    worker.onmessage = (message: MessageEvent<{ type: string; rows?: number }>) => {
      if (message.data.type === 'first') firstRowsMs = performance.now() - started;
      else {
        worker.terminate();
        resolve({ firstRowsMs, totalMs: performance.now() - started, rows: message.data.rows ?? 0 });
      }
    };
    worker.postMessage(blob);
  });
}

function parseWithTableView(blob: Blob, started: number): Promise<{ firstRowsMs: number; totalMs: number; rows: number }> {
  return new Promise((resolve) => {
    const container = document.getElementById('root');
    if (!container) throw new Error('no #root');
    let firstRowsMs = -1;
    const observer = new MutationObserver(() => {
      if (firstRowsMs < 0 && container.querySelector('[role="gridcell"]')) firstRowsMs = performance.now() - started;
      const state = container.querySelector('[data-slot="table-view"]')?.getAttribute('data-state');
      if (state === 'done' || state === 'error') {
        const totalMs = performance.now() - started;
        observer.disconnect();
        const count = container.querySelector('[data-slot="table-row-count"]')?.textContent ?? '';
        resolve({ firstRowsMs, totalMs, rows: Number(count.replace(/\D/g, '')) });
      }
    });
    observer.observe(container, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] });
    createRoot(container).render(createElement(TableView, { csv: blob, height: 480 }));
  });
}

async function main(): Promise<void> {
  const { text } = generateCsv(megabytes * 1024 * 1024);
  const blob = new Blob([text], { type: 'text/csv' });
  // Let the generation's own long tasks end before the clock starts.
  await new Promise((resolve) => setTimeout(resolve, 500));
  const started = performance.now();
  try {
    const run = mode === 'papa' ? await parseWithPapaparse(blob, started) : await parseWithTableView(blob, started);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const during = longTasks.filter((entry) => entry.startTime >= started && entry.startTime <= started + run.totalMs);
    window.benchResult = {
      mode,
      megabytes,
      ...run,
      longTasks: during.length,
      longestTaskMs: Math.max(0, ...during.map((entry) => entry.duration)),
      workersStarted: workersStarted - (mode === 'papa' ? 1 : 0),
      error: null,
    };
  } catch (error) {
    window.benchResult = { mode, megabytes, rows: 0, firstRowsMs: -1, totalMs: -1, longTasks: 0, longestTaskMs: 0, workersStarted, error: String(error) };
  }
}

void main();
