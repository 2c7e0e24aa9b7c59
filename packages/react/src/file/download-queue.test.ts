import { describe, expect, it } from 'vitest';
import { createDownloadQueue } from './download-queue.js';

function deferred() {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((resolvePromise, rejectPromise) => {
    resolve = resolvePromise;
    reject = rejectPromise;
  });
  return { promise, resolve, reject };
}

describe('createDownloadQueue', () => {
  it('never runs more than its limit at once and starts waiting tasks in order', async () => {
    const queue = createDownloadQueue(2);
    const gates = Array.from({ length: 5 }, deferred);
    const started: number[] = [];
    let running = 0;
    let peak = 0;
    const results = gates.map((gate, index) =>
      queue.run(async () => {
        started.push(index);
        running += 1;
        peak = Math.max(peak, running);
        await gate.promise;
        running -= 1;
        return index;
      }),
    );
    expect(started).toEqual([0, 1]);
    expect(queue.waiting).toBe(3);
    gates[1]?.resolve();
    await results[1];
    await Promise.resolve();
    expect(started).toEqual([0, 1, 2]);
    for (const gate of gates) gate.resolve();
    expect(await Promise.all(results)).toEqual([0, 1, 2, 3, 4]);
    expect(peak).toBe(2);
    expect(queue.active).toBe(0);
  });

  it('frees the slot of a failed task so the others still run', async () => {
    const queue = createDownloadQueue(1);
    const failing = queue.run(() => Promise.reject(new Error('boom')));
    const next = queue.run(() => Promise.resolve('ok'));
    await expect(failing).rejects.toThrow('boom');
    await expect(next).resolves.toBe('ok');
  });

  it('drops a waiting task when its signal aborts', async () => {
    const queue = createDownloadQueue(1);
    const gate = deferred();
    const first = queue.run(() => gate.promise);
    const controller = new AbortController();
    const second = queue.run(() => Promise.resolve('never'), controller.signal);
    controller.abort();
    await expect(second).rejects.toThrow();
    expect(queue.waiting).toBe(0);
    gate.resolve();
    await first;
  });

  it('rejects a limit that is not a positive integer with a clear error', () => {
    expect(() => createDownloadQueue(0)).toThrow('maxConcurrentDownloads must be a positive integer, got 0.');
  });
});
