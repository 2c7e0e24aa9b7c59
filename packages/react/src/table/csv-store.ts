'use client';
import type { ColumnKind } from './column-types.js';
import { csvParseEventSchema } from './csv-events-schema.js';
import type { CsvInput } from './csv-source.js';
import { parseCsvStream, type CsvParseEvent, type CsvWarnings } from './parse-csv-stream.js';
import { encodeRow } from './row-codec.js';
import { ColumnKindInference } from './column-types.js';

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
}

const initialSnapshot: CsvSnapshot = { status: 'loading', header: [], columnCount: 0, columnKinds: [], rows: [], rowCount: 0, progress: null, warnings: {}, error: null };

/** A store over rows that are already parsed (a markdown table): the first row is the header. */
export function createStaticCsvStore(table: readonly (readonly string[])[]): CsvStore {
  const [header = [], ...body] = table;
  const inference = new ColumnKindInference();
  inference.observe(body);
  const columnCount = Math.max(header.length, ...body.map((row) => row.length));
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

  const publish = (next: CsvSnapshot): void => {
    snapshot = next;
    for (const listener of listeners) listener();
  };

  const apply = (event: CsvParseEvent): void => {
    if (snapshot.status === 'done' || snapshot.status === 'error') return;
    if (event.type === 'chunk') {
      for (const row of event.rows) rows.push(row);
      publish({
        ...snapshot,
        status: 'streaming',
        header: event.header ?? snapshot.header,
        columnCount: event.columnCount,
        columnKinds: event.columnKinds,
        rows,
        rowCount: rows.length,
        progress: event.progress,
        warnings: event.warnings,
      });
    } else if (event.type === 'done') {
      publish({ ...snapshot, status: 'done', progress: 1, warnings: event.warnings });
    } else {
      publish({ ...snapshot, status: 'error', error: event.message });
    }
  };

  const startOnMainThread = (): (() => void) => {
    const controller = new AbortController();
    void parseCsvStream(input, apply, { signal: controller.signal, yieldBetweenChunks: true });
    return () => controller.abort();
  };

  const startInWorker = (worker: Worker): (() => void) => {
    let heardBack = false;
    let fallbackCancel: (() => void) | null = null;
    worker.addEventListener('message', (message: MessageEvent<unknown>) => {
      heardBack = true;
      const parsed = csvParseEventSchema.safeParse(message.data);
      apply(parsed.success ? parsed.data : { type: 'error', message: 'the parser sent an unexpected message' });
    });
    worker.addEventListener('error', (error) => {
      error.preventDefault();
      worker.terminate();
      // A worker that never started (blocked script, bundler without worker support): parse here instead.
      if (!heardBack) fallbackCancel = startOnMainThread();
      else apply({ type: 'error', message: error.message || 'the parser stopped' });
    });
    // A relative URL would resolve against the worker script, not the page.
    const portable = input.kind === 'url' ? { kind: 'url' as const, url: new URL(input.url, document.baseURI).href } : input;
    worker.postMessage({ type: 'start', input: portable });
    return () => {
      worker.terminate();
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
        if (snapshot !== initialSnapshot) {
          rows.length = 0;
          snapshot = initialSnapshot;
        }
        const worker = options.useWorker === false ? null : createCsvWorker();
        cancel = worker ? startInWorker(worker) : startOnMainThread();
      }
      const stop = cancel;
      return () => {
        stop();
        cancel = null;
      };
    },
  };
}

function createCsvWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./csv-worker.js', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
}
