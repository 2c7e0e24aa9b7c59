import { foldEvents, type ConversationState } from '@execards/core';
import { syntheticStream } from '../../../packages/core/src/test-support/synthetic-stream.js';

/** A small finished conversation, folded by core from a valid stream: one call with logs, then the answer. */
export function exampleConversation(): ConversationState {
  return foldEvents(
    syntheticStream({
      responseId: 'resp_intro',
      containerId: 'cntr_intro',
      items: [
        { kind: 'call', id: 'ci_intro', codeChunks: ['import statistics\n', 'rolls = [3, 5, 2, 6, 4]\n', 'print(statistics.mean(rolls))'], logs: '4\n' },
        { kind: 'message', id: 'msg_intro', textChunks: ['The mean of the five rolls is **4**.'] },
      ],
    }),
  );
}
