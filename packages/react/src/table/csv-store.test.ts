import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CsvParseEvent } from './parse-csv-stream.js';
import { createCsvStore, createStaticCsvStore } from './csv-store.js';
import { createWorkerPool } from './csv-worker-pool.js';

const bigCsv = `n\n${'1\n'.repeat(600_000)}`;

describe('createCsvStore', () => {
  it('publishes the first rows while the rest is still parsing', async () => {
    const store = createCsvStore({ kind: 'text', text: bigCsv }, { useWorker: false });
    const seen: { status: string; rowCount: number }[] = [];
    store.subscribe(() => seen.push({ status: store.getSnapshot().status, rowCount: store.getSnapshot().rowCount }));
    const stop = store.start();
    await new Promise<void>((resolve) => store.subscribe(() => store.getSnapshot().status === 'done' && resolve()));
    stop();
    expect(seen[0]?.status).toBe('streaming');
    expect(seen[0]?.rowCount).toBeGreaterThan(0);
    expect(seen[0]?.rowCount).toBeLessThan(600_000);
    expect(store.getSnapshot().rowCount).toBe(600_000);
  });

  it('stops parsing when cancelled (as on unmount)', async () => {
    const store = createCsvStore({ kind: 'text', text: bigCsv }, { useWorker: false });
    const stop = store.start();
    await new Promise<void>((resolve) => store.subscribe(resolve));
    stop();
    const countAtStop = store.getSnapshot().rowCount;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(store.getSnapshot().rowCount).toBe(countAtStop);
    expect(store.getSnapshot().status).toBe('streaming');
  });

  it('starts over cleanly after a cancel (strict-mode remount)', async () => {
    const store = createCsvStore({ kind: 'text', text: 'a\n1\n2\n' }, { useWorker: false });
    store.start()();
    store.start();
    await new Promise<void>((resolve) => store.subscribe(() => store.getSnapshot().status === 'done' && resolve()));
    expect(store.getSnapshot().rowCount).toBe(2);
  });

  it('falls back to the main thread when no Worker exists (happy-dom)', async () => {
    const store = createCsvStore({ kind: 'text', text: 'a\n1\n' });
    store.start();
    await new Promise<void>((resolve) => store.subscribe(() => store.getSnapshot().status === 'done' && resolve()));
    expect(store.getSnapshot().rowCount).toBe(1);
  });
});

/** Stands in for the parsing worker: answers `start` with `chunks` chunk events in one task, then `done` a little later. */
class FakeWorker extends EventTarget {
  static instances: FakeWorker[] = [];
  static chunks = 50;
  terminated = false;
  constructor() {
    super();
    FakeWorker.instances.push(this);
  }
  postMessage(): void {
    setTimeout(() => {
      for (let index = 0; index < FakeWorker.chunks; index += 1) {
        const chunk: CsvParseEvent = { type: 'chunk', header: index === 0 ? ['n'] : null, rows: ['1', '2'], columnCount: 1, columnKinds: ['number'], progress: null, warnings: {} };
        this.dispatchEvent(new MessageEvent('message', { data: chunk }));
      }
      setTimeout(() => this.dispatchEvent(new MessageEvent('message', { data: { type: 'done', warnings: {} } })), 50);
    });
  }
  terminate(): void {
    this.terminated = true;
  }
}

describe('createCsvStore in a worker', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    FakeWorker.instances = [];
  });

  const fakePool = () => createWorkerPool(() => new FakeWorker() as unknown as Worker, 1_000);

  it('tells its listeners of the first rows at once, of the following chunks once a frame, and of the end at once', async () => {
    const store = createCsvStore({ kind: 'text', text: 'unused' }, { workerPool: fakePool() });
    const seen: { status: string; rowCount: number }[] = [];
    store.subscribe(() => seen.push({ status: store.getSnapshot().status, rowCount: store.getSnapshot().rowCount }));
    store.start();
    await vi.waitFor(() => expect(store.getSnapshot().status).toBe('done'));
    expect(seen).toEqual([
      { status: 'streaming', rowCount: 2 },
      { status: 'streaming', rowCount: 100 },
      { status: 'done', rowCount: 100 },
    ]);
  });

  it('hands the worker back to the pool when parsing ends, keeps the rows, and the next table reuses it', async () => {
    const pool = fakePool();
    const store = createCsvStore({ kind: 'text', text: 'unused' }, { workerPool: pool });
    store.start();
    await vi.waitFor(() => expect(store.getSnapshot().rowCount).toBe(100));
    expect(pool.idleCount()).toBe(0);
    await vi.waitFor(() => expect(store.getSnapshot().status).toBe('done'));
    expect(pool.idleCount()).toBe(1);
    expect(FakeWorker.instances[0]?.terminated).toBe(false);
    expect(store.getSnapshot()).toMatchObject({ header: ['n'], rowCount: 100 });

    const next = createCsvStore({ kind: 'text', text: 'unused' }, { workerPool: pool });
    next.start();
    await vi.waitFor(() => expect(next.getSnapshot().status).toBe('done'));
    expect(FakeWorker.instances).toHaveLength(1);
    // The first store no longer listens to the worker it gave back.
    expect(store.getSnapshot().rowCount).toBe(100);
    expect(next.getSnapshot().rowCount).toBe(100);
  });

  it('ends a worker cancelled mid-parse instead of reusing it', async () => {
    const pool = fakePool();
    const store = createCsvStore({ kind: 'text', text: 'unused' }, { workerPool: pool });
    const stop = store.start();
    await vi.waitFor(() => expect(store.getSnapshot().rowCount).toBeGreaterThan(0));
    stop();
    expect(FakeWorker.instances[0]?.terminated).toBe(true);
    expect(pool.idleCount()).toBe(0);
  });
});

describe('createStaticCsvStore', () => {
  it('takes the first row as header and infers kinds', () => {
    const snapshot = createStaticCsvStore([['k', 'v'], ['a', '1'], ['b', '2']]).getSnapshot();
    expect(snapshot).toMatchObject({ status: 'done', header: ['k', 'v'], rowCount: 2, columnKinds: ['text', 'number'] });
  });

  it('takes hundreds of thousands of rows (a capped spreadsheet sheet) and counts the widest row', () => {
    const rows = Array.from({ length: 300_000 }, (_, index) => (index === 299_999 ? ['1', '2', '3'] : ['1', '2']));
    const snapshot = createStaticCsvStore([['a', 'b'], ...rows]).getSnapshot();
    expect(snapshot).toMatchObject({ rowCount: 300_000, columnCount: 3 });
  });
});
