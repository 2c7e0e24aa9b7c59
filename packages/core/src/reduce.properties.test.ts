/**
 * Properties of the reducer over generated valid streams (fast-check): cut anywhere, with
 * duplicated and unknown events mixed in, it never throws and the answers stay the same.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createInitialState } from './initial-state.js';
import { parseEvent, parseEventWithSchemas } from './parse-event.js';
import { reduce } from './reduce.js';
import { parseSandboxLinks } from './sandbox-links.js';
import type { ConversationState, Turn } from './state.js';
import { syntheticStream, type SyntheticItem, type SyntheticResponse } from './test-support/synthetic-stream.js';

type WireEvent = ReturnType<typeof syntheticStream>[number];

const markdownToken = fc.constantFrom(
  '**Chart**',
  '\n',
  '\n\n',
  '[*Generating…*]',
  '(sandbox:/mnt/data/a.png)',
  '](sandbox:/mnt/data/b c (1).csv)',
  '[x',
  '](',
  '(',
  ')',
  '!',
  ' ',
  'é😀',
  '<',
  '>',
  'javascript:',
  '[x](sand',
  'box:/mnt/data/q.png)',
  '\n**Title**\n[*Generating…*](sandbox:/mnt/data/t.csv)',
);
const textChunk = fc.array(fc.oneof(markdownToken, fc.string({ maxLength: 3 })), { maxLength: 4 }).map((parts) => parts.join(''));
const codeChunk = fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('\r\n', '\n', "plt.savefig('/mnt/data/a.png')"));

let nextId = 0;
const item: fc.Arbitrary<SyntheticItem> = fc.oneof(
  fc.record({ codeChunks: fc.array(codeChunk, { maxLength: 10 }), logs: fc.option(fc.string({ maxLength: 8 })) }).map(
    ({ codeChunks, logs }): SyntheticItem => ({ kind: 'call', id: `ci_${(nextId += 1)}`, codeChunks, logs }),
  ),
  fc.record({ textChunks: fc.array(textChunk, { maxLength: 10 }), cited: fc.subarray(['a.png', 'b c (1).csv', 'cfile_9.png']) }).map(
    ({ textChunks, cited }): SyntheticItem => ({ kind: 'message', id: `msg_${(nextId += 1)}`, textChunks, citedFiles: cited }),
  ),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 4 }).map((summaryChunks): SyntheticItem => ({ kind: 'reasoning', id: `rs_${(nextId += 1)}`, summaryChunks })),
);
const responseSpec: fc.Arbitrary<SyntheticResponse> = fc.array(item, { maxLength: 5 }).map((items) => ({ responseId: 'resp_p', containerId: 'cntr_p', items }));
const stream = responseSpec.map((spec) => ({ spec, events: syntheticStream(spec) }));

function fold(events: readonly unknown[], state: ConversationState = createInitialState()): ConversationState {
  return events.reduce<ConversationState>((current, event) => reduce(current, parseEvent(event)), state);
}

function turnOf(state: ConversationState): Turn | undefined {
  return state.turns[0];
}

/** Inserts copies of earlier events (same sequence number) after their originals. */
function withDuplicates(events: readonly WireEvent[], picks: readonly [number, number][]): WireEvent[] {
  const result = [...events];
  for (const [from, offset] of picks) {
    if (result.length === 0) break;
    const source = from % result.length;
    const original = result[source];
    if (original) result.splice(Math.min(result.length, source + 1 + (offset % 4)), 0, structuredClone(original));
  }
  return result;
}

const runs = { numRuns: Number(process.env["PROPERTY_RUNS"] ?? 150) };

