import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWorkerPool } from './csv-worker-pool.js';

class StubWorker {
  terminated = false;
  terminate(): void {
    this.terminated = true;
  }
}

function stubPool() {
  const made: StubWorker[] = [];
  const pool = createWorkerPool(() => {
    const worker = new StubWorker();
    made.push(worker);
    return worker as unknown as Worker;
  }, 1_000);
  return { pool, made };
}

describe('createWorkerPool', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('hands a released worker to the next table instead of starting one', () => {
    const { pool, made } = stubPool();
    const first = pool.acquire();
    if (!first) throw new Error('no worker');
    pool.release(first);
    expect(pool.acquire()).toBe(first);
    expect(made).toHaveLength(1);
    expect(made[0]?.terminated).toBe(false);
  });

  it('keeps at most one idle worker: the others end when released', () => {
    const { pool, made } = stubPool();
    const a = pool.acquire();
    const b = pool.acquire();
    if (!a || !b) throw new Error('no worker');
    pool.release(a);
    pool.release(b);
    expect(pool.idleCount()).toBe(1);
    expect(made.map((worker) => worker.terminated)).toEqual([false, true]);
  });

  it('ends the idle worker once nothing asked for it for a while', () => {
    vi.useFakeTimers();
    const { pool, made } = stubPool();
    const worker = pool.acquire();
    if (!worker) throw new Error('no worker');
    pool.release(worker);
    vi.advanceTimersByTime(999);
    expect(made[0]?.terminated).toBe(false);
    vi.advanceTimersByTime(1);
    expect(made[0]?.terminated).toBe(true);
    expect(pool.idleCount()).toBe(0);
  });

  it('ends a discarded (cancelled) worker at once and never reuses it', () => {
    const { pool, made } = stubPool();
    const worker = pool.acquire();
    if (!worker) throw new Error('no worker');
    pool.discard(worker);
    expect(made[0]?.terminated).toBe(true);
    expect(pool.acquire()).not.toBe(worker);
  });
});
