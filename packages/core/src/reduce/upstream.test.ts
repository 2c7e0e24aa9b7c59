import { describe, expect, it } from 'vitest';
import { foldEvents } from '../fold.js';
import { parseEvent } from '../parse-event.js';
import { reduce } from '../reduce.js';
import { response, userMessage } from '../test-support/reducer-fixtures.js';
import { syntheticStream } from '../test-support/synthetic-stream.js';

const created = (id: string, sequence_number: number) => ({ type: 'response.created', sequence_number, response: { id, status: 'in_progress', output: [] } });
const delta = (sequence_number?: number) => ({ type: 'response.code_interpreter_call_code.delta', sequence_number, output_index: 0, item_id: 'ci_1', delta: 'x' });

describe('reduce: which turn an upstream event belongs to', () => {
  it('the response of a user message joins the turn the user started', () => {
    const state = foldEvents([userMessage, created('resp_1', 0)]);
    expect(state.turns.map((turn) => [turn.id, turn.response?.id])).toEqual([['user_1', 'resp_1']]);
  });

  it('an item event with no turn yet opens one, which its response then names; another response id opens the next', () => {
    expect(foldEvents([delta(0)]).turns.map((turn) => turn.id)).toEqual(['turn-1']);
    const state = foldEvents([delta(0), created('resp_1', 1), created('resp_2', 0)]);
    expect(state.turns.map((turn) => [turn.id, turn.response?.id])).toEqual([['resp_1', 'resp_1'], ['resp_2', 'resp_2']]);
  });
});

describe('reduce: sequence numbers', () => {
  it('an event at or below the turn\'s last sequence number changes nothing, not even a new turn', () => {
    const state = foldEvents(syntheticStream(response));
    const replayed = syntheticStream(response).find((event) => event.type === 'response.code_interpreter_call_code.delta');
    expect(reduce(state, parseEvent(replayed))).toBe(state);
  });

  it('events without one apply in arrival order, with one diagnostic for the turn', () => {
    const state = foldEvents([created('resp_1', 0), delta(), delta(), delta()]);
    expect(state.turns[0]?.items[0]).toMatchObject({ code: 'xxx' });
    expect(state.turns[0]?.arrivalOrdered).toBe(true);
    expect(state.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.eventType])).toEqual([['missing_sequence_number', 'response.code_interpreter_call_code.delta']]);
  });

  it('a lifecycle event without one is not a missing sequence number (a non-streamed response)', () => {
    const state = foldEvents([{ type: 'response.completed', response: { id: 'resp_1', status: 'completed', output: [] } }]);
    expect(state.diagnostics).toEqual([]);
    expect(state.turns[0]?.arrivalOrdered).toBeUndefined();
  });
});
