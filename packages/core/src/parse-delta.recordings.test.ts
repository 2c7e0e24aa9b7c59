/**
 * The delta fast path on real streams: every recording (streamed events, then whole responses),
 * folded once through `parseEvent` and once with every event validated by zod, ends in the same
 * state, with and without sequence numbers.
 */
import { describe, expect, it } from 'vitest';
import { createInitialState } from './initial-state.js';
import { parseEvent, parseEventWithSchemas } from './parse-event.js';
import { parseDeltaFast } from './parse-delta.js';
import { reduce } from './reduce.js';
import type { ConversationState } from './state.js';
import { extraFixturesDirectory, listExtraRecordings, listRecordings, loadRecording, upstreamFixturesDirectory, withRecordings } from './test-support/upstream-recordings.js';

function wireEvents(name: string): string[] {
  const recording = loadRecording(name);
  return [...recording.streams.flat(), ...recording.responses.map((response) => ({ type: 'response.completed', response }))].map((event) => JSON.stringify(event));
}

function fold(events: readonly string[], parse: (input: unknown) => ReturnType<typeof parseEvent>): ConversationState {
  return events.reduce((state, event) => reduce(state, parse(event)), createInitialState());
}

function withoutSequenceNumber(event: string): string {
  const { sequence_number: _dropped, ...rest } = JSON.parse(event) as Record<string, unknown>;
  return JSON.stringify(rest);
}

function isFastDelta(event: string): boolean {
  const record = JSON.parse(event) as Record<string, unknown>;
  return typeof record['type'] === 'string' && parseDeltaFast(record, record['type']) !== null;
}

function checkRecordings(list: () => string[]): void {
  const names = list();

  it.each(names)('%s folds to the same state through the fast path and through zod, sequenced or not', (name) => {
    const events = wireEvents(name);
    expect(fold(events, parseEvent)).toEqual(fold(events, parseEventWithSchemas));
    const unsequenced = events.map(withoutSequenceNumber);
    expect(fold(unsequenced, parseEvent)).toEqual(fold(unsequenced, parseEventWithSchemas));
  });

  it('the recordings really take the fast path: most of their streamed events are deltas it accepts', () => {
    const events = names.flatMap(wireEvents);
    const fast = events.filter(isFastDelta).length;
    expect(fast).toBeGreaterThan(events.length / 2);
  });
}

withRecordings(upstreamFixturesDirectory, () => {
  describe('delta fast path on the upstream recordings', () => checkRecordings(listRecordings));
});

withRecordings(extraFixturesDirectory, () => {
  describe('delta fast path on the extra upstream recordings', () => checkRecordings(listExtraRecordings));
});
