import { numericValue, type ColumnKind } from './column-types.js';
import { cellAt } from './row-codec.js';

export interface TableSort {
  column: number;
  direction: 'ascending' | 'descending';
}

export interface RowOrderQuery {
  sort: TableSort | null;
  filter: string;
  columnKinds: readonly ColumnKind[];
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/**
 * The rows to show, as indexes into `rows` (a typed array: 4 bytes a row, not an object a row).
 * Filtering keeps rows with any cell containing the text, ignoring case; sorting compares numbers
 * as numbers in numeric columns and text with a numeric-aware collator ("file2" before "file10").
 * Empty and non-numeric cells go last in either direction; ties keep file order.
 */
export function computeRowOrder(rows: readonly string[], rowCount: number, query: RowOrderQuery): Uint32Array {
  const needle = query.filter.trim().toLowerCase();
  let order: Uint32Array;
  if (needle === '') {
    order = new Uint32Array(rowCount);
    for (let index = 0; index < rowCount; index += 1) order[index] = index;
  } else {
    const kept: number[] = [];
    for (let index = 0; index < rowCount; index += 1) {
      if ((rows[index] ?? '').toLowerCase().includes(needle)) kept.push(index);
    }
    order = Uint32Array.from(kept);
  }
  const sort = query.sort;
  if (!sort) return order;
  const sign = sort.direction === 'ascending' ? 1 : -1;
  if (query.columnKinds[sort.column] === 'number') {
    const keys = new Float64Array(rows.length > 0 ? rowCount : 0);
    for (const index of order) keys[index] = numericValue(cellAt(rows[index] ?? '', sort.column));
    return order.sort((left, right) => {
      const a = keys[left] ?? Number.NaN;
      const b = keys[right] ?? Number.NaN;
      if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) === Number.isNaN(b) ? left - right : Number.isNaN(a) ? 1 : -1;
      return a === b ? left - right : (a - b) * sign;
    });
  }
  const keys = new Map<number, string>();
  for (const index of order) keys.set(index, cellAt(rows[index] ?? '', sort.column));
  return order.sort((left, right) => {
    const a = keys.get(left) ?? '';
    const b = keys.get(right) ?? '';
    if (a === '' || b === '') return a === b ? left - right : a === '' ? 1 : -1;
    return collator.compare(a, b) * sign || left - right;
  });
}
