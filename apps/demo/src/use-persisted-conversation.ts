import { createConversationStore, restoreConversation, serializeConversation, type ConversationStore } from '@execards/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ConversationStorage } from './conversation-storage.js';

export type PersistedConversation =
  | { readonly phase: 'loading' }
  | {
      readonly phase: 'ready';
      readonly store: ConversationStore;
      /** Counts new chats: a new value means a new store (use it as a React key). */
      readonly generation: number;
      /** The model saved with the conversation, if any. */
      readonly savedModel: string | null;
      /** True when the conversation came back from storage (not a fresh chat). */
      readonly restored: boolean;
      /** `saved` once the latest state is in storage, `pending` while a save waits. */
      readonly persistence: 'saved' | 'pending';
      /** Remembers the model to save with the conversation. */
      setModel(model: string): void;
      /** Saves now instead of after the debounce (a turn just ended, or the page is going away). */
      flush(): void;
      /** Forgets the conversation and starts an empty one. */
      startNew(): Promise<void>;
    };

const saveDelayMs = 400;

/**
 * A conversation store restored from `storage` on load and saved back (debounced) on every
 * change, with its model. A saved state that cannot be read is dropped, not fatal.
 */
export function usePersistedConversation(storage: ConversationStorage): PersistedConversation {
  const [store, setStore] = useState<ConversationStore | null>(null);
  const [savedModel, setSavedModel] = useState<string | null>(null);
  const [restored, setRestored] = useState(false);
  const [generation, setGeneration] = useState(0);
  const [persistence, setPersistence] = useState<'saved' | 'pending'>('saved');
  const model = useRef('');

  useEffect(() => {
    let cancelled = false;
    storage
      .load()
      .catch(() => null)
      .then((saved) => {
        if (cancelled) return;
        const result = saved ? restoreConversation(saved.state) : null;
        if (result && !result.ok) console.warn(`Starting a new chat: ${result.error}`);
        const state = result?.ok ? result.state : undefined;
        model.current = state ? (saved?.model ?? '') : '';
        setSavedModel(state ? (saved?.model ?? null) : null);
        setRestored(state !== undefined && state.turns.length > 0);
        setStore(createConversationStore(state ? { initialState: state } : {}));
      });
    return () => {
      cancelled = true;
    };
  }, [storage]);

  const save = useCallback(
    async (current: ConversationStore) => {
      await storage.save({ state: serializeConversation(current.getSnapshot()), model: model.current, savedAt: Date.now() }).catch((error: unknown) => {
        console.warn('The conversation could not be saved in this browser.', error);
      });
    },
    [storage],
  );

  const flushRef = useRef<() => void>(() => undefined);
  useEffect(() => {
    if (!store) return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const saveNow = () => {
      timer = null;
      void save(store).then(() => {
        if (timer === null) setPersistence('saved');
      });
    };
    const unsubscribe = store.subscribe(() => {
      setPersistence('pending');
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(saveNow, saveDelayMs);
    });
    flushRef.current = () => {
      if (timer === null) return;
      clearTimeout(timer);
      saveNow();
    };
    // Best effort: the write usually completes while the page is hidden.
    const onPageHide = () => flushRef.current();
    window.addEventListener('pagehide', onPageHide);
    return () => {
      unsubscribe();
      window.removeEventListener('pagehide', onPageHide);
      flushRef.current = () => undefined;
      // Not flushed: the store is replaced only by "New chat", whose old state must not be saved back.
      if (timer !== null) clearTimeout(timer);
    };
  }, [store, save]);

  const flush = useCallback(() => flushRef.current(), []);

  const setModel = useCallback((next: string) => {
    model.current = next;
  }, []);

  const startNew = useCallback(async () => {
    await storage.clear().catch(() => undefined);
    setSavedModel(null);
    setRestored(false);
    setPersistence('saved');
    setStore(createConversationStore());
    setGeneration((current) => current + 1);
  }, [storage]);

  if (!store) return { phase: 'loading' };
  return { phase: 'ready', store, generation, savedModel, restored, persistence, setModel, flush, startNew };
}
