import type { ConversationState } from './state.js';

export function createInitialState(): ConversationState {
  return { turns: [], files: {}, conversationToken: null, diagnostics: [], unknownEventCount: 0, notices: [], proxyErrors: [] };
}
