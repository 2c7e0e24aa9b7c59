/**
 * Copies of the records a delta changes, written out field by field. They run once per streamed
 * event: V8 builds `{ ...record, field }` about ten times slower than a literal (measured in
 * bench/core-reducer), and a literal always has the same shape, so the code reading it stays
 * monomorphic. The return types make the compiler name any field added to a record later.
 */
import type { ConversationState, ExecutionCard, OutputItem, ReasoningItem, Turn } from '../state.js';

export function stateWithTurns(state: ConversationState, turns: readonly Turn[]): ConversationState {
  return {
    turns,
    files: state.files,
    conversationToken: state.conversationToken,
    diagnostics: state.diagnostics,
    unknownEventCount: state.unknownEventCount,
    notices: state.notices,
    proxyErrors: state.proxyErrors,
  };
}

function turnOf(turn: Turn, items: readonly OutputItem[], lastSequenceNumber: number): Turn {
  const { id, user, response, arrivalOrdered } = turn;
  // `arrivalOrdered` is absent until set: a copy must not add it as `undefined`.
  return arrivalOrdered === undefined ? { id, user, response, items, lastSequenceNumber } : { id, user, response, items, lastSequenceNumber, arrivalOrdered };
}

export function turnWithItems(turn: Turn, items: readonly OutputItem[]): Turn {
  return turnOf(turn, items, turn.lastSequenceNumber);
}

export function turnWithSequenceNumber(turn: Turn, lastSequenceNumber: number): Turn {
  return turnOf(turn, turn.items, lastSequenceNumber);
}

export function cardWithCode(card: ExecutionCard, code: string): ExecutionCard {
  const { kind, id, status, codeComplete, logs, images, outputs, containerId, startedAt, completedAt, error } = card;
  return { kind, id, status, code, codeComplete, logs, images, outputs, containerId, startedAt, completedAt, error };
}

export function reasoningWithSummary(item: ReasoningItem, summary: readonly string[]): ReasoningItem {
  return { kind: item.kind, id: item.id, status: item.status, summary };
}
