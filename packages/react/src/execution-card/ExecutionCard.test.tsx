import { render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { makeCard } from '../test-support/cards.js';
import { HeadingLevelProvider } from '../HeadingLevelProvider.js';
import { ExecutionCard } from './index.js';

describe('ExecutionCard', () => {
  it('is a region named by its title heading (level 3 unless the host sets headingLevel)', () => {
    const { rerender } = render(<ExecutionCard card={makeCard()} title="Line chart (PNG)" />);
    const heading = screen.getByRole('heading', { level: 3, name: 'Line chart (PNG)' });
    expect(screen.getByRole('region', { name: 'Line chart (PNG)' })).toContainElement(heading);
    rerender(<ExecutionCard card={makeCard()} title="Line chart (PNG)" headingLevel={2} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Line chart (PNG)' })).toBeInTheDocument();
  });

  it('takes its heading level from a HeadingLevelProvider, and its own headingLevel wins over it', () => {
    const { rerender } = render(
      <HeadingLevelProvider level={2}>
        <ExecutionCard card={makeCard()} title="Line chart (PNG)" />
      </HeadingLevelProvider>,
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Line chart (PNG)' })).toBeInTheDocument();
    rerender(
      <HeadingLevelProvider level={2}>
        <ExecutionCard card={makeCard()} title="Line chart (PNG)" headingLevel={4} />
      </HeadingLevelProvider>,
    );
    expect(screen.getByRole('heading', { level: 4, name: 'Line chart (PNG)' })).toBeInTheDocument();
  });

  it('reads its status as one phrase: completed in 4 seconds, failed with the exception, running', () => {
    const { rerender } = render(<ExecutionCard card={makeCard()} title="Chart" />);
    const badge = () => screen.getByRole('region', { name: 'Chart' }).querySelector('[data-slot="status-badge"]');
    expect(badge()?.querySelector('[data-slot="status-phrase"]')).toHaveTextContent(/^completed in 4 seconds$/);
    expect(badge()?.querySelector('[data-slot="status-label"]')).toHaveAttribute('aria-hidden', 'true');
    rerender(<ExecutionCard card={makeCard({ status: 'failed', logs: 'Traceback (most recent call last):\nFileNotFoundError: [Errno 2] No such file' })} title="Chart" />);
    expect(badge()?.querySelector('[data-slot="status-phrase"]')).toHaveTextContent(/^failed: FileNotFoundError$/);
    rerender(<ExecutionCard card={makeCard({ status: 'in_progress', completedAt: null, codeComplete: false })} title="Chart" />);
    expect(badge()?.querySelector('[data-slot="status-phrase"]')).toHaveTextContent(/^running$/);
  });

  it('moves between tabs with arrow keys, Home and End (roving focus, aria-selected)', async () => {
    const user = userEvent.setup();
    render(<ExecutionCard card={makeCard({ logs: 'count 12\n' })} title="Summary" output={<p>the output</p>} />);
    const [output, code, logs] = screen.getAllByRole('tab') as [HTMLElement, HTMLElement, HTMLElement];
    expect(output).toHaveAttribute('aria-selected', 'true');
    expect(output).toHaveAttribute('tabindex', '0');
    expect(code).toHaveAttribute('tabindex', '-1');
    await user.click(output);
    await user.keyboard('{ArrowRight}');
    expect(code).toHaveFocus();
    expect(code).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tabpanel')).toHaveAccessibleName('Code');
    await user.keyboard('{End}');
    expect(logs).toHaveFocus();
    expect(screen.getByRole('tabpanel')).toHaveTextContent('count 12');
    await user.keyboard('{ArrowRight}');
    expect(output).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(logs).toHaveFocus();
    await user.keyboard('{Home}');
    expect(output).toHaveFocus();
    expect(output).toHaveAttribute('data-state', 'active');
    expect(code).toHaveAttribute('data-state', 'inactive');
  });

  it('in controlled mode reports the choice and shows only what the parent passes', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    render(<ExecutionCard card={makeCard()} output={<p>out</p>} value="output" onValueChange={onValueChange} />);
    await user.click(screen.getByRole('tab', { name: 'Code' }));
    expect(onValueChange).toHaveBeenCalledWith('code');
    expect(screen.getByRole('tab', { name: 'Output' })).toHaveAttribute('aria-selected', 'true');
  });

  it('shows the error and the traceback of a failed run', () => {
    const logs = 'loading\nTraceback (most recent call last):\n  File "<stdin>", line 1\nZeroDivisionError: division by zero\n';
    render(<ExecutionCard card={makeCard({ status: 'failed', logs, error: { code: 'execution_error', message: 'ZeroDivisionError: division by zero' } })} />);
    const error = screen.getByRole('group', { name: 'The run failed' });
    expect(error).toHaveTextContent('ZeroDivisionError: division by zero');
    expect(error.querySelector('[data-slot="execution-card-traceback"]')?.textContent).toMatch(/^Traceback \(most recent call last\):/);
    expect(screen.getByRole('tab', { name: 'Logs' })).toBeInTheDocument();
  });

  it('shows a call the service reported completed whose logs end in a traceback as an error', () => {
    const logs = "reading sales\nTraceback (most recent call last):\n  File \"<cell 1>\", line 2, in <module>\nFileNotFoundError: [Errno 2] No such file or directory: 'sales.csv'\n";
    const { container } = render(<ExecutionCard card={makeCard({ status: 'completed', logs })} title="Load" />);
    const badge = container.querySelector('[data-slot="status-badge"]');
    expect(badge).toHaveAttribute('data-status', 'failed');
    expect(badge).toHaveTextContent('Failed');
    expect(container.querySelector('[data-slot="execution-card"]')).toHaveAttribute('data-status', 'failed');
    expect(container.querySelector('[data-name="outcome"] dd')).toHaveTextContent('raised FileNotFoundError');
    const error = screen.getByRole('group', { name: 'The run failed' });
    expect(error).toHaveTextContent("FileNotFoundError: [Errno 2] No such file or directory: 'sales.csv'");
    expect(error.querySelector('[data-slot="execution-card-traceback"]')?.textContent).toBe(
      "Traceback (most recent call last):\n  File \"<cell 1>\", line 2, in <module>\nFileNotFoundError: [Errno 2] No such file or directory: 'sales.csv'",
    );
    expect(screen.queryByText('finished')).not.toBeInTheDocument();
  });

  it('says a call the user stopped was stopped, not that it failed', () => {
    const { container } = render(<ExecutionCard card={makeCard({ status: 'incomplete', error: { code: 'stopped', message: 'Stopped by the user.' } })} />);
    expect(screen.queryByRole('group', { name: 'The run failed' })).not.toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'The run was stopped' })).toHaveTextContent('Stopped by the user.');
    expect(container.querySelector('[data-slot="status-badge"]')).toHaveTextContent('Stopped');
    expect(container.querySelector('[data-name="outcome"] dd')).toHaveTextContent(/^stopped$/);
  });

  it('announces politely when a running call finishes, not when a finished one mounts', () => {
    const running = makeCard({ status: 'in_progress', codeComplete: false, completedAt: null });
    const { rerender } = render(<ExecutionCard card={running} title="Chart" />);
    const region = screen.getAllByRole('status').find((element) => element.getAttribute('data-slot') === 'live-region' && element.closest('[data-slot="code-view"], [data-slot="execution-card-provenance"]') === null);
    expect(region).toHaveTextContent('');
    rerender(<ExecutionCard card={makeCard({ status: 'completed' })} title="Chart" />);
    expect(region).toHaveTextContent('Chart: the run finished.');
    expect(region).toHaveAttribute('aria-live', 'polite');
  });

  it('follows the run until the user picks a tab: code while streaming, output once there is one', () => {
    const { rerender } = render(<ExecutionCard card={makeCard({ status: 'in_progress', codeComplete: false })} />);
    expect(screen.getByRole('tab', { name: 'Code' })).toHaveAttribute('aria-selected', 'true');
    rerender(<ExecutionCard card={makeCard()} output={<p>chart</p>} />);
    expect(screen.getByRole('tab', { name: 'Output' })).toHaveAttribute('aria-selected', 'true');
  });

  it('composes from parts for a custom layout', async () => {
    const user = userEvent.setup();
    function Custom() {
      const [tab, setTab] = useState('a');
      return (
        <ExecutionCard.Root status="interpreting">
          <ExecutionCard.Header>
            <ExecutionCard.Title>Custom</ExecutionCard.Title>
            <ExecutionCard.Status />
          </ExecutionCard.Header>
          <ExecutionCard.Tabs value={tab} onValueChange={setTab}>
            <ExecutionCard.TabList>
              <ExecutionCard.Tab value="a">A</ExecutionCard.Tab>
              <ExecutionCard.Tab value="b">B</ExecutionCard.Tab>
            </ExecutionCard.TabList>
            <ExecutionCard.Panel value="a">panel a</ExecutionCard.Panel>
            <ExecutionCard.Panel value="b">panel b</ExecutionCard.Panel>
          </ExecutionCard.Tabs>
        </ExecutionCard.Root>
      );
    }
    render(<Custom />);
    expect(screen.getByText('Interpreting')).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: 'B' }));
    expect(screen.getByRole('tabpanel')).toHaveTextContent('panel b');
  });
});
