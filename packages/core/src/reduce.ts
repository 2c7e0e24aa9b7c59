/**
 * The pure reducer: `reduce(state, action, context) -> state`. It never throws and never mutates;
 * unchanged parts keep their identity (structural sharing), and a delta costs O(1) amortized
 * however long the text or code already is. This module only dispatches: each concern (turns, the
 * response lifecycle, messages, execution cards, reasoning, files) has its module in `reduce/`.
 */
import type { ConversationAction } from './actions.js';
import { reduceFileStatus } from './file-availability.js';
import { recordProxyFile } from './generated-files.js';
import { reduceUpstream } from './reduce/upstream.js';
import { currentTurnId, reduceUnknown, startTurn, stopTurn, withFiles } from './reduce/turns.js';
import type { ConversationState, Timestamp } from './state.js';

export interface ReduceContext {
  /** The current time from the injected clock; timestamps stay null without it. */
  readonly now?: Timestamp;
}

export function reduce(state: ConversationState, action: ConversationAction, context?: ReduceContext): ConversationState {
  const now = context?.now ?? null;
  switch (action.type) {
    case 'execards.invalid':
      return { ...state, diagnostics: [...state.diagnostics, action.diagnostic] };
    case 'execards.unknown':
      return reduceUnknown(state, action.sequence_number);
    case 'conversation.user_message':
      return startTurn(state, action, now);
    case 'conversation.stopped':
      return stopTurn(state, action, now);
    case 'conversation.file_status':
      return reduceFileStatus(state, action);
    case 'proxy.conversation':
      return state.conversationToken === action.token ? state : { ...state, conversationToken: action.token };
    case 'proxy.file':
      return withFiles(state, recordProxyFile(state.files, action, currentTurnId(state)));
    case 'proxy.error':
      return { ...state, proxyErrors: [...state.proxyErrors, { code: action.code, message: action.message, retryable: action.retryable, turnId: currentTurnId(state) }] };
    case 'proxy.notice':
      return { ...state, notices: [...state.notices, { code: action.code, message: action.message, turnId: currentTurnId(state) }] };
    default:
      return reduceUpstream(state, action, now);
  }
}
