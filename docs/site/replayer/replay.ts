import { createInitialState, parseEvent, reduce, type ConversationState } from '@execards/core';

/**
 * The state after each event, built with core's public `parseEvent` and `reduce` one event at a
 * time (what `foldEvents` does in one go), so the scrubber can jump anywhere. Entry 0 is the state
 * before any event; entry i the state after event i.
 */
export function replayStates(events: readonly unknown[]): ConversationState[] {
  const states: ConversationState[] = [createInitialState()];
  let state = states[0] as ConversationState;
  for (const event of events) {
    state = reduce(state, parseEvent(event));
    states.push(state);
  }
  return states;
}
