'use client';
import type { ColumnKind } from './column-types.js';
import { csvParseEventSchema } from './csv-events-schema.js';
import type { CsvInput } from './csv-source.js';
import { parseCsvStream, type CsvParseEvent, type CsvWarnings } from './parse-csv-stream.js';
import { encodeRow } from './row-codec.js';
import { ColumnKindInference } from './column-types.js';
import { csvWorkerPool, type WorkerPool } from './csv-worker-pool.js';

export type CsvStatus = 'loading' | 'streaming' | 'done' | 'error';

export interface CsvSnapshot {
  status: CsvStatus;
  header: readonly string[];
  columnCount: number;
  columnKinds: readonly ColumnKind[];
  /** Rows received so far (encoded with `encodeRow`); the array only grows, `rowCount` says how far to read. */
  rows: readonly string[];
  rowCount: number;
  progress: number | null;
  warnings: CsvWarnings;
  error: string | null;
}

export interface CsvStore {
  subscribe: (listener: () => void) => () => void;
  getSnapshot: () => CsvSnapshot;
  /** Starts loading (idempotent); returns the function that cancels it. */
  start: () => () => void;
}

export interface CsvStoreOptions {
  /** Parse in a Web Worker when the environment has one (default true). */
  useWorker?: boolean;
  /** Where the worker comes from (default: the page's shared pool). */
  workerPool?: WorkerPool;
}

const initialSnapshot: CsvSnapshot = { status: 'loading', header: [], columnCount: 0, columnKinds: [], rows: [], rowCount: 0, progress: null, warnings: {}, error: null };

/** A store over rows that are already parsed (a markdown table): the first row is the header. */
export function createStaticCsvStore(table: readonly (readonly string[])[]): CsvStore {
  const [header = [], ...body] = table;
  const inference = new ColumnKindInference();
  inference.observe(body);
  // Not `Math.max(...lengths)`: spreading hundreds of thousands of rows overflows the call stack.
  const columnCount = body.reduce((widest, row) => Math.max(widest, row.length), header.length);
  const snapshot: CsvSnapshot = {
    ...initialSnapshot,
    status: 'done',
    header: [...header],
    columnCount,
    columnKinds: inference.kinds(columnCount),
    rows: body.map((row) => encodeRow(row)),
    rowCount: body.length,
    progress: 1,
  };
  return { subscribe: () => () => undefined, getSnapshot: () => snapshot, start: () => () => undefined };
}

export function createCsvStore(input: CsvInput, options: CsvStoreOptions = {}): CsvStore {
  let snapshot = initialSnapshot;
  const rows: string[] = [];
  const listeners = new Set<() => void>();
  let cancel: (() => void) | null = null;

  // Chunks arrive far more often than frames (≈400 for 100 MB): listeners hear of them once a frame,
  // with everything that arrived since; the first rows and the end of the parse are told at once.
  let pending: CsvSnapshot | null = null;
  let cancelFrame: (() => void) | null = null;

  const notify = (): void => {
    for (const listener of listeners) listener();
  };
  const flush = (): void => {
    cancelFrame = null;
    if (pending === null) return;
    snapshot = pending;
    pending = null;
    notify();
  };
  const dropPending = (): void => {
    cancelFrame?.();
    cancelFrame = null;
    pending = null;
  };
  const publishSoon = (next: CsvSnapshot): void => {
    pending = next;
    cancelFrame ??= nextFrame(flush);
  };
  const publishNow = (next: CsvSnapshot): void => {
    dropPending();
    snapshot = next;
    notify();
  };
  const latest = (): CsvSnapshot => pending ?? snapshot;

  const apply = (event: CsvParseEvent): void => {
    const current = latest();
    if (current.status === 'done' || current.status === 'error') return;
    if (event.type === 'chunk') {
      for (const row of event.rows) rows.push(row);
      const publish = current.status === 'loading' ? publishNow : publishSoon;
      publish({
        ...current,
        status: 'streaming',
        header: event.header ?? current.header,
        columnCount: event.columnCount,
        // Kept as the same array while unchanged: the column fit and model depend on it.
        columnKinds: sameKinds(current.columnKinds, event.columnKinds) ? current.columnKinds : event.columnKinds,
        rows,
        rowCount: rows.length,
        progress: event.progress,
        warnings: event.warnings,
      });
    } else if (event.type === 'done') {
      publishNow({ ...current, status: 'done', progress: 1, warnings: event.warnings });
    } else {
      publishNow({ ...current, status: 'error', error: event.message });
    }
  };

  const startOnMainThread = (): (() => void) => {
    const controller = new AbortController();
    void parseCsvStream(input, apply, { signal: controller.signal, yieldBetweenChunks: true });
    return () => controller.abort();
  };

  const startInWorker = (worker: Worker, pool: WorkerPool): (() => void) => {
    let heardBack = false;
    let finished = false;
    let fallbackCancel: (() => void) | null = null;
    const detach = (): void => {
      finished = true;
      worker.removeEventListener('message', onMessage);
      worker.removeEventListener('error', onError);
    };
    const onMessage = (message: MessageEvent<unknown>): void => {
      heardBack = true;
      const parsed = csvParseEventSchema.safeParse(message.data);
      const event: CsvParseEvent = parsed.success ? parsed.data : { type: 'error', message: 'the parser sent an unexpected message' };
      // The rows are kept here: a worker that has said its last word goes back to the pool for the next table.
      if (event.type === 'done') {
        detach();
        pool.release(worker);
      } else if (event.type === 'error') {
        detach();
        pool.discard(worker);
      }
      apply(event);
    };
    const onError = (error: ErrorEvent): void => {
      error.preventDefault();
      detach();
      pool.discard(worker);
      // A worker that never started (blocked script, bundler without worker support): parse here instead.
      if (!heardBack) fallbackCancel = startOnMainThread();
      else apply({ type: 'error', message: error.message || 'the parser stopped' });
    };
    worker.addEventListener('message', onMessage);
    worker.addEventListener('error', onError);
    // A relative URL would resolve against the worker script, not the page.
    const portable = input.kind === 'url' ? { kind: 'url' as const, url: new URL(input.url, document.baseURI).href } : input;
    worker.postMessage({ type: 'start', input: portable });
    return () => {
      // Cancelled mid-parse: the worker is still busy with this file, so it is ended, not reused.
      if (!finished) {
        detach();
        pool.discard(worker);
      }
      fallbackCancel?.();
    };
  };

  return {
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
    start: () => {
      if (!cancel) {
        // A restart (React's strict-mode remount) parses from scratch.
        dropPending();
        rows.length = 0;
        snapshot = initialSnapshot;
        const pool = options.workerPool ?? csvWorkerPool;
        const worker = options.useWorker === false ? null : pool.acquire();
        cancel = worker ? startInWorker(worker, pool) : startOnMainThread();
      }
      const stop = cancel;
      return () => {
        stop();
        dropPending();
        cancel = null;
      };
    },
  };
}

function sameKinds(a: readonly ColumnKind[], b: readonly ColumnKind[]): boolean {
  return a.length === b.length && a.every((kind, index) => kind === b[index]);
}

/** Runs `callback` before the next paint (a timer where there are no frames); returns its cancel. */
function nextFrame(callback: () => void): () => void {
  if (typeof requestAnimationFrame === 'function') {
    const id = requestAnimationFrame(callback);
    return () => cancelAnimationFrame(id);
  }
  const id = setTimeout(callback, 16);
  return () => clearTimeout(id);
}

