import { useConversation, useItem, useTurn, useTurnIds } from '@execards/client';
import type { ConversationStore } from '@execards/core';
import { memo } from 'react';

// Re-renders only when this item changes: a delta to another item or turn skips it.
const Item = memo(function Item({ store, turnId, itemId }: { store: ConversationStore; turnId: string; itemId: string }) {
  const item = useItem(store, turnId, itemId);
  if (item?.kind === 'message') return <p>{item.text}</p>;
  if (item?.kind === 'execution') return <pre>{item.code}</pre>;
  return null;
});

// Re-renders only when this turn changes (its structure is shared otherwise).
const TurnView = memo(function TurnView({ store, turnId }: { store: ConversationStore; turnId: string }) {
  const turn = useTurn(store, turnId);
  if (!turn) return null;
  return (
    <article>
      {turn.user && <p>{turn.user.text}</p>}
      {turn.items.map((item) => (
        <Item key={item.id} store={store} turnId={turnId} itemId={item.id} />
      ))}
    </article>
  );
});

// Re-renders when a turn is added, not on every delta (memo: its parent re-renders with `state`).
const Transcript = memo(function Transcript({ store }: { store: ConversationStore }) {
  return useTurnIds(store).map((turnId) => <TurnView key={turnId} store={store} turnId={turnId} />);
});

export function Chat() {
  const { store, send, status } = useConversation();
  return (
    <>
      <Transcript store={store} />
      <button type="button" disabled={status !== 'ready'} onClick={() => void send('Plot sales by month', { model: 'gpt-5' })}>
        Ask
      </button>
    </>
  );
}
