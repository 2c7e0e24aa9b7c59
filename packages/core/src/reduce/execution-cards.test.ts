import { describe, expect, it } from 'vitest';
import { parseEvent } from '../parse-event.js';
import { reduce } from '../reduce.js';
import { executionOutcome } from '../execution-outcome.js';
import { foldEvents } from '../fold.js';
import { persistedStateVersion, restoreConversation, serializeConversation } from '../persistence.js';
import { cardOf, lastTurn, response } from '../test-support/reducer-fixtures.js';
import { syntheticStream } from '../test-support/synthetic-stream.js';

describe('reduce: the final item decides how a call ended', () => {
  const events = syntheticStream(response);
  const interpreting = events.findIndex((event) => event.type === 'response.code_interpreter_call.interpreting');
  const midCall = events.slice(0, interpreting + 1);
  const traceback = "Traceback (most recent call last):\n  File \"<cell 1>\", line 2, in <module>\nFileNotFoundError: [Errno 2] No such file or directory: '/mnt/data/sales.csv'\n";
  const completedEvent = { type: 'response.code_interpreter_call.completed', sequence_number: interpreting + 1, output_index: 1, item_id: 'ci_1' };
  function itemDone(status: string, logs: string, sequenceNumber = interpreting + 2) {
    return {
      type: 'response.output_item.done',
      sequence_number: sequenceNumber,
      output_index: 1,
      item: { id: 'ci_1', type: 'code_interpreter_call', status, code: 'open("/mnt/data/sales.csv")', container_id: 'cntr_1', outputs: [{ type: 'logs', logs }] },
    };
  }

  it('code_interpreter_call.completed, then output_item.done failed: the call failed', () => {
    const afterCompleted = foldEvents([...midCall, completedEvent]);
    expect(cardOf(afterCompleted).status).toBe('completed');
    const next = foldEvents([itemDone('failed', 'partial output\n')], { state: afterCompleted });
    expect(cardOf(next)).toMatchObject({ status: 'failed', code: 'open("/mnt/data/sales.csv")', logs: 'partial output\n', codeComplete: true });
    expect(next.diagnostics).toEqual([]);
  });

  it('response.completed output is authoritative too: a call it reports failed is failed', () => {
    const done = itemDone('failed', 'x\n');
    const completed = { type: 'response.completed', sequence_number: interpreting + 2, response: { id: 'resp_1', status: 'completed', output: [done.item] } };
    expect(cardOf(foldEvents([...midCall, completedEvent, completed])).status).toBe('failed');
  });

  it('logs ending in a traceback make a call failed although the service reports it completed', () => {
    const next = foldEvents([...midCall, completedEvent, itemDone('completed', `loading\n${traceback}`)]);
    expect(cardOf(next)).toMatchObject({
      status: 'failed',
      error: { code: 'FileNotFoundError', message: "FileNotFoundError: [Errno 2] No such file or directory: '/mnt/data/sales.csv'" },
      logs: `loading\n${traceback}`,
    });
    expect(executionOutcome(cardOf(next))).toMatchObject({ kind: 'raised', exception: { name: 'FileNotFoundError', message: "[Errno 2] No such file or directory: '/mnt/data/sales.csv'" } });
  });

  it('a non-streamed response with a traceback call folds to a failed call', () => {
    const done = itemDone('completed', traceback);
    const state = foldEvents([{ type: 'response.completed', response: { id: 'resp_2', status: 'completed', output: [done.item] } }]);
    expect(cardOf(state).status).toBe('failed');
    expect(lastTurn(state).response?.status).toBe('completed');
  });

  it('a traceback that was caught and printed, with output after it, is not an error', () => {
    const next = foldEvents([...midCall, completedEvent, itemDone('completed', `${traceback}recovered: using defaults\ndone\n`)]);
    expect(cardOf(next)).toMatchObject({ status: 'completed', error: null });
  });

  it('an output_item.added cannot revive a settled call, but the final item can settle it again', () => {
    const settled = foldEvents([...midCall, completedEvent]);
    const added = { type: 'response.output_item.added', sequence_number: interpreting + 2, output_index: 1, item: { id: 'ci_1', type: 'code_interpreter_call', status: 'in_progress', code: '', container_id: 'cntr_1', outputs: null } };
    expect(cardOf(foldEvents([added], { state: settled })).status).toBe('completed');
  });

  it('the outcome survives a save and a reload, and a call saved as completed with a traceback comes back failed', () => {
    const next = foldEvents([...midCall, completedEvent, itemDone('failed', traceback)]);
    const restored = restoreConversation(serializeConversation(next));
    expect(restored.ok && cardOf(restored.state).status).toBe('failed');
    // Saved by a version that trusted code_interpreter_call.completed.
    const old = { ...next, turns: next.turns.map((turn) => ({ ...turn, items: turn.items.map((item) => (item.kind === 'execution' ? { ...item, status: 'completed', error: null } : item)) })) };
    const reloaded = restoreConversation(JSON.stringify({ version: persistedStateVersion, state: old }));
    expect(reloaded.ok && cardOf(reloaded.state)).toMatchObject({ status: 'failed', error: { code: 'FileNotFoundError' } });
  });

  it('a call the user stopped reads as stopped, not failed', () => {
    const stopped = foldEvents([...midCall, { type: 'conversation.stopped', reason: 'Stopped by the user.' }]);
    expect(cardOf(stopped)).toMatchObject({ status: 'incomplete', error: { code: 'stopped', message: 'Stopped by the user.' } });
    expect(executionOutcome(cardOf(stopped))).toEqual({ kind: 'stopped' });
    const cut = foldEvents([...midCall, { type: 'response.incomplete', sequence_number: interpreting + 1, response: { id: 'resp_1', status: 'incomplete', incomplete_details: { reason: 'max_output_tokens' }, output: [] } }]);
    expect(executionOutcome(cardOf(cut))).toEqual({ kind: 'incomplete' });
  });
});

