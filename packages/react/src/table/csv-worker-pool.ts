'use client';

/** Parser workers for every table on the page: a finished worker is kept warm for the next table, then ended when idle. */
export interface WorkerPool {
  /** A warm worker when one is idle, else a new one (null where workers cannot start). */
  acquire: () => Worker | null;
  /** A worker whose parse ended cleanly: kept for the next table if none is kept yet, else ended. */
  release: (worker: Worker) => void;
  /** A worker that was cancelled mid-parse or failed: ended at once. */
  discard: (worker: Worker) => void;
  /** Workers kept idle now (0 or 1). */
  idleCount: () => number;
}

/** How long a warm worker waits for the next table before it ends (so nothing stays alive on an idle page). */
export const idleWorkerMs = 10_000;

export function createWorkerPool(create: () => Worker | null, idleMs = idleWorkerMs): WorkerPool {
  let idle: Worker | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const clearTimer = (): void => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  return {
    acquire: () => {
      clearTimer();
      const warm = idle;
      idle = null;
      return warm ?? create();
    },
    release: (worker) => {
      if (idle !== null) {
        worker.terminate();
        return;
      }
      idle = worker;
      clearTimer();
      timer = setTimeout(() => {
        timer = null;
        idle?.terminate();
        idle = null;
      }, idleMs);
    },
    discard: (worker) => worker.terminate(),
    idleCount: () => (idle === null ? 0 : 1),
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

/** The pool every TableView on the page parses with. */
export const csvWorkerPool: WorkerPool = createWorkerPool(createCsvWorker);
