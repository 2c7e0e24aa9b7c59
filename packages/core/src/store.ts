import type { ConversationAction } from './actions.js';
import { createInitialState } from './initial-state.js';
import { parseEvent } from './parse-event.js';
import { reduce } from './reduce.js';
import type { ConversationState, Timestamp } from './state.js';

export interface ConversationStore {
  /** The current state; the same object until something changes (what `useSyncExternalStore` needs). */
  getSnapshot(): ConversationState;
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** Applies an action (a parsed event or a local action). */
  dispatch(action: ConversationAction): void;
  /** Parses a raw event (JSON text or value) and applies it; invalid input becomes a diagnostic. */
  ingest(rawEvent: unknown): void;
}

export interface ConversationStoreOptions {
  readonly initialState?: ConversationState;
  /** Injected clock for timestamps; `Date.now` by default. */
  readonly clock?: () => Timestamp;
}

export function createConversationStore(options: ConversationStoreOptions = {}): ConversationStore {
  let state = options.initialState ?? createInitialState();
  const clock = options.clock ?? Date.now;
  const listeners = new Set<() => void>();

  function dispatch(action: ConversationAction): void {
    const next = reduce(state, action, { now: clock() });
    if (next === state) return;
    state = next;
    for (const listener of [...listeners]) listener();
  }

  return {
    getSnapshot: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    dispatch,
    ingest: (rawEvent) => dispatch(parseEvent(rawEvent)),
  };
}
