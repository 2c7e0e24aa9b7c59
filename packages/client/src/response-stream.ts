import type { ParsedEvent } from '@execards/core';
import { isAbortError, ProxyError } from './errors.js';

/** Opens the SSE body of a turn, or of its continuation after `startingAfter` for one response. */
export interface StreamSource {
  open(): Promise<ReadableStream<Uint8Array<ArrayBuffer>>>;
  resume(responseId: string, startingAfter: number): Promise<ReadableStream<Uint8Array<ArrayBuffer>>>;
  read(body: ReadableStream<Uint8Array<ArrayBuffer>>): AsyncIterable<ParsedEvent>;
}

export interface ResumeOptions {
  /** How many consecutive drops are resumed before giving up. */
  maxResumes: number;
  /** Wait before resume attempt `attempt` (1-based). */
  delayMs(attempt: number): number;
  signal?: AbortSignal;
  /** Called when a broken connection is about to be resumed (`attempt` is 1-based). */
  onReconnecting?: (attempt: number) => void;
  /** When `open` continues a known response after a known event (a turn picked up again after a reload). */
  continuing?: { responseId: string; startingAfter: number };
}

function responseIdOf(event: ParsedEvent): string | null {
  if (!('response' in event)) return null;
  const response: unknown = event.response;
  return typeof response === 'object' && response !== null && 'id' in response && typeof response.id === 'string' ? response.id : null;
}

function sequenceNumberOf(event: ParsedEvent): number | null {
  return 'sequence_number' in event && typeof event.sequence_number === 'number' ? event.sequence_number : null;
}

function wait(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason as Error);
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason as Error);
    }, { once: true });
  });
}

/**
 * The events of one turn, surviving dropped connections: the proxy always ends a turn with
 * `proxy.conversation`, so a body that ends (or fails) before it was cut. The stream is then reopened after the
 * last `sequence_number` seen for the current response, and any event at or below it is dropped, so a
 * consumer sees every event exactly once.
 */
export async function* resumableTurn(source: StreamSource, options: ResumeOptions): AsyncGenerator<ParsedEvent, void, undefined> {
  const lastSequence = new Map<string, number>();
  let responseId: string | null = options.continuing?.responseId ?? null;
  if (options.continuing) lastSequence.set(options.continuing.responseId, options.continuing.startingAfter);
  let body: ReadableStream<Uint8Array<ArrayBuffer>> | null = await source.open();
  let drops = 0;
  for (;;) {
    let finished = false;
    if (body !== null) {
      try {
        for await (const event of source.read(body)) {
          // Events already buffered when the signal fired are not delivered.
          if (options.signal?.aborted) throw options.signal.reason as Error;
          const id = responseIdOf(event);
          if (id !== null) responseId = id;
          const sequence = sequenceNumberOf(event);
          if (sequence !== null) {
            const key = responseId ?? '';
            if (sequence <= (lastSequence.get(key) ?? -1)) continue;
            lastSequence.set(key, sequence);
          }
          drops = 0;
          if (event.type === 'proxy.conversation') finished = true;
          yield event;
        }
      } catch (error) {
        if (options.signal?.aborted || isAbortError(error)) throw error;
        // Anything else while reading is a broken connection: resumed below.
      }
    }
    if (finished) return;
    if (options.signal?.aborted) throw options.signal.reason as Error;
    drops += 1;
    if (responseId === null) {
      throw new ProxyError('The connection was lost before the answer started. Please try again.', null, 'stream_interrupted', true);
    }
    if (drops > options.maxResumes) {
      throw new ProxyError('The connection was lost and could not be resumed. Please try again.', null, 'stream_interrupted', true);
    }
    options.onReconnecting?.(drops);
    await wait(options.delayMs(drops), options.signal);
    try {
      body = await source.resume(responseId, lastSequence.get(responseId) ?? -1);
    } catch (error) {
      // Still offline: counts as one more drop; a refusal from the server ends the turn.
      if (error instanceof ProxyError && error.code === 'network_error') body = null;
      else throw error;
    }
  }
}
