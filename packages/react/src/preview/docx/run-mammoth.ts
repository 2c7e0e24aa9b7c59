'use client';
import type { DocxWorkerReply } from './docx-worker.js';
import { mammothHtml } from './mammoth-html.js';

/** A conversion still running after this long is stopped: a document built to stall the converter gets an error, not a hung preview. */
export const conversionTimeoutMs = 30_000;

export type MammothOutcome = { ok: true; html: string } | { ok: false; reason: 'unreadable' | 'too-slow' };

function createDocxWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./docx-worker.js', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
}

async function onMainThread(data: ArrayBuffer): Promise<MammothOutcome> {
  try {
    return { ok: true, html: await mammothHtml(data) };
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
}

/**
 * Converts in a Web Worker, so a large document never freezes the page, and stops it after `timeoutMs` or when
 * `signal` aborts. Where no worker can start (a server, a test DOM, a bundler that does not emit it) the
 * conversion runs on the main thread.
 */
export function runMammoth(data: ArrayBuffer, signal: AbortSignal, timeoutMs = conversionTimeoutMs): Promise<MammothOutcome> {
  const worker = createDocxWorker();
  if (!worker) return onMainThread(data);
  return new Promise((resolve) => {
    let settled = false;
    const finish = (outcome: MammothOutcome | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      worker.terminate();
      if (outcome) resolve(outcome);
      else resolve(onMainThread(data));
    };
    const onAbort = () => finish({ ok: false, reason: 'unreadable' });
    const timer = setTimeout(() => finish({ ok: false, reason: 'too-slow' }), timeoutMs);
    signal.addEventListener('abort', onAbort);
    worker.onmessage = (event: MessageEvent<DocxWorkerReply>) => finish(event.data.ok ? { ok: true, html: event.data.html } : { ok: false, reason: 'unreadable' });
    // The worker script could not load (e.g. a bundler that does not emit workers): convert here instead.
    worker.onerror = (event) => {
      event.preventDefault();
      finish(null);
    };
    // Copied, not transferred: the caller keeps its bytes.
    worker.postMessage(data);
  });
}
