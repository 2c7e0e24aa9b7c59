import type { Transformer } from 'node:stream/web';

/** The upstream kept the stream open but sent nothing for longer than the proxy's upstream timeout. */
export class UpstreamIdleTimeoutError extends Error {
  override readonly name = 'UpstreamIdleTimeoutError';
}

/**
 * Passes `body` through, but errors it with `UpstreamIdleTimeoutError` (which cancels the upstream body and so
 * closes its connection) when no bytes arrive for `idleMs`. The SDK's own timeout stops at the response headers,
 * so without this a stream that stalls after its first events would hang the turn forever.
 *
 * Per chunk it only notes the time: one timer re-arms itself for the remaining silence, so the relay's hot path
 * pays no timer or promise per event.
 */
export function failWhenSilent(body: ReadableStream<Uint8Array>, idleMs: number): ReadableStream<Uint8Array> {
  let lastChunkAt = performance.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stop = () => clearTimeout(timer);
  // `cancel` (the reader gave up) is in the Streams standard and in Node 20, but not yet in TypeScript's lib.
  const watchdog: Transformer<Uint8Array, Uint8Array> & { cancel(): void } = {
    start(controller) {
      const check = () => {
        const silentFor = performance.now() - lastChunkAt;
        if (silentFor < idleMs) {
          timer = setTimeout(check, idleMs - silentFor);
          return;
        }
        controller.error(new UpstreamIdleTimeoutError(`The upstream sent nothing for ${idleMs} ms.`));
      };
      timer = setTimeout(check, idleMs);
    },
    transform(chunk, controller) {
      lastChunkAt = performance.now();
      controller.enqueue(chunk);
    },
    flush: stop,
    cancel: stop,
  };
  return body.pipeThrough(new TransformStream(watchdog));
}
