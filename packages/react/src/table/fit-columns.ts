/** What one column needs, in pixels: its widest measured content, and how narrow it may be squeezed. */
export interface ColumnNeed {
  /** Width that shows the header and every measured cell in full (padding and border included). */
  content: number;
  /** Floor when the columns do not fit: a column is never cut below this (nor below its content, when narrower). */
  minimum: number;
}

/** Whole pixels summing to `Math.floor(total)`: floors, then one more pixel to the largest remainders. */
function toWholePixels(widths: readonly number[], total: number): number[] {
  const floors = widths.map((width) => Math.floor(width));
  let left = Math.floor(total) - floors.reduce((sum, width) => sum + width, 0);
  const byRemainder = widths.map((width, index) => ({ index, remainder: width - Math.floor(width) })).sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of byRemainder) {
    if (left <= 0) break;
    floors[index] = (floors[index] ?? 0) + 1;
    left -= 1;
  }
  return floors;
}

/**
 * Column widths for `available` pixels:
 * - when the contents fit, every column gets its content width plus a share of the free width in
 *   proportion to it, so the columns fill the width exactly and nothing is cut;
 * - when they do not, the widest columns give way first (each down to its minimum at most), so only
 *   what does not fit is cut; when even the minimums do not fit, the columns keep their minimums and
 *   the grid scrolls sideways.
 */
export function fitColumnWidths(columns: readonly ColumnNeed[], available: number): number[] {
  if (columns.length === 0) return [];
  const wanted = columns.map((column) => Math.max(1, Math.ceil(column.content)));
  const floors = columns.map((column, index) => Math.max(1, Math.min(wanted[index] ?? 1, Math.ceil(column.minimum))));
  const wantedTotal = wanted.reduce((sum, width) => sum + width, 0);
  const space = Math.max(0, Math.floor(available));

  if (wantedTotal <= space) {
    const grow = space / wantedTotal;
    return toWholePixels(
      wanted.map((width) => width * grow),
      space,
    );
  }

  const floorTotal = floors.reduce((sum, width) => sum + width, 0);
  if (floorTotal >= space) return floors;

  // Water-filling: the largest cap at which the capped widths still fit, found by bisection.
  const widthAt = (cap: number): number[] => wanted.map((width, index) => Math.max(floors[index] ?? 1, Math.min(width, cap)));
  const totalAt = (cap: number): number => widthAt(cap).reduce((sum, width) => sum + width, 0);
  let low = 0;
  let high = Math.max(...wanted);
  for (let step = 0; step < 40; step += 1) {
    const middle = (low + high) / 2;
    if (totalAt(middle) <= space) low = middle;
    else high = middle;
  }
  return toWholePixels(widthAt(low), Math.min(space, totalAt(low) + 0.5));
}

export interface ColumnNeedOptions {
  /** Header labels, one per column. */
  headers: readonly string[];
  /** Sample rows, each the column texts. */
  rows: readonly (readonly string[])[];
  /** Pixel width of a header label and of a cell text. */
  measureHeader: (text: string) => number;
  measureCell: (text: string) => number;
  /** Padding, border and sort indicator around a header label; padding and border around a cell text. */
  headerExtra: number;
  cellExtra: number;
  /** No column asks for more than this (long text is cut and shown in full in the focused cell). */
  maxContent: number;
  /** The floor a column may be squeezed to when the table does not fit. */
  minimum: number;
  /** Only this many of each column's longest texts (by characters) are measured. */
  measuredPerColumn?: number;
}

/** Each column's need, from the header and the longest sample texts, measured. */
export function columnNeeds({ headers, rows, measureHeader, measureCell, headerExtra, cellExtra, maxContent, minimum, measuredPerColumn = 3 }: ColumnNeedOptions): ColumnNeed[] {
  return headers.map((header, column) => {
    const longest: string[] = [];
    for (const row of rows) {
      const text = row[column] ?? '';
      if (longest.length < measuredPerColumn) longest.push(text);
      else {
        const shortest = longest.reduce((at, candidate, index) => (candidate.length < (longest[at] ?? '').length ? index : at), 0);
        if (text.length > (longest[shortest] ?? '').length) longest[shortest] = text;
      }
    }
    const widest = longest.reduce((width, text) => Math.max(width, measureCell(text) + cellExtra), measureHeader(header) + headerExtra);
    return { content: Math.min(maxContent, Math.ceil(widest)), minimum };
  });
}
