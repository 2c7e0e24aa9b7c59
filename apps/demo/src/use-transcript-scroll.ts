import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

/** Further than this from the bottom, the latest content counts as out of view. */
const nearBottomPx = 96;

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

function distanceFromBottom(): number {
  return document.documentElement.scrollHeight - (window.scrollY + window.innerHeight);
}

export interface TranscriptScroll {
  /** The end of the conversation is out of view (the user scrolled up, or the answer grew below). */
  awayFromLatest: boolean;
  /** Scrolls to the end of the conversation. */
  jumpToLatest(): void;
}

/**
 * The page scrolls, not a box. A turn the user just sent is brought to the top of the view once; the answer then
 * streams below it without the view following (a chart or table is read from its start, not landed in the middle
 * of). Nothing scrolls on load, so the page opens at its top.
 */
export function useTranscriptScroll(turnCount: number, transcript: RefObject<HTMLElement | null>): TranscriptScroll {
  const seenTurns = useRef(turnCount);
  const [awayFromLatest, setAwayFromLatest] = useState(false);

  useEffect(() => {
    const added = turnCount > seenTurns.current;
    seenTurns.current = turnCount;
    if (!added) return;
    const turns = transcript.current?.querySelectorAll('[data-slot="turn"]');
    turns?.[turns.length - 1]?.scrollIntoView?.({ block: 'start', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
  }, [turnCount, transcript]);

  useEffect(() => {
    // Reads layout only once it is up to date: scrolls are folded into one read per frame, and a resize is read in
    // the observer's callback, which runs after layout. A streamed delta thus never forces a layout of its own.
    let frame: number | null = null;
    const read = () => setAwayFromLatest(distanceFromBottom() > nearBottomPx);
    const measureNextFrame = () => {
      if (frame !== null) return;
      frame = requestAnimationFrame(() => {
        frame = null;
        read();
      });
    };
    measureNextFrame();
    window.addEventListener('scroll', measureNextFrame, { passive: true });
    window.addEventListener('resize', measureNextFrame);
    // The answer grows while it streams: the end moves away without any scrolling.
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(read) : null;
    observer?.observe(document.body);
    return () => {
      window.removeEventListener('scroll', measureNextFrame);
      window.removeEventListener('resize', measureNextFrame);
      observer?.disconnect();
      if (frame !== null) cancelAnimationFrame(frame);
    };
  }, []);

  const jumpToLatest = useCallback(() => {
    window.scrollTo({ top: document.documentElement.scrollHeight, behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
  }, []);

  return { awayFromLatest, jumpToLatest };
}
