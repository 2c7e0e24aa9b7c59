/**
 * A fetch answering every URL with `bytes` bytes in `chunks` pieces, `delayMs` apart, and counting
 * how many responses stream at once. Storybook has no server to be slow for us, so the network
 * delay is the one thing simulated here; everything after fetch (queue, progress, save) is real.
 */
export function createSlowFetch({ bytes = 64_000, chunks = 8, delayMs = 120, failPaths = [] as string[] } = {}) {
  const stats = { active: 0, peak: 0, started: 0 };
  const slowFetch: typeof fetch = (input) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (failPaths.some((path) => url.endsWith(path))) return Promise.resolve(new Response('gone', { status: 404 }));
    stats.active += 1;
    stats.started += 1;
    stats.peak = Math.max(stats.peak, stats.active);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        await new Promise((resolve) => setTimeout(resolve, delayMs));
        controller.enqueue(new Uint8Array(bytes / chunks));
        sent += 1;
        if (sent === chunks) {
          stats.active -= 1;
          controller.close();
        }
      },
    });
    return Promise.resolve(new Response(body, { headers: { 'content-length': String(bytes), 'content-type': 'application/octet-stream' } }));
  };
  return { fetch: slowFetch, stats };
}
