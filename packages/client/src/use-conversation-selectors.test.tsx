// @vitest-environment happy-dom
import { act, cleanup, render, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createConversationStore, type ConversationStore } from '@execards/core';
import { memo } from 'react';
import { useItem, useTurn, useTurnErrors, useTurnFiles, useTurnIds, useTurnNotices } from './use-conversation-selectors.js';

afterEach(cleanup);

/** A sent message and the start of its answer: one message item, streaming. */
function startTurn(store: ConversationStore, n: number, text = `Answer ${n}. `) {
  const responseId = `resp_${n}`;
  const itemId = `msg_${n}`;
  store.dispatch({ type: 'conversation.user_message', id: `user-${n}`, text: `Question ${n}`, attachments: [] });
  const location = { output_index: 0, item_id: itemId };
  const response = { id: responseId, object: 'response', status: 'in_progress', model: 'gpt-test', error: null, incomplete_details: null, output: [] };
  store.ingest({ type: 'response.created', sequence_number: 0, response });
  store.ingest({ type: 'response.output_item.added', sequence_number: 1, output_index: 0, item: { id: itemId, type: 'message', status: 'in_progress', content: [], role: 'assistant' } });
  store.ingest({ type: 'response.content_part.added', sequence_number: 2, ...location, content_index: 0, part: { type: 'output_text', annotations: [], logprobs: [], text: '' } });
  let sequence = 3;
  const delta = (chunk: string) => store.ingest({ type: 'response.output_text.delta', sequence_number: sequence++, ...location, content_index: 0, delta: chunk, logprobs: [] });
  delta(text);
  return { turnId: `user-${n}`, itemId, delta };
}

function conversation(turns: number) {
  const store = createConversationStore({ clock: () => 0 });
  const started = Array.from({ length: turns }, (_, index) => startTurn(store, index + 1));
  const last = started.at(-1);
  if (!last) throw new Error('no turns');
  return { store, started, last };
}

describe('selector hooks', () => {
  it('useTurnIds keeps its array while a turn streams and changes when a turn is added', () => {
    const { store, last } = conversation(2);
    const { result } = renderHook(() => useTurnIds(store));
    const before = result.current;
    expect(before).toEqual(['user-1', 'user-2']);
    act(() => last.delta('more'));
    expect(result.current).toBe(before);
    act(() => void startTurn(store, 3));
    expect(result.current).toEqual(['user-1', 'user-2', 'user-3']);
  });

  it('useTurn and useItem keep untouched turns and items by reference and follow the one that changes', () => {
    const { store, started, last } = conversation(3);
    const [first] = started;
    if (!first) throw new Error('no turns');
    const { result } = renderHook(() => ({
      firstTurn: useTurn(store, first.turnId),
      lastTurn: useTurn(store, last.turnId),
      firstItem: useItem(store, first.turnId, first.itemId),
      lastItem: useItem(store, last.turnId, last.itemId),
      missing: useTurn(store, 'nope'),
    }));
    const before = result.current;
    act(() => last.delta('more text'));
    expect(result.current.firstTurn).toBe(before.firstTurn);
    expect(result.current.firstItem).toBe(before.firstItem);
    expect(result.current.lastTurn).not.toBe(before.lastTurn);
    expect(result.current.lastItem).toMatchObject({ kind: 'message', text: 'Answer 3. more text' });
    expect(result.current.missing).toBeUndefined();
  });

  it('a delta to the last turn re-renders only the component of that turn', () => {
    const { store, last } = conversation(5);
    const renders = new Map<string, number>();
    const TurnText = memo(function TurnText({ turnId }: { turnId: string }) {
      const turn = useTurn(store, turnId);
      renders.set(turnId, (renders.get(turnId) ?? 0) + 1);
      const item = turn?.items[0];
      return <p>{item?.kind === 'message' ? item.text : ''}</p>;
    });
    function Transcript() {
      return useTurnIds(store).map((id) => <TurnText key={id} turnId={id} />);
    }
    const view = render(<Transcript />);
    act(() => last.delta('one '));
    act(() => last.delta('two'));
    expect(Object.fromEntries(renders)).toEqual({ 'user-1': 1, 'user-2': 1, 'user-3': 1, 'user-4': 1, 'user-5': 3 });
    expect(view.container.textContent).toContain('Answer 5. one two');
  });

  it('useTurnFiles holds the files the turn links to, and keeps its record until one of them changes', () => {
    const { store, started } = conversation(1);
    const [turn] = started;
    if (!turn) throw new Error('no turns');
    act(() => turn.delta('\n\n![Chart](sandbox:/mnt/data/chart.png)\n'));
    const { result } = renderHook(() => useTurnFiles(store, turn.turnId));
    const cited = result.current;
    expect(Object.keys(cited)).toEqual([]);
    const file = { type: 'proxy.file', container_id: 'cntr_1', file_id: 'cfile_1', filename: 'chart.png', path: '/mnt/data/chart.png', bytes: 10, url: '/files/chart.png' };
    act(() => store.ingest(file));
    const withFile = result.current;
    expect(withFile['/mnt/data/chart.png']?.url).toBe('/files/chart.png');
    act(() => store.ingest({ ...file, file_id: 'cfile_2', path: '/mnt/data/other.csv', filename: 'other.csv', url: '/files/other.csv' }));
    act(() => turn.delta(' done'));
    expect(result.current).toBe(withFile);
  });

  it('useTurnNotices and useTurnErrors pick the turn’s own, and keep their arrays while nothing is added', () => {
    const { store, started } = conversation(2);
    const [first, second] = started;
    if (!first || !second) throw new Error('no turns');
    act(() => store.ingest({ type: 'proxy.notice', code: 'slow', message: 'Still working' }));
    const { result } = renderHook(() => ({ notices: useTurnNotices(store, second.turnId), errors: useTurnErrors(store, second.turnId), firstNotices: useTurnNotices(store, first.turnId) }));
    const before = result.current;
    expect(before.notices.map((notice) => notice.message)).toEqual(['Still working']);
    expect(before.firstNotices).toEqual([]);
    act(() => second.delta('more'));
    expect(result.current.notices).toBe(before.notices);
    expect(result.current.errors).toBe(before.errors);
    act(() => store.ingest({ type: 'proxy.error', code: 'upstream', message: 'Broke', retryable: true }));
    expect(result.current.errors.map((error) => error.message)).toEqual(['Broke']);
    expect(result.current.notices).toBe(before.notices);
  });
});
