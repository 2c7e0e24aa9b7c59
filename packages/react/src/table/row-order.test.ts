import { describe, expect, it } from 'vitest';
import { computeRowOrder } from './row-order.js';
import { decodeRow, encodeRow } from './row-codec.js';

const rows = [
  ['file10', '10', 'Berlin'],
  ['file2', '2', 'athens'],
  ['file1', '', 'Cairo'],
  ['File3', '-1.5', 'berlin'],
  ['file20', '1,000', 'Delhi'],
].map((cells) => encodeRow(cells));

const names = (order: Uint32Array): string[] => [...order].map((index) => decodeRow(rows[index] ?? '')[0] ?? '');

describe('computeRowOrder', () => {
  it('keeps file order without sort or filter', () => {
    expect(names(computeRowOrder(rows, rows.length, { sort: null, filter: '', columnKinds: [] }))).toEqual(['file10', 'file2', 'file1', 'File3', 'file20']);
  });

  it('sorts a numeric column by value, empty cells last in both directions', () => {
    const kinds = ['text', 'number', 'text'] as const;
    expect(names(computeRowOrder(rows, rows.length, { sort: { column: 1, direction: 'ascending' }, filter: '', columnKinds: kinds }))).toEqual(['File3', 'file2', 'file10', 'file20', 'file1']);
    expect(names(computeRowOrder(rows, rows.length, { sort: { column: 1, direction: 'descending' }, filter: '', columnKinds: kinds }))).toEqual(['file20', 'file10', 'file2', 'File3', 'file1']);
  });

  it('sorts text numeric-aware and case-insensitively', () => {
    const order = computeRowOrder(rows, rows.length, { sort: { column: 0, direction: 'ascending' }, filter: '', columnKinds: ['text'] });
    expect(names(order)).toEqual(['file1', 'file2', 'File3', 'file10', 'file20']);
  });

  it('filters on any cell, ignoring case, and sorts what remains', () => {
    const order = computeRowOrder(rows, rows.length, { sort: { column: 0, direction: 'descending' }, filter: 'BERLIN', columnKinds: ['text'] });
    expect(names(order)).toEqual(['file10', 'File3']);
  });

  it('only considers the first rowCount rows (rows still streaming in)', () => {
    expect(names(computeRowOrder(rows, 2, { sort: null, filter: 'file', columnKinds: [] }))).toEqual(['file10', 'file2']);
  });
});
