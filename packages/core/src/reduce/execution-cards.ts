/**
 * Execution cards (code interpreter calls): streamed code, the status events, and the final item,
 * which is the service's last word on the call.
 */
import { cardFromOutputs, createExecutionCard } from '../execution-card.js';
import { withLogOutcome } from '../execution-outcome.js';
import { isSettledStatus } from '../execution-status.js';
import type { StreamEventOf, WireOutputItem } from '../events.js';
import type { ExecutionCard, Timestamp, Turn } from '../state.js';
import { updateItem, type ItemKind, type ItemLocation } from './items.js';
import type { TurnOutcome } from './outcome.js';
import { cardWithCode } from './records.js';

const cardKind: ItemKind<ExecutionCard> = { kind: 'execution', create: (id, now) => createExecutionCard({ id, startedAt: now }) };

function updateCard(turn: Turn, location: ItemLocation, now: Timestamp | null, update: (card: ExecutionCard) => ExecutionCard): TurnOutcome {
  const result = updateItem(turn, location, cardKind, now, (card) => {
    const next = update(card);
    // Only a change of logs or status can change the outcome: code deltas stay O(1).
    return next.logs === card.logs && next.status === card.status ? next : withLogOutcome(next);
  });
  return result.applied ? { turn: result.turn } : result.outcome;
}

function withCardStatus(card: ExecutionCard, status: ExecutionCard['status'], now: Timestamp | null): ExecutionCard {
  // A settled call stays settled: a late status event cannot revive it.
  if (isSettledStatus(card.status) || card.status === status) return card;
  return { ...card, status, completedAt: isSettledStatus(status) ? now : null };
}

type CardEvent = StreamEventOf<
  | 'response.code_interpreter_call.in_progress'
  | 'response.code_interpreter_call.interpreting'
  | 'response.code_interpreter_call.completed'
  | 'response.code_interpreter_call_code.delta'
  | 'response.code_interpreter_call_code.done'
>;

/** Applies an event addressed to a code interpreter call. */
export function applyCardEvent(turn: Turn, event: CardEvent, now: Timestamp | null): TurnOutcome {
  switch (event.type) {
    case 'response.code_interpreter_call.in_progress':
      return updateCard(turn, event, now, (card) => withCardStatus(card, 'in_progress', now));
    case 'response.code_interpreter_call.interpreting':
      return updateCard(turn, event, now, (card) => ({ ...withCardStatus(card, 'interpreting', now), codeComplete: true }));
    case 'response.code_interpreter_call.completed':
      return updateCard(turn, event, now, (card) => ({ ...withCardStatus(card, 'completed', now), codeComplete: true }));
    case 'response.code_interpreter_call_code.delta':
      return updateCard(turn, event, now, (card) => cardWithCode(card, card.code + event.delta));
    case 'response.code_interpreter_call_code.done':
      return updateCard(turn, event, now, (card) => ({ ...card, code: event.code, codeComplete: true }));
  }
}

/** `output_item.added` opens the card; `output_item.done` (and the final response) settles it with its outputs. */
export function applyCallItem(turn: Turn, location: ItemLocation, item: Extract<WireOutputItem, { type: 'code_interpreter_call' }>, done: boolean, now: Timestamp | null): TurnOutcome {
  return updateCard(turn, location, now, (card) => {
    const outputs = item.outputs ?? card.outputs;
    // The final item (`output_item.done`, the final response's output) is the service's last word on
    // the call and overrides what the status events said; an `added` item cannot revive a settled call.
    const status = done || !isSettledStatus(card.status) ? item.status : card.status;
    const settled = isSettledStatus(status);
    // A call the final item reports completed did finish, whatever stopped the stream around it.
    const error = done && status === 'completed' ? null : card.error;
    return {
      ...card,
      status,
      code: done ? (item.code ?? card.code) : card.code || (item.code ?? ''),
      codeComplete: card.codeComplete || done || settled,
      ...(outputs ? cardFromOutputs(outputs) : null),
      containerId: item.container_id ?? card.containerId,
      completedAt: settled ? (card.completedAt ?? now) : null,
      error,
    };
  });
}
