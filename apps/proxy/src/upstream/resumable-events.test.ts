import { describe, expect, it } from 'vitest';
import { resumableEvents, StreamInterruptedError } from './resumable-events.js';
import { sseFrame } from '../turn/sse-frame.js';

/** An upstream body holding `events` (sequence numbers from..to), optionally cut off without its terminal event. */
function body(frames: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const frame of frames) controller.enqueue(encoder.encode(frame));
      controller.close();
    },
  });
}

function frames(from: number, to: number, last = 9): string[] {
  const list: string[] = [];
  for (let sequence = from; sequence <= to; sequence += 1) {
    const type = sequence === 0 ? 'response.created' : sequence === last ? 'response.completed' : 'response.output_text.delta';
    list.push(sseFrame(type, JSON.stringify({ type, sequence_number: sequence, ...(sequence === 0 || sequence === last ? { response: { id: 'resp_1' } } : { delta: `d${sequence}` }) })));
  }
  return list;
}

async function collect(generator: AsyncGenerator<{ sequenceNumber: number | null; type: string }>) {
  const seen: number[] = [];
  for await (const event of generator) seen.push(event.sequenceNumber ?? -1);
  return seen;
}

describe('resumableEvents', () => {
  it('resumes a dropped stream after the last event seen, skipping replayed events', async () => {
    const resumes: number[] = [];
    const seen = await collect(
      resumableEvents({
        open: () => Promise.resolve(body(frames(0, 4))),
        resume: (responseId, startingAfter) => {
          resumes.push(startingAfter);
          expect(responseId).toBe('resp_1');
          // An upstream that replays a little too much must not cause duplicates.
          return Promise.resolve(body(frames(startingAfter - 1, 9)));
        },
        maxResumes: 2,
        signal: new AbortController().signal,
        onMalformed: () => undefined,
        delay: () => Promise.resolve(),
      }),
    );
    expect(seen).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(resumes).toEqual([4]);
  });

  it('skips malformed events and reports them', async () => {
    const malformed: string[] = [];
    const seen = await collect(
      resumableEvents({
        open: () => Promise.resolve(body([...frames(0, 2), 'event: x\ndata: {not json\n\n', 'data: {"no_type":1}\n\n', 'data: {"type":"evil\\nevent: injected"}\n\n', ...frames(3, 9)])),
        resume: () => Promise.reject(new Error('not expected')),
        maxResumes: 0,
        signal: new AbortController().signal,
        onMalformed: ({ reason }) => malformed.push(reason),
      }),
    );
    expect(seen).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(malformed).toEqual(['data is not JSON', 'event has no type', 'event type has characters outside [A-Za-z0-9._-]']);
  });

  it('gives up after the bounded number of resumes', async () => {
    const run = collect(
      resumableEvents({
        open: () => Promise.resolve(body(frames(0, 2))),
        resume: (_id, after) => Promise.resolve(body(frames(after + 1, after + 1))),
        maxResumes: 2,
        signal: new AbortController().signal,
        onMalformed: () => undefined,
        delay: () => Promise.resolve(),
      }),
    );
    await expect(run).rejects.toBeInstanceOf(StreamInterruptedError);
  });
});
