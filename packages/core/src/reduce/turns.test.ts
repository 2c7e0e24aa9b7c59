import { describe, expect, it } from 'vitest';
import { foldEvents } from '../fold.js';
import { reduce } from '../reduce.js';
import { cardOf, lastTurn, response } from '../test-support/reducer-fixtures.js';
import { syntheticStream } from '../test-support/synthetic-stream.js';

describe('reduce: turns and resumed streams', () => {
  it('a second response id starts a second turn', () => {
    const second = syntheticStream({ ...response, responseId: 'resp_2' });
    const state = foldEvents([...syntheticStream(response), ...second]);
    expect(state.turns.map((turn) => turn.id)).toEqual(['resp_1', 'resp_2']);
    expect(state.turns[1]?.lastSequenceNumber).toBe(second.length - 1);
  });

  it('a stream resumed after some events (starting_after) continues the same card', () => {
    const events = syntheticStream(response);
    const cut = events.findIndex((event) => event.type === 'response.code_interpreter_call_code.delta') + 1;
    const resumed = foldEvents([...events.slice(0, cut), ...events.slice(cut - 2)]);
    expect(resumed).toEqual(foldEvents(events));
  });

  it('a delta for an item never announced (joined late) creates it', () => {
    const state = foldEvents([{ type: 'response.code_interpreter_call_code.delta', sequence_number: 40, output_index: 0, item_id: 'ci_9', delta: 'print(1)' }]);
    expect(cardOf(state, 'ci_9')).toMatchObject({ code: 'print(1)', status: 'in_progress', codeComplete: false });
  });
});

describe('reduce: the user stops a turn', () => {
  const events = syntheticStream(response);
  const interpreting = events.findIndex((event) => event.type === 'response.code_interpreter_call.interpreting');
  const midCall = events.slice(0, interpreting + 1);

  it('a stop marks the response cancelled and running calls incomplete; a second stop changes nothing', () => {
    const stopped = foldEvents([...midCall, { type: 'conversation.stopped' }]);
    expect(lastTurn(stopped).response?.status).toBe('cancelled');
    expect(cardOf(stopped)).toMatchObject({ status: 'incomplete', error: { code: 'stopped' } });
    expect(reduce(stopped, { type: 'conversation.stopped' })).toBe(stopped);
  });

  it('a stop with no turn, or after the response settled, changes nothing', () => {
    const empty = foldEvents([]);
    expect(reduce(empty, { type: 'conversation.stopped' })).toBe(empty);
    const done = foldEvents(events);
    expect(reduce(done, { type: 'conversation.stopped' })).toBe(done);
  });
});
