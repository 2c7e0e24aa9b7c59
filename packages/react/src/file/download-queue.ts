export type DownloadTask<T> = (signal: AbortSignal) => Promise<T>;

export interface DownloadQueue {
  /** Runs `task` when a slot is free; the promise settles with the task. Aborting before it starts removes it. */
  run<T>(task: DownloadTask<T>, signal?: AbortSignal): Promise<T>;
  readonly active: number;
  readonly waiting: number;
  readonly maxConcurrent: number;
}

interface Waiting {
  start(): void;
}

/**
 * One queue for every download of a page: at most `maxConcurrent` tasks run at once, the rest wait
 * in order. A failing task frees its slot like a finished one, so one failure never blocks the others.
 */
export function createDownloadQueue(maxConcurrent: number): DownloadQueue {
  if (!Number.isInteger(maxConcurrent) || maxConcurrent < 1) throw new RangeError(`maxConcurrentDownloads must be a positive integer, got ${String(maxConcurrent)}.`);
  let active = 0;
  const waiting: Waiting[] = [];

  function startNext() {
    while (active < maxConcurrent && waiting.length > 0) waiting.shift()?.start();
  }

  return {
    run<T>(task: DownloadTask<T>, signal?: AbortSignal) {
      return new Promise<T>((resolve, reject) => {
        const controller = new AbortController();
        const entry: Waiting = {
          start() {
            active += 1;
            task(controller.signal)
              .then(resolve, reject)
              .finally(() => {
                active -= 1;
                startNext();
              });
          },
        };
        signal?.addEventListener('abort', () => {
          const index = waiting.indexOf(entry);
          if (index >= 0) {
            waiting.splice(index, 1);
            reject(signal.reason instanceof Error ? signal.reason : new DOMException('Aborted', 'AbortError'));
          } else {
            controller.abort(signal.reason);
          }
        }, { once: true });
        waiting.push(entry);
        startNext();
      });
    },
    get active() {
      return active;
    },
    get waiting() {
      return waiting.length;
    },
    maxConcurrent,
  };
}
