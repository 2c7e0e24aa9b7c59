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
    let frame: number | null = null;
    const measure = () => {
      if (frame !== null) return;
      frame = requestAnimationFrame(() => {
        frame = null;
        setAwayFromLatest(distanceFromBottom() > nearBottomPx);
      });
    };
    measure();
    window.addEventListener('scroll', measure, { passive: true });
    window.addEventListener('resize', measure);
    // The answer grows while it streams: the end moves away without any scrolling.
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(measure) : null;
    observer?.observe(document.body);
    return () => {
      window.removeEventListener('scroll', measure);
      window.removeEventListener('resize', measure);
      observer?.disconnect();
      if (frame !== null) cancelAnimationFrame(frame);
    };
  }, []);

  const jumpToLatest = useCallback(() => {
    window.scrollTo({ top: document.documentElement.scrollHeight, behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
  }, []);

  return { awayFromLatest, jumpToLatest };
}
