import { describe, expect, it } from 'vitest';
import type { ConversationAction } from './actions.js';
import { foldEvents } from './fold.js';
import { executionOutcome } from './execution-outcome.js';
import { createInitialState } from './initial-state.js';
import { parseEvent } from './parse-event.js';
import { persistedStateVersion, restoreConversation, serializeConversation } from './persistence.js';
import { reduce } from './reduce.js';
import type { ConversationState, ExecutionCard, MessageItem, Turn } from './state.js';
import { syntheticStream, type SyntheticResponse } from './test-support/synthetic-stream.js';

const response: SyntheticResponse = {
  responseId: 'resp_1',
  containerId: 'cntr_1',
  items: [
    { kind: 'reasoning', id: 'rs_1', summaryChunks: ['**Plan**', ' then plot'] },
    { kind: 'call', id: 'ci_1', codeChunks: ['import matplotlib\r\n', "plt.savefig('/mnt/data/chart.png')"], logs: 'saved\n', imageUrl: 'data:image/png;base64,AAAA' },
    { kind: 'message', id: 'msg_1', textChunks: ['**Chart**\n', '[*Generating your Chart…*]', '(sandbox:/mnt/data/chart.png)'], citedFiles: ['chart.png'] },
  ],
};

function lastTurn(state: ConversationState): Turn {
  const turn = state.turns.at(-1);
  if (!turn) throw new Error('no turn');
  return turn;
}

function cardOf(state: ConversationState, id = 'ci_1'): ExecutionCard {
  const card = lastTurn(state).items.find((item) => item.id === id);
  if (card?.kind !== 'execution') throw new Error(`no card ${id}`);
  return card;
}

function messageOf(state: ConversationState, id = 'msg_1'): MessageItem {
  const message = lastTurn(state).items.find((item) => item.id === id);
  if (message?.kind !== 'message') throw new Error(`no message ${id}`);
  return message;
}

/** A clock that ticks one second per reading. */
function tickingClock(start = 1_000): () => number {
  let now = start;
  return () => (now += 1_000);
}

const userMessage: ConversationAction = { type: 'conversation.user_message', id: 'user_1', text: 'Plot sales', attachments: [{ name: 'sales.CSV', bytes: 120, fileId: 'file-1' }] };

describe('reduce: a turn from the user message to the completed response', () => {
  const events = syntheticStream(response);
  const state = foldEvents([userMessage, ...events], { clock: tickingClock() });
  const turn = lastTurn(state);

  it('attaches the response to the turn the user started', () => {
    expect(state.turns).toHaveLength(1);
    expect(turn.id).toBe('user_1');
    expect(turn.user).toEqual({ id: 'user_1', text: 'Plot sales', attachments: [{ name: 'sales.CSV', kind: 'csv', bytes: 120, mimeType: null, fileId: 'file-1' }], sentAt: 2_000 });
    expect(turn.response).toMatchObject({ id: 'resp_1', status: 'completed', model: 'gpt-test', usage: { inputTokens: 10, outputTokens: 20, totalTokens: 30, cachedInputTokens: 0, reasoningTokens: 5 } });
    expect(turn.lastSequenceNumber).toBe(events.length - 1);
  });

  it('builds the card, message and reasoning summary', () => {
    expect(cardOf(state)).toMatchObject({
      status: 'completed',
      code: "import matplotlib\r\nplt.savefig('/mnt/data/chart.png')",
      codeComplete: true,
      logs: 'saved\n',
      images: [{ url: 'data:image/png;base64,AAAA' }],
      containerId: 'cntr_1',
      error: null,
    });
    expect(messageOf(state).links.map((link) => [link.path, link.title])).toEqual([['/mnt/data/chart.png', '**Chart**']]);
    expect(turn.items[0]).toEqual({ kind: 'reasoning', id: 'rs_1', status: 'completed', summary: ['**Plan** then plot'] });
    expect(state.files['/mnt/data/chart.png']).toMatchObject({ kind: 'image', fileId: 'cfile_0', containerId: 'cntr_1', turnId: 'user_1', autoCaptured: false });
  });

  it('stamps the card with the injected clock: started when added, completed when it settled', () => {
    const card = cardOf(state);
    const addedIndex = events.findIndex((event) => event.type === 'response.output_item.added' && (event['item'] as { id: string }).id === 'ci_1');
    const completedIndex = events.findIndex((event) => event.type === 'response.code_interpreter_call.completed');
    // clock readings: 1 for the user message, then one per event
    expect(card.startedAt).toBe(1_000 + 1_000 * (addedIndex + 2));
    expect(card.completedAt).toBe(1_000 + 1_000 * (completedIndex + 2));
  });
});

describe('reduce: a non-streamed response', () => {
  it('folds from the response object alone, with settled cards stamped by the clock', () => {
    const events = syntheticStream(response);
    const state = foldEvents([events.at(-1)], { clock: () => 42 });
    expect(lastTurn(state).items.map((item) => item.kind)).toEqual(['reasoning', 'execution', 'message']);
    expect(cardOf(state)).toMatchObject({ status: 'completed', codeComplete: true, startedAt: 42, completedAt: 42 });
    expect(lastTurn(state).response).toMatchObject({ status: 'completed', startedAt: 42, completedAt: 42 });
  });
});

