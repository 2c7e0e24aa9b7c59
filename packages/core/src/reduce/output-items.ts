import type { WireOutputItem } from '../events.js';
import type { Timestamp, Turn } from '../state.js';
import { applyCallItem } from './execution-cards.js';
import { applyMessageItem } from './messages.js';
import type { TurnOutcome } from './outcome.js';
import { applyReasoningItem } from './reasoning.js';

/** `output_item.added` creates the item; `output_item.done` (and the final response) makes it final. */
export function applyOutputItem(turn: Turn, item: WireOutputItem, done: boolean, now: Timestamp | null): TurnOutcome {
  if (item.type === 'other') return { turn };
  // Looked up by id: the index is only where to look first.
  const location = { type: done ? 'response.output_item.done' : 'response.output_item.added', output_index: turn.items.length, item_id: item.id };
  switch (item.type) {
    case 'message':
      return applyMessageItem(turn, location, item, done);
    case 'code_interpreter_call':
      return applyCallItem(turn, location, item, done, now);
    case 'reasoning':
      return applyReasoningItem(turn, location, item, done);
  }
}
