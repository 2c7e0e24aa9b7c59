export interface RateLimiter {
  /** Counts one request for `client`; returns how long to wait in ms when over the limit, else 0. */
  take(client: string): number;
}

/**
 * A fixed-window counter per client, in memory: each instance behind a load balancer limits on its own,
 * which bounds the total at (instances × limit) without a shared store.
 */
export function createRateLimiter(options: { limit: number; windowMs: number; now?: () => number }): RateLimiter {
  const now = options.now ?? Date.now;
  const windows = new Map<string, { start: number; count: number }>();
  let lastSweep = now();
  return {
    take(client) {
      const time = now();
      if (time - lastSweep > options.windowMs) {
        for (const [key, window] of windows) if (time - window.start >= options.windowMs) windows.delete(key);
        lastSweep = time;
      }
      let window = windows.get(client);
      if (!window || time - window.start >= options.windowMs) {
        window = { start: time, count: 0 };
        windows.set(client, window);
      }
      window.count += 1;
      return window.count > options.limit ? window.start + options.windowMs - time : 0;
    },
  };
}
