import { describe, expect, it } from 'vitest';
import { foldEvents } from '../fold.js';
import type { ReasoningItem } from '../state.js';
import { lastTurn } from '../test-support/reducer-fixtures.js';
import { setSummary } from './reasoning.js';

const reasoning: ReasoningItem = { kind: 'reasoning', id: 'rs_1', status: 'in_progress', summary: [] };
const location = { output_index: 0, item_id: 'rs_1' };

describe('setSummary', () => {
  it('fills the parts before the index that never arrived with empty text', () => {
    expect(setSummary(reasoning, 2, () => 'third').summary).toEqual(['', '', 'third']);
  });

  it('returns the same item when the text does not change', () => {
    const item = { ...reasoning, summary: ['a'] };
    expect(setSummary(item, 0, (text) => text ?? '')).toBe(item);
  });
});

describe('reduce: reasoning summaries', () => {
  it('streams each summary part, and the part done gives its final text', () => {
    const state = foldEvents([
      { type: 'response.output_item.added', sequence_number: 1, output_index: 0, item: { id: 'rs_1', type: 'reasoning', summary: [] } },
      { type: 'response.reasoning_summary_part.added', sequence_number: 2, ...location, summary_index: 0 },
      { type: 'response.reasoning_summary_text.delta', sequence_number: 3, ...location, summary_index: 0, delta: '**Plan**' },
      { type: 'response.reasoning_summary_text.delta', sequence_number: 4, ...location, summary_index: 0, delta: ' the chart' },
      { type: 'response.reasoning_summary_text.done', sequence_number: 5, ...location, summary_index: 0, text: '**Plan** the chart' },
      { type: 'response.reasoning_summary_part.added', sequence_number: 6, ...location, summary_index: 1 },
      { type: 'response.reasoning_summary_text.delta', sequence_number: 7, ...location, summary_index: 1, delta: 'Then' },
      { type: 'response.reasoning_summary_part.done', sequence_number: 8, ...location, summary_index: 1, part: { type: 'summary_text', text: 'Then check it.' } },
    ]);
    expect(lastTurn(state).items).toEqual([{ kind: 'reasoning', id: 'rs_1', status: 'in_progress', summary: ['**Plan** the chart', 'Then check it.'] }]);
  });

  it('the final item completes the reasoning and its summary, when it has one, replaces the streamed parts', () => {
    const streamed = [
      { type: 'response.reasoning_summary_text.delta', sequence_number: 1, ...location, summary_index: 0, delta: 'draft' },
    ];
    const withSummary = foldEvents([...streamed, { type: 'response.output_item.done', sequence_number: 2, output_index: 0, item: { id: 'rs_1', type: 'reasoning', summary: [{ type: 'summary_text', text: 'final' }] } }]);
    expect(lastTurn(withSummary).items[0]).toEqual({ kind: 'reasoning', id: 'rs_1', status: 'completed', summary: ['final'] });
    const without = foldEvents([...streamed, { type: 'response.output_item.done', sequence_number: 2, output_index: 0, item: { id: 'rs_1', type: 'reasoning', summary: [] } }]);
    expect(lastTurn(without).items[0]).toEqual({ kind: 'reasoning', id: 'rs_1', status: 'completed', summary: ['draft'] });
  });
});
