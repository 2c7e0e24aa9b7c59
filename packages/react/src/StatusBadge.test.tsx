import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StatusBadge } from './StatusBadge.js';

describe('StatusBadge', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-01-01T00:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('counts elapsed time while the call runs', () => {
    const startedAt = Date.now();
    render(<StatusBadge status="in_progress" startedAt={startedAt} />);
    const badge = screen.getByText('Running').parentElement;
    expect(badge).toHaveAttribute('data-status', 'in_progress');
    expect(badge).toHaveTextContent('Running, 0s');
    act(() => vi.advanceTimersByTime(65_000));
    expect(badge).toHaveTextContent('Running, 1m 05s');
  });

  it('freezes the duration once the call settles', () => {
    const startedAt = Date.now();
    render(<StatusBadge status="failed" startedAt={startedAt} completedAt={startedAt + 3_200} />);
    act(() => vi.advanceTimersByTime(10_000));
    expect(screen.getByText('Failed').parentElement).toHaveTextContent('Failed, 3s');
  });

  it('takes translated labels', () => {
    render(
      <StatusBadge
        status="completed"
        labels={{ status: { in_progress: 'Läuft', interpreting: 'Auswertung', completed: 'Fertig', incomplete: 'Unvollständig', failed: 'Fehler' }, formatElapsed: (ms) => `${ms} ms` }}
      />,
    );
    expect(screen.getByText('Fertig')).toBeInTheDocument();
  });
});
