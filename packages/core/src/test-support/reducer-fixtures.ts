/** A reasoning item, a call that saves a chart, and a message linking it: the reducer tests' response. Test support only. */
import type { ConversationAction } from '../actions.js';
import type { ConversationState, ExecutionCard, MessageItem, Turn } from '../state.js';
import type { SyntheticResponse } from './synthetic-stream.js';

export const response: SyntheticResponse = {
  responseId: 'resp_1',
  containerId: 'cntr_1',
  items: [
    { kind: 'reasoning', id: 'rs_1', summaryChunks: ['**Plan**', ' then plot'] },
    { kind: 'call', id: 'ci_1', codeChunks: ['import matplotlib\r\n', "plt.savefig('/mnt/data/chart.png')"], logs: 'saved\n', imageUrl: 'data:image/png;base64,AAAA' },
    { kind: 'message', id: 'msg_1', textChunks: ['**Chart**\n', '[*Generating your Chart…*]', '(sandbox:/mnt/data/chart.png)'], citedFiles: ['chart.png'] },
  ],
};

export function lastTurn(state: ConversationState): Turn {
  const turn = state.turns.at(-1);
  if (!turn) throw new Error('no turn');
  return turn;
}

export function cardOf(state: ConversationState, id = 'ci_1'): ExecutionCard {
  const card = lastTurn(state).items.find((item) => item.id === id);
  if (card?.kind !== 'execution') throw new Error(`no card ${id}`);
  return card;
}

export function messageOf(state: ConversationState, id = 'msg_1'): MessageItem {
  const message = lastTurn(state).items.find((item) => item.id === id);
  if (message?.kind !== 'message') throw new Error(`no message ${id}`);
  return message;
}

/** A clock that ticks one second per reading. */
export function tickingClock(start = 1_000): () => number {
  let now = start;
  return () => (now += 1_000);
}

export const userMessage: ConversationAction = { type: 'conversation.user_message', id: 'user_1', text: 'Plot sales', attachments: [{ name: 'sales.CSV', bytes: 120, fileId: 'file-1' }] };
