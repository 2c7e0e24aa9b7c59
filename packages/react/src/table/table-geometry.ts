/** The table's fixed sizes in pixels: rows have one height, so no row is ever measured. */
export const rowHeight = 32;
export const headerHeight = 36;
export const rowNumberWidth = 64;
/** Longer cells are cut in the grid; the focused cell shows its full text. */
export const maxCellChars = 300;
export const resizeStep = 24;
export const minColumnWidth = 56;
export const maxColumnWidth = 1200;

/** -1 as `row` is the header row; otherwise the position among the rows shown. */
export interface ActiveCell {
  row: number;
  column: number;
}
