'use client';
import { startTransition, useEffect, useRef, useState, type ReactNode } from 'react';

export interface LazyMountProps {
  children: ReactNode;
  /**
   * How far beyond the viewport the content stays mounted (an IntersectionObserver `rootMargin`, relative to the
   * viewport). Default two viewports above and below: content is back well before it scrolls into view.
   */
  rootMargin?: string;
}

/**
 * Unmounts heavy content (a table with its rows, an HTML preview's iframe) while it is far out of view and mounts it
 * again when it comes near, so a long conversation costs what its visible part costs. While parked, an empty box of
 * the last rendered height stands in: nothing around it moves. Content that holds the focus is never parked.
 * Mounted from the start (and always where there is no IntersectionObserver).
 */
export function LazyMount({ children, rootMargin = '200% 0px' }: LazyMountProps): ReactNode {
  const box = useRef<HTMLDivElement>(null);
  /** Null while mounted; else the placeholder's height (0: never laid out, so no height is known or needed). */
  const [parkedHeight, setParkedHeight] = useState<number | null>(null);

  useEffect(() => {
    const element = box.current;
    if (!element || typeof IntersectionObserver === 'undefined') return;
    // Content inside a turn skipped by `content-visibility: auto` is reported with an empty box: the last size seen
    // by the resize observer (which needs no layout read of its own) is the one the placeholder keeps.
    let lastHeight = 0;
    const sizes =
      typeof ResizeObserver === 'undefined'
        ? null
        : new ResizeObserver((entries) => {
            const height = entries[entries.length - 1]?.borderBoxSize[0]?.blockSize ?? 0;
            if (height > 0) lastHeight = height;
          });
    sizes?.observe(element);
    const observer = new IntersectionObserver(
      (entries) => {
        const entry = entries[entries.length - 1];
        if (!entry) return;
        if (entry.isIntersecting) {
          // A transition: the remount renders in slices instead of one long task in the middle of a scroll.
          startTransition(() => setParkedHeight(null));
          return;
        }
        if (element.contains(document.activeElement)) return;
        const height = entry.boundingClientRect.height;
        setParkedHeight(height > 0 ? height : lastHeight);
      },
      { rootMargin },
    );
    observer.observe(element);
    return () => {
      observer.disconnect();
      sizes?.disconnect();
    };
  }, [rootMargin]);

  const parked = parkedHeight !== null;
  return (
    <div ref={box} data-slot="lazy-mount" data-state={parked ? 'parked' : 'mounted'} style={parked && parkedHeight > 0 ? { height: parkedHeight } : undefined}>
      {parked ? null : children}
    </div>
  );
}