describe('reducer properties', { timeout: 60_000 }, () => {
  it('the delta fast path gives the state full zod validation gives, at every point of a stream, sequenced or not', () => {
    fc.assert(
      fc.property(stream, fc.boolean(), ({ events }, withoutSequenceNumbers) => {
        const wire = withoutSequenceNumbers ? events.map(({ sequence_number: _dropped, ...event }) => event) : events;
        let fast = createInitialState();
        let validated = createInitialState();
        for (const event of wire) {
          const text = JSON.stringify(event);
          fast = reduce(fast, parseEvent(text));
          validated = reduce(validated, parseEventWithSchemas(text));
          expect(fast).toEqual(validated);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('never throws and never diagnoses a valid stream cut at any point, with duplicates and unknown events', () => {
    fc.assert(
      fc.property(stream, fc.nat(), fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 6 }), fc.array(fc.nat(), { maxLength: 4 }), ({ events }, cut, duplicatePicks, unknownAt) => {
        const prefix = events.slice(0, cut % (events.length + 1));
        const mixed: unknown[] = withDuplicates(prefix, duplicatePicks);
        for (const position of unknownAt) mixed.splice(position % (mixed.length + 1), 0, { type: 'response.something_new', payload: { nested: true } });
        const state = fold(mixed);
        expect(state.diagnostics).toEqual([]);
        expect(state.unknownEventCount).toBe(unknownAt.length);
      }),
      runs,
    );
  });

  it('duplicated events change nothing', () => {
    fc.assert(
      fc.property(stream, fc.nat(), fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 8 }), ({ events }, cut, duplicatePicks) => {
        const prefix = events.slice(0, cut % (events.length + 1));
        expect(fold(withDuplicates(prefix, duplicatePicks))).toEqual(fold(prefix));
      }),
      runs,
    );
  });

  it('unknown events change nothing but their count', () => {
    fc.assert(
      fc.property(stream, fc.array(fc.nat(), { minLength: 1, maxLength: 5 }), ({ events }, positions) => {
        const mixed: unknown[] = [...events];
        for (const position of positions) mixed.splice(position % (mixed.length + 1), 0, { type: 'response.future_event', data: position });
        expect({ ...fold(mixed), unknownEventCount: 0 }).toEqual(fold(events));
      }),
      runs,
    );
  });

  it('at every point of the stream, code equals the concatenation of its deltas, and streamed links equal a full parse', () => {
    fc.assert(
      fc.property(stream, ({ events }) => {
        let state = createInitialState();
        const deltas = new Map<string, string>();
        for (const event of events) {
          state = reduce(state, parseEvent(event));
          if (event.type === 'response.code_interpreter_call_code.delta') {
            const id = event['item_id'] as string;
            deltas.set(id, (deltas.get(id) ?? '') + (event['delta'] as string));
          }
          for (const output of turnOf(state)?.items ?? []) {
            if (output.kind === 'execution') expect(output.code).toBe(deltas.get(output.id) ?? '');
            if (output.kind === 'message') expect(output.links).toEqual(parseSandboxLinks(output.text));
          }
        }
      }),
      runs,
    );
  });

  it('the final state equals the one from the *.done events alone, and from the final response alone', () => {
    fc.assert(
      fc.property(stream, ({ events }) => {
        const full = turnOf(fold(events));
        const doneOnly = turnOf(fold(events.filter((event) => event.type === 'response.created' || event.type.endsWith('.done'))));
        const completed = events.at(-1);
        const finalOnly = turnOf(fold([completed]));
        expect(doneOnly?.items).toEqual(full?.items);
        expect(finalOnly?.items).toEqual(full?.items);
        expect(finalOnly?.response).toEqual(full?.response);
      }),
      runs,
    );
  });

  it('a state serialized and restored before every event continues exactly as the live one', () => {
    fc.assert(
      fc.property(stream, ({ events }) => {
        let live = createInitialState();
        let restored = createInitialState();
        for (const event of events) {
          live = reduce(live, parseEvent(event));
          restored = reduce(JSON.parse(JSON.stringify(restored)) as ConversationState, parseEvent(event));
          expect(restored).toEqual(live);
        }
      }),
      runs,
    );
  });

  it('files named by citations are the same whichever way the stream is cut and resumed', () => {
    fc.assert(
      fc.property(stream, fc.nat(), ({ events }, cut) => {
        const at = cut % (events.length + 1);
        // A resumed stream replays from an earlier sequence number (starting_after): overlap is ignored.
        const resumed = [...events.slice(0, at), ...events.slice(Math.max(0, at - 3))];
        expect(fold(resumed)).toEqual(fold(events));
      }),
      runs,
    );
  });
});