describe('reduce: execution cards while streaming', () => {
  const events = syntheticStream(response);
  const interpreting = events.findIndex((event) => event.type === 'response.code_interpreter_call.interpreting');
  const midCall = events.slice(0, interpreting + 1);

  it('shows code live and marks it complete at code.done, then interpreting', () => {
    const upTo = (type: string) => foldEvents(events.slice(0, events.findIndex((event) => event.type === type) + 1));
    expect(cardOf(upTo('response.code_interpreter_call_code.delta'))).toMatchObject({ code: 'import matplotlib\r\n', codeComplete: false, status: 'in_progress' });
    expect(cardOf(upTo('response.code_interpreter_call_code.done'))).toMatchObject({ codeComplete: true, status: 'in_progress' });
    expect(cardOf(upTo('response.code_interpreter_call.interpreting'))).toMatchObject({ status: 'interpreting', outputs: null });
  });

  it('a late status event cannot revive a settled call', () => {
    const state = foldEvents(events);
    const late = reduce(state, parseEvent({ type: 'response.code_interpreter_call.in_progress', sequence_number: 5000, output_index: 1, item_id: 'ci_1' }));
    expect(cardOf(late).status).toBe('completed');
  });

  it('a failed call shows its traceback in logs', () => {
    const traceback = 'Traceback (most recent call last):\n  File "<stdin>", line 1\nZeroDivisionError: division by zero';
    const done = {
      type: 'response.output_item.done',
      sequence_number: interpreting + 1,
      output_index: 1,
      item: { id: 'ci_1', type: 'code_interpreter_call', status: 'failed', code: '1/0', container_id: 'cntr_1', outputs: [{ type: 'logs', logs: traceback }] },
    };
    const next = foldEvents([...midCall, done]);
    expect(cardOf(next)).toMatchObject({ status: 'failed', code: '1/0', logs: traceback });
  });

  it('a code delta makes the card code grow and changes nothing else of it', () => {
    const before = foldEvents(events.slice(0, events.findIndex((event) => event.type === 'response.code_interpreter_call_code.delta') + 1));
    const after = reduce(before, parseEvent({ type: 'response.code_interpreter_call_code.delta', sequence_number: 1000, output_index: 1, item_id: 'ci_1', delta: 'x = 1' }));
    expect(cardOf(after)).toEqual({ ...cardOf(before), code: `${cardOf(before).code}x = 1` });
  });
});
