'use client';
import type { FileAvailability as Availability } from '@execards/core';
import { forwardRef, useRef, useState, type ComponentPropsWithRef } from 'react';
import { useLabels } from '../LabelsProvider.js';
import { LiveRegion } from '../LiveRegion.js';

export interface FileAvailabilityProps extends Omit<ComponentPropsWithRef<'div'>, 'children'> {
  filename: string;
  /** From `GeneratedFile.availability`. */
  availability: Availability;
  /** A reason to show with it (`GeneratedFile.availabilityMessage`). */
  message?: string | null;
  /**
   * Replays the producing code in a fresh sandbox; resolves once the file is back (the new URL
   * arrives through state), rejects when it could not be re-created. Without it a gone file
   * offers no re-run.
   */
  onRerun?: () => Promise<void>;
}

type RerunPhase = 'idle' | 'running' | 'failed';

/**
 * Where a generated file stands: a small "Saved" badge when archived, "In sandbox" while only
 * the container has it, and for a gone file the notice with "Re-run in a new sandbox", its
 * progress and a spoken result. `data-state` carries the availability.
 */
export const FileAvailability = forwardRef<HTMLDivElement, FileAvailabilityProps>(function FileAvailability({ filename, availability, message = null, onRerun, ...props }: FileAvailabilityProps, ref) {
  const labels = useLabels().availability;
  const [phase, setPhase] = useState<RerunPhase>('idle');
  const [announcement, setAnnouncement] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const running = useRef(false);
  const busy = phase === 'running' || availability === 'rerunning';

  async function rerun() {
    if (!onRerun || running.current) return;
    running.current = true;
    setPhase('running');
    setFailure(null);
    setAnnouncement(labels.rerunning);
    try {
      await onRerun();
      setPhase('idle');
      setAnnouncement(labels.rerunSucceeded(filename));
    } catch (caught) {
      const reason = caught instanceof Error && caught.message ? caught.message : null;
      setPhase('failed');
      setFailure(reason);
      setAnnouncement(''); // the alert below speaks the failure
    } finally {
      running.current = false;
    }
  }

  let content = null;
  if (availability === 'archived' || availability === 'live') {
    const archived = availability === 'archived';
    const description = archived ? labels.savedDescription : labels.liveDescription;
    content = (
      <span data-slot="file-availability-badge" title={description}>
        <span aria-hidden="true">{archived ? labels.saved : labels.live}</span>
        <span className="xc-visually-hidden">{description}</span>
      </span>
    );
  } else if (availability === 'checking') {
    content = <span data-slot="file-availability-checking">{labels.checking}</span>;
  } else if (availability === 'gone' || availability === 'rerunning') {
    content = (
      <div data-slot="file-gone">
        <p data-slot="file-gone-message">{labels.gone}</p>
        {phase === 'failed' && (
          <p data-slot="file-gone-error" role="alert">
            {labels.rerunFailed(filename)}
            {(failure ?? message) && ` ${failure ?? message}`}
          </p>
        )}
        {phase !== 'failed' && message && <p data-slot="file-gone-reason">{message}</p>}
        {onRerun && (
          <button type="button" data-slot="rerun-button" onClick={() => void rerun()} disabled={busy}>
            {busy ? labels.rerunning : labels.rerun}
          </button>
        )}
        {busy && <progress data-slot="rerun-progress" aria-label={labels.rerunning} />}
      </div>
    );
  }

  return (
    <div data-slot="file-availability" data-state={availability} data-rerun={phase} ref={ref} {...props}>
      {content}
      <LiveRegion message={announcement} />
    </div>
  );
});
FileAvailability.displayName = 'FileAvailability';
