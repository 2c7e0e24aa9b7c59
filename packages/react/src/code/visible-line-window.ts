export interface LineWindowInput {
  lineCount: number;
  lineHeight: number;
  /** Viewport height in lines. */
  viewportLines: number;
  scrollTop: number;
  /** When false every line is rendered. */
  virtualized: boolean;
  /** Show the last lines regardless of `scrollTop` (streaming follows the newest line). */
  pinnedToEnd: boolean;
  overscan: number;
}

export interface LineWindow {
  start: number;
  end: number;
  /** Pixels standing in for the lines above and below the window, so the scrollbar stays true. */
  paddingTop: number;
  paddingBottom: number;
}

/** Which lines to put in the DOM: all of them, or the visible window plus overscan. */
export function visibleLineWindow({ lineCount, lineHeight, viewportLines, scrollTop, virtualized, pinnedToEnd, overscan }: LineWindowInput): LineWindow {
  if (!virtualized) return { start: 0, end: lineCount, paddingTop: 0, paddingBottom: 0 };
  const firstVisible = pinnedToEnd ? Math.max(0, lineCount - viewportLines) : Math.min(Math.max(0, Math.floor(scrollTop / lineHeight)), Math.max(0, lineCount - viewportLines));
  const start = Math.max(0, firstVisible - overscan);
  const end = Math.min(lineCount, firstVisible + viewportLines + overscan);
  return { start, end, paddingTop: start * lineHeight, paddingBottom: (lineCount - end) * lineHeight };
}
