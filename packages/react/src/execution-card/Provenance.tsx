'use client';
import { isSettledStatus } from '@execards/core';
import { forwardRef, type ComponentPropsWithRef } from 'react';
import { CopyButton } from '../clipboard/CopyButton.js';
import { useLabels } from '../LabelsProvider.js';
import { useRun } from './ExecutionCardParts.js';

export interface ProvenanceProps extends Omit<ComponentPropsWithRef<'div'>, 'children'> {
  /** The sandbox the call ran in (`cntr_...`). */
  containerId: string | null;
}

/** `cntr_68dd9374…ce6a` style: enough to tell sandboxes apart; the full id is in the title and the copy. */
export function shortContainerId(id: string): string {
  return id.length <= 16 ? id : `${id.slice(0, 9)}…${id.slice(-4)}`;
}

/** The last characters of a sandbox id: what a screen reader reads instead of all fifty. */
export function containerIdEnding(id: string): string {
  return id.slice(-4);
}

/**
 * The run's timeline: when it started, how long it took, how it ended, and in which sandbox. Seen as
 * a row of terms; read as one sentence ("Started at 14:03:07, ran for 3 seconds, finished, in
 * sandbox ending 3f9a.") so a screen reader does not announce a list of term/definition pairs.
 */
export const Provenance = forwardRef<HTMLDivElement, ProvenanceProps>(function Provenance({ containerId, ...props }: ProvenanceProps, ref) {
  const { status, outcome, startedAt, completedAt } = useRun();
  const labels = useLabels();
  const settled = isSettledStatus(status);
  const elapsed = startedAt !== null && completedAt !== null ? completedAt - startedAt : null;
  const duration = elapsed !== null ? labels.formatElapsed(elapsed) : settled ? null : labels.provenance.stillRunning;
  const outcomeText = outcome.kind === 'raised' ? labels.provenance.raised(outcome.exception.name) : outcome.kind === 'stopped' ? labels.provenance.stopped : labels.provenance.outcomes[status];
  const sentence = labels.provenance.sentence({
    started: startedAt === null ? null : labels.formatTime(startedAt),
    duration: elapsed === null ? null : labels.formatSpokenDuration(elapsed),
    outcome: outcomeText,
    containerEnding: containerId ? containerIdEnding(containerId) : null,
  });

  return (
    <div data-slot="execution-card-provenance" role="group" aria-label={labels.provenance.label} ref={ref} {...props}>
      <p data-slot="provenance-sentence" className="xc-visually-hidden">
        {sentence}
      </p>
      <dl data-slot="provenance-entries" aria-hidden="true">
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
            {outcomeText}
          </dd>
        </div>
        {containerId && (
          <div data-slot="provenance-entry" data-name="container">
            <dt>{labels.provenance.container}</dt>
            <dd>
              <code data-slot="provenance-container-id" title={containerId} data-container-id={containerId}>
                {shortContainerId(containerId)}
              </code>
            </dd>
          </div>
        )}
      </dl>
      {containerId && (
        <CopyButton
          data-slot="provenance-copy"
          text={containerId}
          label={labels.provenance.copyContainerId}
          accessibleName={labels.provenance.copyContainerIdEnding(containerIdEnding(containerId))}
          title={containerId}
          announcement={labels.provenance.containerIdCopied}
        />
      )}
    </div>
  );
});
Provenance.displayName = 'ExecutionCard.Provenance';
