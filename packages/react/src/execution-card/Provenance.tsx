'use client';
import { isSettledStatus } from '@execards/core';
import { forwardRef, type ComponentPropsWithRef } from 'react';
import { CopyButton } from '../clipboard/CopyButton.js';
import { useLabels } from '../LabelsProvider.js';
import { useRun } from './ExecutionCardParts.js';

export interface ProvenanceProps extends Omit<ComponentPropsWithRef<'dl'>, 'children'> {
  /** The sandbox the call ran in (`cntr_...`). */
  containerId: string | null;
}

/** `cntr_68dd9374…ce6a` style: enough to tell sandboxes apart; the full id is in the title and the copy. */
export function shortContainerId(id: string): string {
  return id.length <= 16 ? id : `${id.slice(0, 9)}…${id.slice(-4)}`;
}

/** The run's timeline: when it started, how long it took, how it ended, and in which sandbox. */
export const Provenance = forwardRef<HTMLDListElement, ProvenanceProps>(function Provenance({ containerId, ...props }: ProvenanceProps, ref) {
  const { status, outcome, startedAt, completedAt } = useRun();
  const labels = useLabels();
  const settled = isSettledStatus(status);
  const duration = startedAt !== null && completedAt !== null ? labels.formatElapsed(completedAt - startedAt) : settled ? null : labels.provenance.stillRunning;

  return (
    <dl data-slot="execution-card-provenance" aria-label={labels.provenance.label} ref={ref} {...props}>
      {startedAt !== null && (
        <div data-slot="provenance-entry" data-name="started">
          <dt>{labels.provenance.started}</dt>
          <dd>
            <time dateTime={new Date(startedAt).toISOString()}>{labels.formatTime(startedAt)}</time>
          </dd>
        </div>
      )}
      {duration !== null && (
        <div data-slot="provenance-entry" data-name="duration">
          <dt>{labels.provenance.duration}</dt>
          <dd>{duration}</dd>
        </div>
      )}
      <div data-slot="provenance-entry" data-name="outcome">
        <dt>{labels.provenance.outcome}</dt>
        <dd data-status={status} data-outcome={outcome.kind}>
          {outcome.kind === 'raised' ? labels.provenance.raised(outcome.exception.name) : outcome.kind === 'stopped' ? labels.provenance.stopped : labels.provenance.outcomes[status]}
        </dd>
      </div>
      {containerId && (
        <div data-slot="provenance-entry" data-name="container">
          <dt>{labels.provenance.container}</dt>
          <dd>
            <code data-slot="provenance-container-id" title={containerId} data-container-id={containerId}>
              {shortContainerId(containerId)}
            </code>
            <CopyButton data-slot="provenance-copy" text={containerId} label={labels.provenance.copyContainerId} announcement={labels.provenance.containerIdCopied} target={containerId} />
          </dd>
        </div>
      )}
    </dl>
  );
});
Provenance.displayName = 'ExecutionCard.Provenance';
