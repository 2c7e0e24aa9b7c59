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
}

/** The status of one code-interpreter call, with live elapsed time while it runs. */
export const StatusBadge = forwardRef<HTMLSpanElement, StatusBadgeProps>(function StatusBadge({ status, startedAt, completedAt, labels = defaultLabels, label, ...props }: StatusBadgeProps, ref) {
  const running = !isSettledStatus(status);
  const now = useNow(running && startedAt != null);
  const end = running ? now : (completedAt ?? null);
  const elapsed = startedAt != null && end != null ? labels.formatElapsed(end - startedAt) : null;

  return (
    <span data-slot="status-badge" data-status={status} ref={ref} {...props}>
      <span data-slot="status-indicator" aria-hidden="true" />
      <span data-slot="status-label">{label ?? labels.status[status]}</span>
      {elapsed !== null && (
        <span data-slot="status-elapsed">
          <span className="xc-visually-hidden">, </span>
          {elapsed}
        </span>
      )}
    </span>
  );
});
StatusBadge.displayName = 'StatusBadge';
