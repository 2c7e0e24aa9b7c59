import { describe, expect, it } from 'vitest';
import { foldEvents } from './fold.js';
import { createInitialState } from './initial-state.js';
import { parseEvent } from './parse-event.js';
import { reduce } from './reduce.js';
import { cardOf, lastTurn, messageOf, response, tickingClock, userMessage } from './test-support/reducer-fixtures.js';
import { syntheticStream } from './test-support/synthetic-stream.js';

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
