import { act, render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { FileAvailability } from './FileAvailability.js';

function deferred() {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((onResolve, onReject) => {
    resolve = onResolve;
    reject = onReject;
  });
  return { promise, resolve, reject };
}

describe('FileAvailability', () => {
  it('says an archived file is saved, with the reason for screen readers and as a tooltip', () => {
    const { container } = render(<FileAvailability filename="chart.png" availability="archived" />);
    const badge = container.querySelector('[data-slot="file-availability-badge"]');
    expect(container.firstElementChild).toHaveAttribute('data-state', 'archived');
    expect(badge).toHaveTextContent('Saved');
    expect(badge).toHaveAttribute('title', 'Saved: this file stays available after the sandbox expires.');
    expect(screen.getByText('Saved: this file stays available after the sandbox expires.')).toHaveClass('xc-visually-hidden');
  });

  it('marks a live file as in the sandbox, and shows nothing for an unknown one', () => {
    const { container, rerender } = render(<FileAvailability filename="a.csv" availability="live" />);
    expect(container.querySelector('[data-slot="file-availability-badge"]')).toHaveTextContent('In sandbox');
    rerender(<FileAvailability filename="a.csv" availability="unknown" />);
    expect(container.querySelector('[data-slot="file-availability-badge"]')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('a gone file offers the re-run, shows progress, and announces success', async () => {
    const run = deferred();
    let calls = 0;
    const { rerender } = render(
      <FileAvailability
        filename="chart.png"
        availability="gone"
        onRerun={() => {
          calls += 1;
          return run.promise;
        }}
      />,
    );
    expect(screen.getByText('This file is no longer available.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Re-run in a new sandbox' }));
    expect(screen.getByRole('button', { name: 'Re-running the code in a new sandbox…' })).toBeDisabled();
    expect(screen.getByRole('progressbar', { name: 'Re-running the code in a new sandbox…' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Re-running the code in a new sandbox…' }));
    expect(calls).toBe(1);
    rerender(<FileAvailability filename="chart.png" availability="archived" onRerun={() => run.promise} />);
    await act(async () => run.resolve());
    expect(screen.getByRole('status')).toHaveTextContent('chart.png is available again.');
    expect(screen.getByText('Saved')).toBeInTheDocument();
  });

  it('a failed re-run says why in an alert and can be tried again', async () => {
    const run = deferred();
    render(<FileAvailability filename="chart.png" availability="gone" onRerun={() => run.promise} />);
    await userEvent.click(screen.getByRole('button', { name: 'Re-run in a new sandbox' }));
    await act(async () => run.reject(new Error('The sandbox could not run the code.')));
    expect(screen.getByRole('alert')).toHaveTextContent('chart.png could not be re-created. The sandbox could not run the code.');
    expect(screen.getByRole('button', { name: 'Re-run in a new sandbox' })).toBeEnabled();
  });

  it('without onRerun a gone file only says so', () => {
    render(<FileAvailability filename="chart.png" availability="gone" message="The link has expired." />);
    expect(screen.getByText('This file is no longer available.')).toBeInTheDocument();
    expect(screen.getByText('The link has expired.')).toBeInTheDocument();
    expect(screen.queryByRole('button')).toBeNull();
  });
});
