'use client';
import { isSettledStatus, type ExecutionStatus } from '@execards/core';
import { forwardRef, type ComponentPropsWithRef } from 'react';
import { defaultLabels, type Labels } from './labels.js';
import { useNow } from './use-now.js';

export interface StatusBadgeProps extends ComponentPropsWithRef<'span'> {
  status: ExecutionStatus;
  /** Epoch milliseconds when the call started; enables the elapsed time. */
  startedAt?: number | null;
  /** Epoch milliseconds when the call settled; freezes the elapsed time. */
  completedAt?: number | null;
  labels?: Pick<Labels, 'status' | 'formatElapsed'>;
  /** Text instead of the status's label (e.g. "Stopped" for an incomplete run the user stopped). */
  label?: string;
  /**
   * What screen readers read instead of the badge's parts, e.g. "completed in 3 seconds": the
   * ticking elapsed time is then hidden from them (it would be read as a stream of numbers).
   */
  phrase?: string;
}

/** The status of one code-interpreter call, with live elapsed time while it runs. */
export const StatusBadge = forwardRef<HTMLSpanElement, StatusBadgeProps>(function StatusBadge({ status, startedAt, completedAt, labels = defaultLabels, label, phrase, ...props }: StatusBadgeProps, ref) {
  const running = !isSettledStatus(status);
  const now = useNow(running && startedAt != null);
  const end = running ? now : (completedAt ?? null);
  const elapsed = startedAt != null && end != null ? labels.formatElapsed(end - startedAt) : null;

  return (
    <span data-slot="status-badge" data-status={status} ref={ref} {...props}>
      <span data-slot="status-indicator" aria-hidden="true" />
      {phrase !== undefined && (
        <span data-slot="status-phrase" className="xc-visually-hidden">
          {phrase}
        </span>
      )}
      <span data-slot="status-label" aria-hidden={phrase !== undefined || undefined}>
        {label ?? labels.status[status]}
      </span>
      {elapsed !== null && (
        <span data-slot="status-elapsed" aria-hidden={phrase !== undefined || undefined}>
          <span className="xc-visually-hidden">, </span>
          {elapsed}
        </span>
      )}
    </span>
  );
});
StatusBadge.displayName = 'StatusBadge';
