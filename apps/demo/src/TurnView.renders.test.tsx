import { useTurnIds } from '@execards/client';
import type * as Kit from '@execards/react';
import { createConversationStore, type ConversationStore, type ExecutionCard, type GeneratedFile } from '@execards/core';
import { act, cleanup, render, screen } from '@testing-library/react';
import { useCallback, useSyncExternalStore, type ComponentProps } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TurnView } from './TurnView.js';

/** How often each turn's user message was drawn: it is drawn whenever its TurnView renders. */
const userMessageRenders = vi.hoisted(() => new Map<string, number>());

vi.mock('@execards/react', async (importOriginal) => {
  const kit = await importOriginal<typeof Kit>();
  const Original = kit.MarkdownText;
  function MarkdownText(props: ComponentProps<typeof Original>) {
    userMessageRenders.set(props.text, (userMessageRenders.get(props.text) ?? 0) + 1);
    return <Original {...props} />;
  }
  return { ...kit, MarkdownText };
});

afterEach(cleanup);

/** A sent message and its streaming answer (one code run, then a message); returns a way to stream more text. */
function streamTurn(store: ConversationStore, n: number) {
  const response = { id: `resp_${n}`, object: 'response', status: 'in_progress', model: 'gpt-test', error: null, incomplete_details: null, output: [] };
  let sequence = 0;
  const send = (event: Record<string, unknown>) => store.ingest({ ...event, sequence_number: sequence++ });
  store.dispatch({ type: 'conversation.user_message', id: `user-${n}`, text: `Question ${n}`, attachments: [] });
  send({ type: 'response.created', response });
  send({ type: 'response.output_item.added', output_index: 0, item: { id: `ci_${n}`, type: 'code_interpreter_call', status: 'in_progress', code: '', container_id: 'cntr_1', outputs: null } });
  send({ type: 'response.code_interpreter_call_code.delta', output_index: 0, item_id: `ci_${n}`, delta: 'print(1)' });
  send({ type: 'response.output_item.added', output_index: 1, item: { id: `msg_${n}`, type: 'message', status: 'in_progress', content: [], role: 'assistant' } });
  const part = { output_index: 1, item_id: `msg_${n}`, content_index: 0 };
  send({ type: 'response.content_part.added', ...part, part: { type: 'output_text', annotations: [], logprobs: [], text: '' } });
  return (delta: string) => send({ type: 'response.output_text.delta', ...part, delta, logprobs: [] });
}

/** Like the demo's chat: the parent re-renders on every change of the state (it reads the whole of it), the turns do not have to. */
function Transcript({ store }: { store: ConversationStore }) {
  useSyncExternalStore(store.subscribe, store.getSnapshot);
  const turnIds = useTurnIds(store);
  const onRerun = useCallback((_file: GeneratedFile, _call: ExecutionCard) => Promise.resolve(), []);
  return turnIds.map((turnId) => <TurnView key={turnId} store={store} turnId={turnId} onRerun={onRerun} />);
}

describe('TurnView in a long conversation', () => {
  it('a delta to the last turn draws only the last turn again', () => {
    const store = createConversationStore({ clock: () => 0 });
    const deltas = Array.from({ length: 6 }, (_, index) => streamTurn(store, index + 1));
    render(<Transcript store={store} />);
    expect(userMessageRenders.get('Question 1')).toBe(1);
    userMessageRenders.clear();
    const last = deltas.at(-1);
    act(() => last?.('Here is the '));
    act(() => last?.('chart.'));
    expect(screen.getByText('Here is the chart.')).toBeInTheDocument();
    expect(Object.fromEntries(userMessageRenders)).toEqual({ 'Question 6': 2 });
  });
});
