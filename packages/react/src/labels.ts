import type { ExecutionStatus } from '@execards/core';

/** Every string the kit shows, in English by default; pass a partial object to translate. */
export interface Labels {
  status: Record<ExecutionStatus, string>;
  /** Elapsed time, e.g. "12s" or "1m 05s". */
  formatElapsed(milliseconds: number): string;
}

export const defaultLabels: Labels = {
  status: {
    in_progress: 'Running',
    interpreting: 'Interpreting',
    completed: 'Completed',
    incomplete: 'Incomplete',
    failed: 'Failed',
  },
  formatElapsed(milliseconds) {
    const totalSeconds = Math.max(0, Math.floor(milliseconds / 1000));
    const minutes = Math.floor(totalSeconds / 60);
    const seconds = totalSeconds % 60;
    return minutes === 0 ? `${seconds}s` : `${minutes}m ${String(seconds).padStart(2, '0')}s`;
  },
};
