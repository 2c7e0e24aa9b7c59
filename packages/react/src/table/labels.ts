/** Every visible string of the table view, in English; pass a partial object to translate or reword. */
export interface TableLabels {
  grid: string;
  rowNumber: string;
  filter: string;
  filterPlaceholder: string;
  goToRow: string;
  goToRowPlaceholder: string;
  /** The row number typed in "Go to row" is not in the file or is filtered out. */
  rowNotShown: (row: string) => string;
  copyCell: string;
  copyRow: string;
  copied: string;
  copyFailed: string;
  download: string;
  loading: string;
  empty: string;
  headerOnly: string;
  resizeColumn: (column: string) => string;
  sortedAscending: string;
  sortedDescending: string;
  rowCount: (shown: number, total: number) => string;
  progress: (percent: number) => string;
  loadFailed: (reason: string) => string;
  warning: {
    'decoded-as-windows-1252': string;
    'invalid-utf-8-replaced': string;
    'ragged-rows': (count: number) => string;
    'malformed-rows': (count: number) => string;
  };
  untitledColumn: (position: number) => string;
  // Screen-reader announcements of the rows shown after a sort or filter change (issue 25).
  /** `rows` is `rowCount`'s text ("1,204 rows", "12 of 1,204 rows"). */
  sortedBy: (column: string, direction: 'ascending' | 'descending', rows: string) => string;
  /** The sort was removed: rows are back in the file's order. */
  sortCleared: (rows: string) => string;
  filterApplied: (rows: string) => string;
  filterCleared: (rows: string) => string;
}

const numberFormat = new Intl.NumberFormat('en-US');
const pluralRules = new Intl.PluralRules('en-US');
const rows = (count: number) => (pluralRules.select(count) === 'one' ? 'row' : 'rows');

export const tableLabels: TableLabels = {
  grid: 'Table',
  rowNumber: 'Row',
  filter: 'Filter rows',
  filterPlaceholder: 'Filter…',
  goToRow: 'Go to row',
  goToRowPlaceholder: 'Row #',
  rowNotShown: (row) => `Row ${row} is not shown`,
  copyCell: 'Copy cell',
  copyRow: 'Copy row',
  copied: 'Copied',
  copyFailed: 'Could not copy',
  download: 'Download CSV',
  loading: 'Loading table…',
  empty: 'This file has no rows.',
  headerOnly: 'This file has a header but no rows.',
  resizeColumn: (column) => `Resize column ${column}`,
  sortedAscending: 'sorted ascending',
  sortedDescending: 'sorted descending',
  rowCount: (shown, total) => (shown === total ? `${numberFormat.format(total)} ${rows(total)}` : `${numberFormat.format(shown)} of ${numberFormat.format(total)} ${rows(total)}`),
  progress: (percent) => `Parsing… ${percent}%`,
  loadFailed: (reason) => `The table could not be loaded: ${reason}`,
  warning: {
    'decoded-as-windows-1252': 'This file is not UTF-8; it was read as Windows-1252 (Western European). Some characters may be wrong.',
    'invalid-utf-8-replaced': 'Some bytes in this file are not valid UTF-8 and are shown as �.',
    'ragged-rows': (count) => `${numberFormat.format(count)} ${rows(count)} ${pluralRules.select(count) === 'one' ? 'has' : 'have'} a different number of cells than the header.`,
    'malformed-rows': (count) => `${numberFormat.format(count)} ${rows(count)} could not be parsed cleanly (for example an unclosed quote).`,
  },
  untitledColumn: (position) => `Column ${position}`,
  // Screen-reader announcements of the rows shown after a sort or filter change (issue 25).
  sortedBy: (column, direction, rows) => `Sorted by ${column}, ${direction}; ${rows}`,
  sortCleared: (rows) => `In file order; ${rows}`,
  filterApplied: (rows) => `Filter applied; ${rows}`,
  filterCleared: (rows) => `Filter cleared; ${rows}`,
};

/** Merges partial labels over `base` (the English set, or the set a LabelsProvider gives). */
export function mergeTableLabels(overrides: Partial<TableLabels> | undefined, base: TableLabels = tableLabels): TableLabels {
  if (!overrides) return base;
  return { ...base, ...overrides, warning: { ...base.warning, ...overrides.warning } };
}
