import { responseEcho } from '@execards/core';
import { readUpstreamEvents, type MalformedEventHandler, type UpstreamEvent } from './upstream-events.js';
import { UpstreamIdleTimeoutError } from './upstream-idle-timeout.js';

const terminalTypes = new Set(['response.completed', 'response.failed', 'response.incomplete']);

export function isTerminalEvent(type: string): boolean {
  return terminalTypes.has(type);
}

/** The upstream stream ended before its last event and could not be resumed. */
export class StreamInterruptedError extends Error {
  override readonly name = 'StreamInterruptedError';
}

export interface ResumableEventsOptions {
  open(): Promise<ReadableStream<Uint8Array>>;
  /** Reopens the stream of `responseId` after the event numbered `startingAfter`. */
  resume(responseId: string, startingAfter: number): Promise<ReadableStream<Uint8Array>>;
  maxResumes: number;
  signal: AbortSignal;
  onMalformed: MalformedEventHandler;
  onResume?(details: { responseId: string; startingAfter: number; attempt: number; cause: unknown }): void;
  /** Waits before a resume attempt; replaced in tests of timing-free paths. */
  delay?(attempt: number): Promise<void>;
  /** When `open` itself continues a known response after a known event (a browser resuming a turn). */
  continuing?: { responseId: string; startingAfter: number };
}

function responseIdOf(event: UpstreamEvent): string | null {
  return responseEcho(event.payload).id || null;
}

const defaultDelay = (attempt: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.min(100 * 2 ** (attempt - 1), 2000)));

/**
 * Yields a response's events once each, in order, across dropped connections: when the stream ends before a
 * terminal event it is reopened with `starting_after` the last sequence number seen, and anything at or
 * below that number is skipped, so nothing is duplicated or lost.
 */
export async function* resumableEvents(options: ResumableEventsOptions): AsyncGenerator<UpstreamEvent> {
  const delay = options.delay ?? defaultDelay;
  let body = await options.open();
  let responseId: string | null = options.continuing?.responseId ?? null;
  let lastSequence = options.continuing?.startingAfter ?? -1;
  let resumes = 0;
  for (;;) {
    let finished = false;
    let sawError = false;
    let cause: unknown = new Error('the stream ended before its last event');
    try {
      for await (const event of readUpstreamEvents(body, options.onMalformed)) {
        responseId ??= responseIdOf(event);
        if (event.sequenceNumber !== null) {
          if (event.sequenceNumber <= lastSequence) continue;
          lastSequence = event.sequenceNumber;
        }
        if (event.type === 'error') sawError = true;
        yield event;
        if (isTerminalEvent(event.type)) finished = true;
      }
    } catch (error) {
      // A stalled upstream is given up on, not reopened: it would most likely stall again.
      if (options.signal.aborted || error instanceof UpstreamIdleTimeoutError) throw error;
      cause = error;
    }
    if (finished || sawError || options.signal.aborted) return;
    if (responseId === null || resumes >= options.maxResumes) {
      throw new StreamInterruptedError(`The upstream stream was interrupted after event ${lastSequence} and could not be resumed.`, { cause });
    }
    resumes += 1;
    options.onResume?.({ responseId, startingAfter: lastSequence, attempt: resumes, cause });
    await delay(resumes);
    body = await options.resume(responseId, lastSequence);
  }
}
