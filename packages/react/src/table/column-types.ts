export type ColumnKind = 'number' | 'text';

/** Rows looked at to decide a column's kind: enough for real data, bounded so huge files pay nothing more. */
export const typeInferenceRows = 10_000;

// Plain decimals, exponents, thousands separators and a trailing percent sign: what spreadsheets export.
const numberPattern = /^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][-+]?\d+)?%?$/;

export function looksNumeric(value: string): boolean {
  const trimmed = value.trim();
  return trimmed !== '' && /\d/.test(trimmed) && numberPattern.test(trimmed);
}

/** The number a cell shows, for sorting; NaN for anything else. */
export function numericValue(value: string): number {
  const trimmed = value.trim().replaceAll(',', '');
  if (trimmed === '') return Number.NaN;
  return Number(trimmed.endsWith('%') ? trimmed.slice(0, -1) : trimmed);
}

/** Accumulates evidence chunk by chunk: a column is numeric when every non-empty sampled cell is a number. */
export class ColumnKindInference {
  private readonly numeric: boolean[] = [];
  private readonly seen: number[] = [];
  private sampledRows = 0;

  observe(rows: readonly (readonly string[])[]): void {
    for (const row of rows) {
      if (this.sampledRows >= typeInferenceRows) return;
      this.sampledRows += 1;
      row.forEach((cell, column) => {
        if (cell.trim() === '') return;
        this.seen[column] = (this.seen[column] ?? 0) + 1;
        this.numeric[column] = (this.numeric[column] ?? true) && looksNumeric(cell);
      });
    }
  }

  kinds(columnCount: number): ColumnKind[] {
    return Array.from({ length: columnCount }, (_, column) => ((this.seen[column] ?? 0) > 0 && this.numeric[column] === true ? 'number' : 'text'));
  }
}