describe('reduce: streaming', () => {
  const events = syntheticStream(response);

  it('shows code live and marks it complete at code.done, then interpreting', () => {
    const upTo = (type: string) => foldEvents(events.slice(0, events.findIndex((event) => event.type === type) + 1));
    expect(cardOf(upTo('response.code_interpreter_call_code.delta'))).toMatchObject({ code: 'import matplotlib\r\n', codeComplete: false, status: 'in_progress' });
    expect(cardOf(upTo('response.code_interpreter_call_code.done'))).toMatchObject({ codeComplete: true, status: 'in_progress' });
    expect(cardOf(upTo('response.code_interpreter_call.interpreting'))).toMatchObject({ status: 'interpreting', outputs: null });
  });

  it('finds a sandbox link as soon as its closing parenthesis streams in, before done', () => {
    const lastDelta = events.findLastIndex((event) => event.type === 'response.output_text.delta');
    const before = foldEvents(events.slice(0, lastDelta));
    expect(messageOf(before).links).toEqual([]);
    const after = foldEvents(events.slice(0, lastDelta + 1));
    const [link] = messageOf(after).links;
    expect(link).toMatchObject({ path: '/mnt/data/chart.png', title: '**Chart**', start: 10 });
    expect(messageOf(after).text.slice(link?.start, link?.end)).toBe(link?.markdown);
  });

  it('shares structure: a text delta leaves other items, files and earlier turns untouched', () => {
    const lastDelta = events.findLastIndex((event) => event.type === 'response.output_text.delta');
    const before = foldEvents([...syntheticStream({ ...response, responseId: 'resp_0' }), userMessage, ...events.slice(0, lastDelta)]);
    expect(before.turns).toHaveLength(2);
    const after = reduce(before, parseEvent(events[lastDelta]));
    expect(after.turns[0]).toBe(before.turns[0]);
    expect(after.files).toBe(before.files);
    expect(lastTurn(after).items[0]).toBe(lastTurn(before).items[0]);
    expect(lastTurn(after).items[1]).toBe(lastTurn(before).items[1]);
    expect(lastTurn(after).items[2]).not.toBe(lastTurn(before).items[2]);
  });
});

describe('reduce: duplicates, unknown and invalid events', () => {
  const events = syntheticStream(response);
  const state = foldEvents(events);

  it('ignores an event replayed with a sequence number already applied', () => {
    const delta = events.find((event) => event.type === 'response.code_interpreter_call_code.delta');
    expect(reduce(state, parseEvent(delta))).toBe(state);
  });

  it('counts unknown events, once per sequence number, and changes nothing else', () => {
    const next = reduce(state, parseEvent({ type: 'response.tool_usage', sequence_number: 1000 }));
    expect(next.unknownEventCount).toBe(1);
    expect(next.turns[0]?.items).toBe(state.turns[0]?.items);
    expect(reduce(next, parseEvent({ type: 'response.tool_usage', sequence_number: 1000 }))).toBe(next);
  });

  it('records invalid input as a diagnostic and keeps going', () => {
    const next = reduce(state, parseEvent('not json'));
    expect(next.diagnostics).toHaveLength(1);
    expect(next.diagnostics[0]?.code).toBe('invalid_json');
    expect(next.turns).toBe(state.turns);
  });

  it('diagnoses an event that addresses an item of another kind', () => {
    const next = reduce(state, parseEvent({ type: 'response.output_text.delta', sequence_number: 999, item_id: 'ci_1', output_index: 1, content_index: 0, delta: 'x' }));
    expect(next.diagnostics).toEqual([
      { code: 'unexpected_event', message: 'response.output_text.delta names item ci_1, which is a execution, not a message', eventType: 'response.output_text.delta', sequenceNumber: 999 },
    ]);
    expect(cardOf(next)).toBe(cardOf(state));
  });
});

