/**
 * Fixed-height rows in a scroll box whose height is capped.
 *
 * Browsers cap an element's height (Chromium at 33,554,430 px, Firefox near 17.9 M px), so the body of
 * 2,000,000 rows of 32 px cannot be laid out at its true height. Past `maxBodyHeight` the body keeps
 * that height and the scroll position maps linearly onto the rows: scrolling to the end of the box
 * reaches the last row. Only the rows in view (and `overscan` more) are placed, each translated
 * into view, so the DOM size does not depend on the row count.
 *
 * Coordinates: the "offset" is the distance, in the rows' true pixels, from the first row to the
 * top of the visible body; `scrollTop` is the box's own scroll position.
 */
export interface RowWindowGeometry {
  rowCount: number;
  rowHeight: number;
  /** The height of the visible part of the body (the box's client height less a sticky header). */
  viewportHeight: number;
  maxBodyHeight: number;
}

/** Below every browser's cap, and far enough below it that rounding never reaches it. */
export const defaultMaxBodyHeight = 10_000_000;

export function bodyHeight(geometry: RowWindowGeometry): number {
  return Math.min(geometry.rowCount * geometry.rowHeight, geometry.maxBodyHeight);
}

/** How far the box scrolls, and how far the rows' true height goes past the view. */
function ranges(geometry: RowWindowGeometry): { scrollRange: number; offsetRange: number } {
  const view = Math.max(0, geometry.viewportHeight);
  return {
    scrollRange: Math.max(0, bodyHeight(geometry) - view),
    offsetRange: Math.max(0, geometry.rowCount * geometry.rowHeight - view),
  };
}

export function isScaled(geometry: RowWindowGeometry): boolean {
  return geometry.rowCount * geometry.rowHeight > geometry.maxBodyHeight;
}

export function offsetForScrollTop(geometry: RowWindowGeometry, scrollTop: number): number {
  const { scrollRange, offsetRange } = ranges(geometry);
  const top = Math.max(0, Math.min(scrollTop, scrollRange));
  if (!isScaled(geometry) || scrollRange === 0) return top;
  return (top / scrollRange) * offsetRange;
}

export function scrollTopForOffset(geometry: RowWindowGeometry, offset: number): number {
  const { scrollRange, offsetRange } = ranges(geometry);
  const clamped = Math.max(0, Math.min(offset, offsetRange));
  if (!isScaled(geometry) || offsetRange === 0) return Math.min(clamped, scrollRange);
  return (clamped / offsetRange) * scrollRange;
}

/** The smallest change of `offset` that shows row `index` whole (`offset` itself when it is in view). */
export function offsetToShow(geometry: RowWindowGeometry, offset: number, index: number): number {
  const top = index * geometry.rowHeight;
  const bottom = top + geometry.rowHeight;
  const { offsetRange } = ranges(geometry);
  let next = offset;
  if (top < offset) next = top;
  else if (bottom > offset + geometry.viewportHeight) next = bottom - geometry.viewportHeight;
  return Math.max(0, Math.min(next, offsetRange));
}

export interface RowWindow {
  /** First and last row index to render (inclusive); `last < first` when there is none. */
  first: number;
  last: number;
  /** Add `index * rowHeight` to place a row in the body's own coordinates. */
  shift: number;
}

export function rowWindow(geometry: RowWindowGeometry, scrollTop: number, offset: number, overscan: number): RowWindow {
  const { rowCount, rowHeight, viewportHeight } = geometry;
  if (rowCount === 0) return { first: 0, last: -1, shift: 0 };
  const first = Math.max(0, Math.floor(offset / rowHeight) - overscan);
  const last = Math.min(rowCount - 1, Math.ceil((offset + Math.max(viewportHeight, rowHeight)) / rowHeight) - 1 + overscan);
  // The visible body starts at `scrollTop` in the body's coordinates; offset is where that is among the rows.
  return { first, last, shift: isScaled(geometry) ? scrollTop - offset : 0 };
}
