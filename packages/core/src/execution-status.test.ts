import { describe, expect, it } from 'vitest';
import { executionStatuses, isExecutionStatus, isSettledStatus } from './execution-status.js';

describe('execution status', () => {
  it('accepts exactly the upstream statuses', () => {
    for (const status of executionStatuses) expect(isExecutionStatus(status)).toBe(true);
    expect(isExecutionStatus('running')).toBe(false);
    expect(isExecutionStatus(undefined)).toBe(false);
  });

  it('treats only final statuses as settled', () => {
    expect(executionStatuses.filter(isSettledStatus)).toEqual(['completed', 'incomplete', 'failed']);
  });
});
