/** Turns: started by the user's message, found (or opened) for each upstream event, stopped by the user. */
import type { StoppedAction, UserMessageAction } from '../actions.js';
import { stoppedErrorCode } from '../execution-outcome.js';
import { isSettledStatus } from '../execution-status.js';
import { fileKind } from '../file-kind.js';
import { stateWithTurns, turnWithSequenceNumber } from './records.js';
import type { ConversationState, ErrorInfo, OutputItem, ResponseInfo, ResponseStatus, Timestamp, Turn } from '../state.js';

export function emptyTurn(id: string): Turn {
  return { id, user: null, response: null, items: [], lastSequenceNumber: -1 };
}

export function replaceTurn(state: ConversationState, index: number, turn: Turn): ConversationState {
  if (state.turns[index] === turn) return state;
  const turns = state.turns.slice();
  turns[index] = turn;
  return stateWithTurns(state, turns);
}

export function withFiles(state: ConversationState, files: ConversationState['files']): ConversationState {
  return files === state.files ? state : { ...state, files };
}

/** The id of the turn new proxy events and notices belong to (the latest), if any. */
export function currentTurnId(state: ConversationState): string | null {
  return state.turns.at(-1)?.id ?? null;
}

export function startTurn(state: ConversationState, action: UserMessageAction, now: Timestamp | null): ConversationState {
  const user = {
    id: action.id,
    text: action.text,
    attachments: (action.attachments ?? []).map((attachment) => ({
      name: attachment.name,
      kind: fileKind(attachment.name, attachment.mimeType),
      bytes: attachment.bytes ?? null,
      mimeType: attachment.mimeType ?? null,
      fileId: attachment.fileId ?? null,
    })),
    sentAt: now,
  };
  return { ...state, turns: [...state.turns, { ...emptyTurn(action.id), user }] };
}

/** Used when a stream fails or is stopped before `response.created` told us the response id. */
export function placeholderResponse(status: ResponseStatus, now: Timestamp | null): ResponseInfo {
  return { id: '', status, model: null, error: null, incompleteReason: null, usage: null, startedAt: now, completedAt: null };
}

export function isResponseSettled(status: ResponseStatus): boolean {
  return status === 'completed' || status === 'failed' || status === 'incomplete' || status === 'cancelled';
}

/** Marks every item still running as stopped (cards get the error; messages and reasoning become incomplete). */
export function settleItems(items: readonly OutputItem[], cardStatus: 'failed' | 'incomplete', error: ErrorInfo | null, now: Timestamp | null): readonly OutputItem[] {
  let changed = false;
  const settled = items.map((item): OutputItem => {
    if (item.kind === 'execution') {
      if (isSettledStatus(item.status)) return item;
      changed = true;
      return { ...item, status: cardStatus, error: item.error ?? error, completedAt: now };
    }
    if (item.status !== 'in_progress') return item;
    changed = true;
    return { ...item, status: 'incomplete' };
  });
  return changed ? settled : items;
}

export function stopTurn(state: ConversationState, action: StoppedAction, now: Timestamp | null): ConversationState {
  const index = state.turns.length - 1;
  const turn = state.turns[index];
  if (!turn) return state;
  const response = turn.response ?? placeholderResponse('in_progress', now);
  if (isResponseSettled(response.status)) return state;
  const error: ErrorInfo = { code: stoppedErrorCode, message: action.reason ?? 'Stopped before the response finished.' };
  return replaceTurn(state, index, {
    ...turn,
    response: { ...response, status: 'cancelled', completedAt: now },
    items: settleItems(turn.items, 'incomplete', error, now),
  });
}

/** An event of a type this package does not know: counted once per sequence number. */
export function reduceUnknown(state: ConversationState, sequenceNumber: number | undefined): ConversationState {
  const index = state.turns.length - 1;
  const turn = state.turns[index];
  if (turn && sequenceNumber !== undefined) {
    if (sequenceNumber <= turn.lastSequenceNumber) return state;
    state = replaceTurn(state, index, turnWithSequenceNumber(turn, sequenceNumber));
  }
  return { ...state, unknownEventCount: state.unknownEventCount + 1 };
}
