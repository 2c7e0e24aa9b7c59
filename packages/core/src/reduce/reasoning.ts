/** Reasoning items: their summary parts, streamed or given whole by the final item. */
import type { StreamEventOf, WireOutputItem } from '../events.js';
import type { ReasoningItem, Turn } from '../state.js';
import { updateItem, type ItemKind, type ItemLocation } from './items.js';
import type { TurnOutcome } from './outcome.js';
import { reasoningWithSummary } from './records.js';

const reasoningKind: ItemKind<ReasoningItem> = { kind: 'reasoning', create: (id) => ({ kind: 'reasoning', id, status: 'in_progress', summary: [] }) };

function updateReasoning(turn: Turn, location: ItemLocation, update: (item: ReasoningItem) => ReasoningItem): TurnOutcome {
  const result = updateItem(turn, location, reasoningKind, null, update);
  return result.applied ? { turn: result.turn } : result.outcome;
}

/** Sets summary part `index` (parts before it that never arrived become empty). */
export function setSummary(item: ReasoningItem, index: number, update: (text: string | undefined) => string): ReasoningItem {
  const current = item.summary[index];
  const text = update(current);
  if (text === current) return item;
  const summary = item.summary.slice();
  while (summary.length < index) summary.push('');
  summary[index] = text;
  return reasoningWithSummary(item, summary);
}

type ReasoningEvent = StreamEventOf<
  'response.reasoning_summary_part.added' | 'response.reasoning_summary_text.delta' | 'response.reasoning_summary_text.done' | 'response.reasoning_summary_part.done'
>;

/** Applies an event addressed to a reasoning summary. */
export function applyReasoningEvent(turn: Turn, event: ReasoningEvent): TurnOutcome {
  switch (event.type) {
    case 'response.reasoning_summary_part.added':
      return updateReasoning(turn, event, (item) => setSummary(item, event.summary_index, (text) => text ?? ''));
    case 'response.reasoning_summary_text.delta':
      return updateReasoning(turn, event, (item) => setSummary(item, event.summary_index, (text) => (text ?? '') + event.delta));
    case 'response.reasoning_summary_text.done':
      return updateReasoning(turn, event, (item) => setSummary(item, event.summary_index, () => event.text));
    case 'response.reasoning_summary_part.done':
      return updateReasoning(turn, event, (item) => setSummary(item, event.summary_index, () => event.part.text));
  }
}

/** The item's summary, when it carries one, replaces the streamed parts. */
export function applyReasoningItem(turn: Turn, location: ItemLocation, item: Extract<WireOutputItem, { type: 'reasoning' }>, done: boolean): TurnOutcome {
  return updateReasoning(turn, location, (reasoning) => ({
    ...reasoning,
    status: item.status ?? (done ? 'completed' : reasoning.status),
    summary: item.summary.length > 0 ? item.summary.map((part) => part.text) : reasoning.summary,
  }));
}
