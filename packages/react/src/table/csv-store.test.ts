import { describe, expect, it } from 'vitest';
import { createCsvStore, createStaticCsvStore } from './csv-store.js';

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

describe('createStaticCsvStore', () => {
  it('takes the first row as header and infers kinds', () => {
    const snapshot = createStaticCsvStore([['k', 'v'], ['a', '1'], ['b', '2']]).getSnapshot();
    expect(snapshot).toMatchObject({ status: 'done', header: ['k', 'v'], rowCount: 2, columnKinds: ['text', 'number'] });
  });
});
