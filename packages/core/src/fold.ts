import type { ConversationAction } from './actions.js';
import { createInitialState } from './initial-state.js';
import { parseEvent } from './parse-event.js';
import { reduce } from './reduce.js';
import type { ConversationState, Timestamp } from './state.js';

export interface FoldOptions {
  /** State to continue from (a fresh conversation by default). */
  readonly state?: ConversationState;
  /** Clock for card and response timestamps (none by default: timestamps stay null). */
  readonly clock?: () => Timestamp;
}

function isLocalAction(value: unknown): value is ConversationAction {
  if (typeof value !== 'object' || value === null) return false;
  const type = (value as { type?: unknown }).type;
  return type === 'conversation.user_message' || type === 'conversation.stopped' || type === 'execards.unknown' || type === 'execards.invalid';
}

/**
 * Folds a whole stream into a state. Each input is raw: the JSON text of an event, a parsed JSON
 * value, or a local action (`conversation.user_message`, `conversation.stopped`).
 */
export function foldEvents(inputs: Iterable<unknown>, options: FoldOptions = {}): ConversationState {
  let state = options.state ?? createInitialState();
  const clock = options.clock;
  for (const input of inputs) {
    const action = isLocalAction(input) ? input : parseEvent(input);
    state = reduce(state, action, clock ? { now: clock() } : {});
  }
  return state;
}
