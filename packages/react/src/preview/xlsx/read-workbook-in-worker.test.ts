import { describe, expect, it, vi } from 'vitest';
import { mainThreadMaxBytes, readWorkbookInWorker } from './read-workbook-in-worker.js';
import { loadTestFile } from '../../test-support/xlsx-test-files.js';

/** Stands in for a worker the environment cannot start here (happy-dom has none): it records, and answers only when told. */
class SilentWorker {
  onmessage: ((event: MessageEvent<unknown>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  posted: unknown[] = [];
  terminated = false;
  postMessage(message: unknown): void {
    this.posted.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  asWorker(): Worker {
    return this as unknown as Worker;
  }
}

describe('readWorkbookInWorker', () => {
  it('gives up on a worker that never answers, and ends it', async () => {
    const worker = new SilentWorker();
    const reading = readWorkbookInWorker(new ArrayBuffer(8), { timeoutMs: 20, createWorker: () => worker.asWorker() });
    expect(await reading.result).toMatchObject({ ok: false, failure: 'timed-out' });
    expect(worker.terminated).toBe(true);
  });

  it('reports a reader that crashed inside the worker as unreadable', async () => {
    const worker = new SilentWorker();
    const reading = readWorkbookInWorker(new ArrayBuffer(8), { createWorker: () => worker.asWorker() });
    worker.onerror?.(new ErrorEvent('error', { message: "Cannot read properties of undefined (reading 'length')" }));
    expect(await reading.result).toEqual({ ok: false, failure: 'unreadable', detail: "Cannot read properties of undefined (reading 'length')" });
    expect(worker.terminated).toBe(true);
  });

  it('checks the worker’s answer and refuses one in an unknown shape', async () => {
    const worker = new SilentWorker();
    const reading = readWorkbookInWorker(new ArrayBuffer(8), { createWorker: () => worker.asWorker() });
    worker.onmessage?.(new MessageEvent('message', { data: { ok: true, sheets: [{ name: 'A', rows: [[1]] }] } }));
    expect(await reading.result).toMatchObject({ ok: false, failure: 'unreadable' });
  });

  it('sends the worker a copy of the bytes, so the caller keeps its own', () => {
    const worker = new SilentWorker();
    const data = new Uint8Array([1, 2, 3]).buffer;
    readWorkbookInWorker(data, { createWorker: () => worker.asWorker() }).cancel();
    const [message] = worker.posted as { type: string; data: ArrayBuffer }[];
    expect(message?.type).toBe('read');
    expect(message?.data).not.toBe(data);
    expect(data.byteLength).toBe(3);
  });

  it('without workers, reads a small file on the main thread and refuses a big one', async () => {
    const small = await readWorkbookInWorker(loadTestFile('multi-sheet.xlsx'), { createWorker: () => null }).result;
    expect(small.ok && small.sheets.map((sheet) => sheet.name)).toEqual(['Sales', 'Costs', 'Notes']);
    const big = await readWorkbookInWorker(new ArrayBuffer(mainThreadMaxBytes + 1), { createWorker: () => null }).result;
    expect(big).toMatchObject({ ok: false, failure: 'too-large' });
  });

  it('settles nothing after cancel', async () => {
    const worker = new SilentWorker();
    const settled = vi.fn();
    const reading = readWorkbookInWorker(new ArrayBuffer(8), { timeoutMs: 10, createWorker: () => worker.asWorker() });
    void reading.result.then(settled);
    reading.cancel();
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(settled).not.toHaveBeenCalled();
    expect(worker.terminated).toBe(true);
  });
});
