import { ProxyError } from './errors.js';

/**
 * Passes a body's bytes through, and fails it when nothing (not even the proxy's heartbeat comment) arrived for
 * `idleMs`: a connection that died without a reset (a sleeping laptop, a mobile handover, a half-open NAT entry)
 * otherwise hangs forever. The failure reads like any other broken connection, so the turn is resumed.
 */
export function failWhenIdle(body: ReadableStream<Uint8Array<ArrayBuffer>>, idleMs: number): ReadableStream<Uint8Array<ArrayBuffer>> {
  if (!(idleMs > 0) || !Number.isFinite(idleMs)) return body;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stop = () => clearTimeout(timer);
  const watchdog = new TransformStream<Uint8Array<ArrayBuffer>, Uint8Array<ArrayBuffer>>({
    start(controller) {
      timer = setTimeout(() => controller.error(silence()), idleMs);
    },
    transform(chunk, controller) {
      stop();
      timer = setTimeout(() => controller.error(silence()), idleMs);
      controller.enqueue(chunk);
    },
    flush: stop,
  });
  // Erroring the watchdog cancels `body` through the pipe, which closes the silent connection.
  return body.pipeThrough(watchdog);
}

function silence(): ProxyError {
  return new ProxyError('The connection went silent.', null, 'stream_idle', true);
}
