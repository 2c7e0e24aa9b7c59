import { describe, expect, it } from 'vitest';
import { createExecutionCard } from '../execution-card.js';
import { createInitialState } from '../initial-state.js';
import type { ReasoningItem, Turn } from '../state.js';
import { cardWithCode, reasoningWithSummary, stateWithTurns, turnWithItems, turnWithSequenceNumber } from './records.js';

const turn: Turn = { id: 't', user: null, response: null, items: [], lastSequenceNumber: 3 };

describe('record copies', () => {
  it('copy every field but the one they change, exactly as a spread would', () => {
    const state = { ...createInitialState(), conversationToken: 'tok', unknownEventCount: 2 };
    expect(stateWithTurns(state, [turn])).toStrictEqual({ ...state, turns: [turn] });
    expect(turnWithItems(turn, [])).toStrictEqual({ ...turn, items: [] });
    expect(turnWithSequenceNumber(turn, 9)).toStrictEqual({ ...turn, lastSequenceNumber: 9 });
    const card = createExecutionCard({ id: 'ci', status: 'interpreting', containerId: 'cntr', startedAt: 5 });
    expect(cardWithCode(card, 'x = 1')).toStrictEqual({ ...card, code: 'x = 1' });
    const reasoning: ReasoningItem = { kind: 'reasoning', id: 'rs', status: 'completed', summary: [] };
    expect(reasoningWithSummary(reasoning, ['a'])).toStrictEqual({ ...reasoning, summary: ['a'] });
  });

  it('keep a turn\'s arrivalOrdered when set and do not add it when absent', () => {
    expect(Object.hasOwn(turnWithSequenceNumber(turn, 4), 'arrivalOrdered')).toBe(false);
    expect(turnWithItems({ ...turn, arrivalOrdered: true }, []).arrivalOrdered).toBe(true);
  });
});
