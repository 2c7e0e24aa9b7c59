import { describe, expect, it } from 'vitest';
import type { MessageItem, OutputItem, Turn } from '../state.js';
import { updateItem, type ItemKind } from './items.js';

const message = (id: string, text = ''): MessageItem => ({ kind: 'message', id, status: 'in_progress', text, refusal: null, annotations: [], links: [], phase: null });
const messageKind: ItemKind<MessageItem> = { kind: 'message', create: (id) => message(id) };
const turnWith = (...items: OutputItem[]): Turn => ({ id: 't', user: null, response: null, items, lastSequenceNumber: -1 });
const at = (output_index: number, item_id: string) => ({ type: 'response.output_text.delta', sequence_number: 7, output_index, item_id });
const append = (item: MessageItem): MessageItem => ({ ...item, text: `${item.text}!` });

describe('updateItem', () => {
  it('updates the item at its output index, leaving the others in place', () => {
    const other = message('msg_0');
    const result = updateItem(turnWith(other, message('msg_1', 'hi')), at(1, 'msg_1'), messageKind, null, append);
    expect(result.applied && result.item.text).toBe('hi!');
    expect(result.applied && result.turn.items[0]).toBe(other);
  });

  it('finds the item by id when the index points elsewhere', () => {
    const result = updateItem(turnWith(message('msg_0'), message('msg_1', 'a')), at(5, 'msg_1'), messageKind, null, append);
    expect(result.applied && result.turn.items.map((item) => item.kind === 'message' && item.text)).toEqual(['', 'a!']);
  });

  it('creates an item the stream never announced, at the end', () => {
    const result = updateItem(turnWith(message('msg_0')), at(0, 'msg_9'), messageKind, null, append);
    expect(result.applied && result.turn.items.map((item) => item.id)).toEqual(['msg_0', 'msg_9']);
    expect(result.applied && result.item.text).toBe('!');
  });

  it('keeps the turn when the update changes nothing', () => {
    const turn = turnWith(message('msg_1'));
    const result = updateItem(turn, at(0, 'msg_1'), messageKind, null, (item) => item);
    expect(result.applied && result.turn).toBe(turn);
  });

  it('refuses an item of another kind under that id, with a diagnostic, and keeps the turn', () => {
    const turn = turnWith({ kind: 'reasoning', id: 'rs_1', status: 'in_progress', summary: [] });
    const result = updateItem(turn, at(0, 'rs_1'), messageKind, null, append);
    expect(result).toEqual({
      applied: false,
      outcome: {
        turn,
        diagnostic: { code: 'unexpected_event', message: 'response.output_text.delta names item rs_1, which is a reasoning, not a message', eventType: 'response.output_text.delta', sequenceNumber: 7 },
      },
    });
  });
});
