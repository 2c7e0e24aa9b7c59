import { describe, expect, it } from 'vitest';
import { defaultLabels, mergeLabels } from './labels.js';
import { de } from './locales/de.js';

describe('mergeLabels', () => {
  it('merges the table and HTML groups key by key, the table warnings too', () => {
    const merged = mergeLabels({ table: { download: 'Als CSV', warning: { ...defaultLabels.table.warning, 'ragged-rows': () => 'ungleich' } }, html: { downloadPng: 'Als PNG' } });
    expect(merged.table.download).toBe('Als CSV');
    expect(merged.table.copyRow).toBe('Copy row');
    expect(merged.table.warning['ragged-rows'](2)).toBe('ungleich');
    expect(merged.table.warning['malformed-rows'](2)).toBe('2 rows could not be parsed cleanly (for example an unclosed quote).');
    expect(merged.html).toEqual({ ...defaultLabels.html, downloadPng: 'Als PNG' });
  });

  it('keeps a whole locale as it is', () => {
    expect(mergeLabels(de)).toEqual(de);
  });
});

describe('the English table labels', () => {
  it('say "row" for one and "rows" otherwise', () => {
    expect(defaultLabels.table.rowCount(1, 1)).toBe('1 row');
    expect(defaultLabels.table.rowCount(1, 1234)).toBe('1 of 1,234 rows');
    expect(defaultLabels.table.warning['ragged-rows'](1)).toBe('1 row has a different number of cells than the header.');
    expect(defaultLabels.table.warning['ragged-rows'](3)).toBe('3 rows have a different number of cells than the header.');
  });
});
