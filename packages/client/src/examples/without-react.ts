import { createClient } from '@execards/client';
import { createConversationStore, type ConversationState } from '@execards/core';

/** One turn through the proxy into a store, no React: `render` gets each new state (a delta, a card, a file). */
export async function ask(baseUrl: string, text: string, render: (state: ConversationState) => void): Promise<ConversationState> {
  const client = createClient({ baseUrl });
  const store = createConversationStore();
  const unsubscribe = store.subscribe(() => render(store.getSnapshot()));
  store.dispatch({ type: 'conversation.user_message', id: crypto.randomUUID(), text });
  for await (const event of client.send({ text, model: 'gpt-5' })) store.dispatch(event);
  unsubscribe();
  return store.getSnapshot();
}
