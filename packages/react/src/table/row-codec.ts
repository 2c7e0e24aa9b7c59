/**
 * Rows are kept as one string per row, cells joined by the ASCII unit separator: one heap object
 * per row instead of one per cell keeps a 100 MB file near 1× its size in memory (an array of cell
 * strings costs ≈ 5× the file). A separator inside a cell is shown as its visible symbol (U+241F).
 */
export const cellSeparator = '\u001f';
const visibleSeparator = '\u241f';

/**
 * `textMayContainSeparator` lets the caller skip the per-cell check: it scans each input chunk once
 * (one fast `includes`) instead of every cell.
 */
export function encodeRow(cells: readonly string[], textMayContainSeparator = true): string {
  if (textMayContainSeparator && cells.some((cell) => cell.includes(cellSeparator))) {
    return cells.map((cell) => cell.replaceAll(cellSeparator, visibleSeparator)).join(cellSeparator);
  }
  return cells.join(cellSeparator);
}

export function decodeRow(row: string): string[] {
  return row.split(cellSeparator);
}

/** The cell at `column` without splitting the whole row (used when sorting). */
export function cellAt(row: string, column: number): string {
  let start = 0;
  for (let index = 0; index < column; index += 1) {
    const next = row.indexOf(cellSeparator, start);
    if (next === -1) return '';
    start = next + 1;
  }
  const end = row.indexOf(cellSeparator, start);
  return end === -1 ? row.slice(start) : row.slice(start, end);
}
