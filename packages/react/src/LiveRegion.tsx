'use client';
import { forwardRef, type ComponentPropsWithRef } from 'react';

export interface LiveRegionProps extends Omit<ComponentPropsWithRef<'span'>, 'children'> {
  /** The latest announcement; changing it makes screen readers read it out politely. */
  message: string;
}

/** A visually hidden polite live region; it stays mounted so the first announcement is heard too. */
export const LiveRegion = forwardRef<HTMLSpanElement, LiveRegionProps>(function LiveRegion({ message, ...props }: LiveRegionProps, ref) {
  return (
    <span data-slot="live-region" role="status" aria-live="polite" aria-atomic="true" className="xc-visually-hidden" ref={ref} {...props}>
      {message}
    </span>
  );
});
LiveRegion.displayName = 'LiveRegion';
