import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { defaultLabels } from '../labels.js';
import { makeCard } from '../test-support/cards.js';
import { ExecutionCard } from './index.js';
import { shortContainerId } from './Provenance.js';

const containerId = 'cntr_68dd9374b2cc8190a8b5a4c0ea9d7f3a';

describe('ExecutionCard run timeline', () => {
  it('shows started, duration, outcome and a short sandbox id with the full one in the title', () => {
    render(<ExecutionCard card={makeCard({ containerId, startedAt: Date.UTC(2026, 0, 2, 3, 4, 5), completedAt: Date.UTC(2026, 0, 2, 3, 5, 10) })} title="Chart" />);
    expect(screen.getByRole('group', { name: 'Run timeline' }).querySelector('dl')).toHaveAttribute('aria-hidden', 'true');
    const timeline = within(screen.getByLabelText('Run timeline'));
    expect(timeline.getByText('Started').nextElementSibling?.querySelector('time')).toHaveAttribute('dateTime', '2026-01-02T03:04:05.000Z');
    expect(timeline.getByText('Duration').nextElementSibling).toHaveTextContent('1m 05s');
    expect(timeline.getByText('Outcome').nextElementSibling).toHaveTextContent('finished');
    const id = timeline.getByText(shortContainerId(containerId));
    expect(id).toHaveAttribute('title', containerId);
    expect(shortContainerId(containerId)).toBe('cntr_68dd…7f3a');
  });

  it('reads as one sentence, with the sandbox id shortened to its end', () => {
    const startedAt = Date.UTC(2026, 0, 2, 3, 4, 5);
    render(<ExecutionCard card={makeCard({ containerId, startedAt, completedAt: startedAt + 3_000 })} title="Chart" />);
    const sentence = screen.getByRole('group', { name: 'Run timeline' }).querySelector('[data-slot="provenance-sentence"]');
    expect(sentence).toHaveTextContent(`Started at ${defaultLabels.formatTime(startedAt)}, ran for 3 seconds, finished, in sandbox ending 7f3a.`);
    const copy = screen.getByRole('button', { name: 'Copy sandbox id ending 7f3a' });
    expect(copy).toHaveAttribute('title', containerId);
  });

  it('says which exception a failed run raised, in the sentence', () => {
    render(<ExecutionCard card={makeCard({ status: 'failed', containerId: null, startedAt: null, completedAt: null, logs: 'Traceback (most recent call last):\n  File "<stdin>", line 1\nFileNotFoundError: [Errno 2] No such file' })} />);
    expect(screen.getByRole('group', { name: 'Run timeline' })).toHaveTextContent('Raised FileNotFoundError.');
  });

  it('while running says so instead of a duration', () => {
    render(<ExecutionCard card={makeCard({ status: 'in_progress', codeComplete: false, completedAt: null })} />);
    const timeline = within(screen.getByLabelText('Run timeline'));
    expect(timeline.getByText('Duration').nextElementSibling).toHaveTextContent('still running');
    expect(timeline.getByText('Outcome').nextElementSibling).toHaveTextContent('running');
  });

  it('a failed run ends with an error; a run without timing or sandbox shows only its outcome', () => {
    render(<ExecutionCard card={makeCard({ status: 'failed', error: { code: null, message: 'boom' }, startedAt: null, completedAt: null, containerId: null })} />);
    const timeline = screen.getByLabelText('Run timeline');
    expect([...timeline.querySelectorAll('dt')].map((term) => term.textContent)).toEqual(['Outcome']);
    expect(within(timeline).getByText('ended with an error')).toHaveAttribute('data-status', 'failed');
  });

  it('copies the full sandbox id, says "Copied" on the button like the other copy buttons, and announces it', async () => {
    const user = userEvent.setup();
    render(<ExecutionCard card={makeCard({ containerId })} />);
    const button = screen.getByRole('button', { name: 'Copy sandbox id ending 7f3a' });
    await user.click(button);
    await expect(navigator.clipboard.readText()).resolves.toBe(containerId);
    expect(await screen.findByText('Sandbox id copied to the clipboard.')).toBeInTheDocument();
    expect(button).toHaveTextContent('Copied');
    expect(button).toHaveAttribute('data-state', 'copied');
    expect(button).toHaveAccessibleName('Copied');
  });
});
