'use client';
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { bodyHeight, defaultMaxBodyHeight, isScaled, offsetForScrollTop, offsetToShow, rowWindow, scrollTopForOffset, type RowWindow, type RowWindowGeometry } from './row-window.js';

export interface RowWindowOptions {
  rowCount: number;
  rowHeight: number;
  /** Height of the sticky header above the rows, inside the same scroll box. */
  headerHeight: number;
  overscan: number;
  /** False while the scroll box is not rendered. */
  enabled: boolean;
  maxBodyHeight?: number;
}

export interface RowWindowResult extends RowWindow {
  /** The body's height in pixels (capped: see row-window.ts). */
  height: number;
  /** Scrolls the least that shows row `index` whole. */
  scrollToRow: (index: number) => void;
}

interface ScrollState {
  scrollTop: number;
  /**
   * Set when the view scrolled to a row: with a scaled body, a scroll position that the browser
   * rounded would otherwise map back to an offset a few pixels off, cutting the row it showed.
   */
  pinnedOffset: number | null;
}

function sameWindow(a: RowWindow, b: RowWindow): boolean {
  return a.first === b.first && a.last === b.last && a.shift === b.shift;
}

/** The rows to render for a scroll box of fixed-height rows (no per-row measuring). */
export function useRowWindow(scrollRef: RefObject<HTMLElement | null>, options: RowWindowOptions): RowWindowResult {
  const { rowCount, rowHeight, headerHeight, overscan, enabled, maxBodyHeight = defaultMaxBodyHeight } = options;
  const [viewportHeight, setViewportHeight] = useState(0);
  const [scroll, setScroll] = useState<ScrollState>({ scrollTop: 0, pinnedOffset: null });
  const geometry: RowWindowGeometry = { rowCount, rowHeight, viewportHeight, maxBodyHeight };
  const scaled = isScaled(geometry);
  const offset = scaled && scroll.pinnedOffset !== null ? Math.min(scroll.pinnedOffset, offsetForScrollTop(geometry, Number.POSITIVE_INFINITY)) : offsetForScrollTop(geometry, scroll.scrollTop);
  const range = rowWindow(geometry, scroll.scrollTop, offset, overscan);

  const geometryRef = useRef(geometry);
  useEffect(() => {
    geometryRef.current = { rowCount, rowHeight, viewportHeight, maxBodyHeight };
  }, [rowCount, rowHeight, viewportHeight, maxBodyHeight]);

  useLayoutEffect(() => {
    const box = scrollRef.current;
    if (!enabled || !box) return;
    const measure = (): void => setViewportHeight(Math.max(0, box.clientHeight - headerHeight));
    const onScroll = (): void => {
      const scrollTop = box.scrollTop;
      setScroll((previous) => {
        if (previous.pinnedOffset !== null && Math.abs(scrollTop - previous.scrollTop) < 1.5) return previous;
        const next = { scrollTop, pinnedOffset: null };
        const current = geometryRef.current;
        // Unscaled rows sit at their true positions: only a change of the rendered range needs a render.
        if (!isScaled(current) && previous.pinnedOffset === null) {
          const before = rowWindow(current, previous.scrollTop, offsetForScrollTop(current, previous.scrollTop), overscan);
          const after = rowWindow(current, scrollTop, offsetForScrollTop(current, scrollTop), overscan);
          if (sameWindow(before, after)) return previous;
        }
        return next;
      });
    };
    measure();
    onScroll();
    box.addEventListener('scroll', onScroll, { passive: true });
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    observer?.observe(box);
    return () => {
      box.removeEventListener('scroll', onScroll);
      observer?.disconnect();
    };
  }, [scrollRef, enabled, headerHeight, overscan]);

  const scrollToRow = useCallback(
    (index: number): void => {
      const box = scrollRef.current;
      if (!box) return;
      const current = geometryRef.current;
      const scaledNow = isScaled(current);
      const from = scaledNow ? offset : offsetForScrollTop(current, box.scrollTop);
      const target = offsetToShow(current, from, index);
      if (target === from) return;
      box.scrollTop = scrollTopForOffset(current, target);
      setScroll({ scrollTop: box.scrollTop, pinnedOffset: scaledNow ? target : null });
    },
    [scrollRef, offset],
  );

  return { ...range, height: bodyHeight(geometry), scrollToRow };
}
