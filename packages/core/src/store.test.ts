import { describe, expect, it } from 'vitest';
import { createConversationStore } from './store.js';

describe('createConversationStore', () => {
  it('notifies subscribers on change only, with a new snapshot each time', () => {
    let now = 100;
    const store = createConversationStore({ clock: () => (now += 1) });
    const seen: unknown[] = [];
    const unsubscribe = store.subscribe(() => seen.push(store.getSnapshot()));
    const initial = store.getSnapshot();
    expect(store.getSnapshot()).toBe(initial);

    store.dispatch({ type: 'conversation.user_message', id: 'u1', text: 'hi' });
    expect(seen).toHaveLength(1);
    expect(store.getSnapshot().turns[0]?.user?.sentAt).toBe(101);

    store.ingest('{"type":"proxy.conversation","token":"tok"}');
    store.ingest({ type: 'proxy.conversation', token: 'tok' }); // same token: no change, no notification
    expect(seen).toHaveLength(2);
    expect(store.getSnapshot().conversationToken).toBe('tok');

    unsubscribe();
    store.ingest('garbage');
    expect(seen).toHaveLength(2);
    expect(store.getSnapshot().diagnostics[0]?.code).toBe('invalid_json');
  });

  it('lets a listener unsubscribe another during notification without skipping anyone', () => {
    const store = createConversationStore();
    const calls: string[] = [];
    let unsubscribeB = (): void => undefined;
    store.subscribe(() => {
      calls.push('a');
      unsubscribeB();
    });
    unsubscribeB = store.subscribe(() => calls.push('b'));
    store.dispatch({ type: 'conversation.user_message', id: 'u1', text: 'x' });
    store.dispatch({ type: 'conversation.user_message', id: 'u2', text: 'y' });
    expect(calls).toEqual(['a', 'b', 'a']);
  });
});