describe('reduce: failures', () => {
  const events = syntheticStream(response);
  const interpreting = events.findIndex((event) => event.type === 'response.code_interpreter_call.interpreting');
  const midCall = events.slice(0, interpreting + 1);

  it('an error event (nested shape) fails the response and the running call, with the message', () => {
    const next = foldEvents([...midCall, { type: 'error', sequence_number: interpreting + 1, error: { type: 'invalid_request_error', code: 'container_expired', message: 'Container is expired.', param: null } }]);
    expect(lastTurn(next).response).toMatchObject({ status: 'failed', error: { code: 'container_expired', message: 'Container is expired.' } });
    expect(cardOf(next)).toMatchObject({ status: 'failed', error: { code: 'container_expired', message: 'Container is expired.' }, code: "import matplotlib\r\nplt.savefig('/mnt/data/chart.png')" });
  });

  it('response.failed after an error keeps the error and settles everything', () => {
    const failed = {
      type: 'response.failed',
      sequence_number: interpreting + 2,
      response: { id: 'resp_1', status: 'failed', error: { code: 'server_error', message: 'The model failed.' }, output: [] },
    };
    const next = foldEvents([...midCall, { type: 'error', sequence_number: interpreting + 1, code: 'server_error', message: 'The model failed.', param: null }, failed]);
    expect(lastTurn(next).response).toMatchObject({ status: 'failed', error: { code: 'server_error', message: 'The model failed.' } });
    expect(cardOf(next).status).toBe('failed');
    expect(next.diagnostics).toEqual([]);
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

  it('an error before response.created still fails the user turn', () => {
    const next = foldEvents([userMessage, { type: 'error', code: 'rate_limit_exceeded', message: 'Too many requests' }]);
    expect(next.turns).toHaveLength(1);
    expect(lastTurn(next).response).toMatchObject({ id: '', status: 'failed', error: { code: 'rate_limit_exceeded' } });
  });

  it('response.incomplete settles running calls as incomplete with the reason', () => {
    const next = foldEvents([
      ...midCall,
      { type: 'response.incomplete', sequence_number: interpreting + 1, response: { id: 'resp_1', status: 'incomplete', incomplete_details: { reason: 'max_output_tokens' }, output: [] } },
    ]);
    expect(lastTurn(next).response).toMatchObject({ status: 'incomplete', incompleteReason: 'max_output_tokens' });
    expect(cardOf(next)).toMatchObject({ status: 'incomplete', error: { code: 'max_output_tokens' } });
  });

  it('a stop marks the response cancelled and running calls incomplete; a second stop changes nothing', () => {
    const stopped = foldEvents([...midCall, { type: 'conversation.stopped' }]);
    expect(lastTurn(stopped).response?.status).toBe('cancelled');
    expect(cardOf(stopped)).toMatchObject({ status: 'incomplete', error: { code: 'stopped' } });
    expect(reduce(stopped, { type: 'conversation.stopped' })).toBe(stopped);
  });

  it('a late status event cannot revive a settled call', () => {
    const state = foldEvents(events);
    const late = reduce(state, parseEvent({ type: 'response.code_interpreter_call.in_progress', sequence_number: 5000, output_index: 1, item_id: 'ci_1' }));
    expect(cardOf(late).status).toBe('completed');
  });
});

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

describe('reduce: proxy events', () => {
  const base = foldEvents([userMessage, ...syntheticStream(response)]);

  it('keeps the latest conversation token', () => {
    const next = foldEvents([{ type: 'proxy.conversation', token: 'a' }, { type: 'proxy.conversation', token: 'b' }], { state: base });
    expect(next.conversationToken).toBe('b');
  });

  it('adds the signed download URL and size to the cited file', () => {
    const next = foldEvents(
      [{ type: 'proxy.file', container_id: 'cntr_1', file_id: 'cfile_0', filename: 'chart.png', path: '/mnt/data/chart.png', bytes: 2048, url: '/api/files/sig' }],
      { state: base },
    );
    expect(next.files['/mnt/data/chart.png']).toMatchObject({ url: '/api/files/sig', bytes: 2048, fileId: 'cfile_0', kind: 'image', turnId: 'user_1' });
  });

  it('gives a zero-span auto-captured image the URL of the same file id', () => {
    const zeroSpan = syntheticStream({ ...response, items: [response.items[1] as never, { kind: 'message', id: 'msg_1', textChunks: ['Here is the plot.'], citedFiles: ['cfile_0.png'] }] });
    const state = foldEvents([
      ...zeroSpan,
      { type: 'proxy.file', container_id: 'cntr_1', file_id: 'cfile_0', filename: 'plot.png', path: '/mnt/data/plot.png', bytes: 10, url: '/api/files/z' },
    ]);
    expect(state.files['/mnt/data/cfile_0.png']).toMatchObject({ autoCaptured: true, url: '/api/files/z' });
    expect(state.files['/mnt/data/plot.png']).toMatchObject({ autoCaptured: false, url: '/api/files/z' });
  });

  it('records proxy errors and notices against the current turn', () => {
    const next = foldEvents(
      [
        { type: 'proxy.notice', code: 'container_recreated', message: 'The sandbox expired; files were uploaded again.' },
        { type: 'proxy.error', code: 'upstream_unavailable', message: 'Try again.', retryable: true },
      ],
      { state: base },
    );
    expect(next.notices).toEqual([{ code: 'container_recreated', message: 'The sandbox expired; files were uploaded again.', turnId: 'user_1' }]);
    expect(next.proxyErrors).toEqual([{ code: 'upstream_unavailable', message: 'Try again.', retryable: true, turnId: 'user_1' }]);
  });
});

describe('reduce: state is plain data', () => {
  it('survives a JSON round trip unchanged', () => {
    const state = foldEvents([userMessage, ...syntheticStream(response), { type: 'proxy.conversation', token: 't' }]);
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
    expect(createInitialState()).toEqual({ turns: [], files: {}, conversationToken: null, diagnostics: [], unknownEventCount: 0, notices: [], proxyErrors: [] });
  });
});
