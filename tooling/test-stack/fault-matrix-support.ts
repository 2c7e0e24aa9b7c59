import { EventSourceParserStream } from 'eventsource-parser/stream';
import { expect } from 'vitest';
import { sseFrame } from '../../apps/proxy/src/turn/sse-frame.js';

export { csvTurnText } from './load-support.js';

/** An upstream event as the browser received it (parsed JSON). */
export type ReceivedEvent = Record<string, unknown>;

/** What a turn left on screen: the answer's text and the generated files it named. */
export interface TurnOutcome {
  text: string;
  filenames: string[];
}

/** The answer's text as the user reads it: every `output_text.done`, in order. */
export function finalText(events: readonly ReceivedEvent[]): string {
  return events
    .filter((event) => event['type'] === 'response.output_text.done')
    .map((event) => String(event['text']))
    .join('\n');
}

export function outcomeOf(events: readonly ReceivedEvent[], files: readonly { filename: string }[]): TurnOutcome {
  return { text: finalText(events), filenames: files.map((file) => file.filename).sort() };
}

/** Index of the first event of `type` in a stream; fails the test when there is none. */
export function firstIndexOf(events: readonly ReceivedEvent[], type: string): number {
  const index = events.findIndex((event) => event['type'] === type);
  expect(index, `the stream has a ${type}`).toBeGreaterThanOrEqual(0);
  return index;
}

/**
 * The matrix's invariant: the upstream events the browser got are numbered 0..n once each, in order, end with
 * `response.completed`, and the answer equals the one the same message got without any fault.
 */
export function expectNothingLostOrRepeated(events: readonly ReceivedEvent[], outcome: TurnOutcome, unfaulted: TurnOutcome): void {
  const numbers = events.map((event) => event['sequence_number']);
  expect(numbers).toEqual(numbers.map((_, index) => index));
  expect(events.at(-1)?.['type']).toBe('response.completed');
  expect(outcome).toEqual(unfaulted);
}

/** The type the spliced event has: one no version of the API (nor `packages/core`) knows. */
export const unknownEventType = 'response.future_feature.added';

/**
 * A fetch for the proxy's SDK that splices an event of an unknown type into the first `POST …/responses` stream,
 * right after the event numbered `after`, renumbering the rest so the stream stays gap-free as a real upstream's
 * would. This is a middlebox on a real emulator stream, not a mock: the emulator cannot emit unknown events itself
 * without a change in its `responses/sse-stream.ts`, which this helper's owner does not own.
 */
export function spliceUnknownEvent(after: number): typeof globalThis.fetch {
  let left = 1;
  return async (input, init) => {
    const request = new Request(input, init);
    const response = await fetch(request);
    const isTurn = request.method === 'POST' && new URL(request.url).pathname.endsWith('/responses');
    if (left === 0 || !isTurn || !response.body || !response.headers.get('content-type')?.startsWith('text/event-stream')) return response;
    left -= 1;
    const encoder = new TextEncoder();
    const body = response.body
      .pipeThrough(new TextDecoderStream())
      .pipeThrough(new EventSourceParserStream())
      .pipeThrough(
        new TransformStream<{ data: string }, Uint8Array>({
          transform(message, controller) {
            const event = JSON.parse(message.data) as ReceivedEvent;
            const sequence = Number(event['sequence_number']);
            const renumbered = sequence > after ? { ...event, sequence_number: sequence + 1 } : event;
            controller.enqueue(encoder.encode(sseFrame(String(event['type']), JSON.stringify(renumbered))));
            if (sequence === after) {
              const unknown = { type: unknownEventType, sequence_number: after + 1, feature: { id: 'ff_1', detail: 'not in any schema' } };
              controller.enqueue(encoder.encode(sseFrame(unknownEventType, JSON.stringify(unknown))));
            }
          },
        }),
      );
    return new Response(body, { status: response.status, headers: response.headers });
  };
}
