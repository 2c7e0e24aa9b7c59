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
  const [parkedHeight, setParkedHeight] = useState<number | null>(null);

  useEffect(() => {
    const element = box.current;
    if (!element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        const entry = entries[entries.length - 1];
        if (!entry) return;
        if (entry.isIntersecting) {
          // A transition: the remount renders in slices instead of one long task in the middle of a scroll.
          startTransition(() => setParkedHeight(null));
          return;
        }
        // The entry already carries the height: parking needs no layout read of its own.
        const height = entry.boundingClientRect.height;
        if (height > 0 && !element.contains(document.activeElement)) setParkedHeight(height);
      },
      { rootMargin },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [rootMargin]);

  const parked = parkedHeight !== null;
  return (
    <div ref={box} data-slot="lazy-mount" data-state={parked ? 'parked' : 'mounted'} style={parked ? { height: parkedHeight } : undefined}>
      {parked ? null : children}
    </div>
  );
}
