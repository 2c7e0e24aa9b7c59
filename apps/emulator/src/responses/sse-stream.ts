import type { FaultPlan } from '../faults.js';
import type { ResponseRun, StreamEvent } from './response-run.js';

const encoder = new TextEncoder();

export function sseFrame(event: StreamEvent): string {
  return `event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`;
}

export const sseHeaders = {
  'content-type': 'text/event-stream; charset=utf-8',
  'cache-control': 'no-cache',
  'x-content-type-options': 'nosniff',
};

/**
 * The SSE body for a run, from `startingAfter` on, applying the caller's stream faults:
 * drop (the connection is torn down), malformed line, stall. The run itself keeps going,
 * so a dropped reader can resume with `GET /v1/responses/{id}?stream=true&starting_after=N`.
 */
export function sseBody(run: ResponseRun, startingAfter: number, faults: FaultPlan, dropConnection?: () => void): ReadableStream<Uint8Array> {
  const abort = new AbortController();
  const events = run.eventsAfter(startingAfter, abort.signal);
  let sent = 0;
  let stalled = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (faults.dropAfter !== undefined && sent >= faults.dropAfter) {
        abort.abort();
        if (dropConnection) dropConnection();
        else controller.error(new Error('emulator fault: connection dropped'));
        return;
      }
      if (faults.stallAfter !== undefined && sent >= faults.stallAfter && !stalled) {
        stalled = true;
        // Without stall-ms the stream stalls until the client gives up.
        await new Promise<void>((resolve) => {
          if (faults.stallMs !== undefined) setTimeout(resolve, faults.stallMs);
          abort.signal.addEventListener('abort', () => resolve(), { once: true });
        });
        if (abort.signal.aborted) return;
      }
      const next = await events.next();
      if (next.done) {
        controller.close();
        return;
      }
      if (faults.malformedAfter !== undefined && sent === faults.malformedAfter) {
        controller.enqueue(encoder.encode(`event: ${next.value.type}\ndata: {"type":"${next.value.type}","sequence_number":\n\n`));
      }
      controller.enqueue(encoder.encode(sseFrame(next.value)));
      sent += 1;
    },
    cancel() {
      abort.abort();
    },
  });
}
