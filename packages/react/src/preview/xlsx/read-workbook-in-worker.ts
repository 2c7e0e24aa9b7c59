'use client';
import { z } from 'zod';
import type { WorkbookResult } from './read-workbook.js';

/** A workbook that takes longer than this to read is given up on, and its worker ended: a hostile file cannot hang the preview. */
export const readTimeoutMs = 60_000;

/** Without Web Workers (server rendering, old test environments) only files this small are read on the main thread. */
export const mainThreadMaxBytes = 512 * 1024;

const workbookResultSchema = z.union([
  z.object({
    ok: z.literal(true),
    sheets: z.array(z.object({ name: z.string(), rows: z.array(z.array(z.string())), rowCount: z.number().int().min(0), columnCount: z.number().int().min(0) })),
  }),
  z.object({ ok: z.literal(false), failure: z.enum(['not-xlsx', 'too-large', 'unreadable', 'timed-out']), detail: z.string() }),
]);

export interface WorkbookReading {
  result: Promise<WorkbookResult>;
  /** Ends the worker (the preview closed or its file changed); the promise then never settles. */
  cancel: () => void;
}

export interface ReadInWorkerOptions {
  timeoutMs?: number;
  createWorker?: () => Worker | null;
}

function createXlsxWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./xlsx-worker.js', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
}

/** Reads a workbook in a worker of its own, ended when the result arrives, on timeout, or on cancel. */
export function readWorkbookInWorker(data: ArrayBuffer, { timeoutMs = readTimeoutMs, createWorker = createXlsxWorker }: ReadInWorkerOptions = {}): WorkbookReading {
  const worker = createWorker();
  if (worker === null) return readOnMainThread(data);
  let settled = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const end = (): void => {
    settled = true;
    clearTimeout(timer);
    worker.terminate();
  };
  const result = new Promise<WorkbookResult>((resolve) => {
    const finish = (value: WorkbookResult): void => {
      if (settled) return;
      end();
      resolve(value);
    };
    timer = setTimeout(() => finish({ ok: false, failure: 'timed-out', detail: `no result after ${timeoutMs} ms` }), timeoutMs);
    worker.onmessage = (message: MessageEvent<unknown>) => {
      const parsed = workbookResultSchema.safeParse(message.data);
      finish(parsed.success ? parsed.data : { ok: false, failure: 'unreadable', detail: 'the reader answered in an unknown shape' });
    };
    // A malformed file can make the reader throw outside its promise: the worker reports an error instead of a result.
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      finish({ ok: false, failure: 'unreadable', detail: event.message || 'the reader failed' });
    };
    worker.onmessageerror = () => finish({ ok: false, failure: 'unreadable', detail: 'the reader’s answer could not be received' });
    // A copy is transferred: the caller keeps its bytes (a re-render or a second preview may read them again).
    const copy = data.slice(0);
    worker.postMessage({ type: 'read', data: copy }, [copy]);
  });
  return { result, cancel: end };
}

function readOnMainThread(data: ArrayBuffer): WorkbookReading {
  let cancelled = false;
  const result =
    data.byteLength > mainThreadMaxBytes
      ? Promise.resolve<WorkbookResult>({ ok: false, failure: 'too-large', detail: 'too large to read without a Web Worker' })
      : import('./read-workbook.js').then(({ readWorkbook }) => readWorkbook(data));
  return { result: result.then((value) => (cancelled ? new Promise<WorkbookResult>(() => undefined) : value)), cancel: () => (cancelled = true) };
}
