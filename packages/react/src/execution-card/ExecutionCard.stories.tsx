import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { makeCard } from '../test-support/cards.js';
import { chartPng, longPython } from '../test-support/images.js';
import { ExecutionCard } from './index.js';

const meta = {
  title: 'Execution/ExecutionCard',
  component: ExecutionCard,
  args: { card: makeCard(), title: 'Sales summary' },
} satisfies Meta<typeof ExecutionCard>;

export default meta;
type Story = StoryObj<typeof meta>;

const traceback = [
  'Reading /mnt/data/sales.csv',
  'Traceback (most recent call last):',
  '  File "<stdin>", line 3, in <module>',
  '  File "/usr/lib/python3/dist-packages/pandas/core/frame.py", line 3807, in __getitem__',
  "KeyError: 'revenue'",
].join('\n');

export const StreamingCode: Story = {
  args: { card: makeCard({ status: 'in_progress', codeComplete: false, code: 'import pandas as pd\ndf = pd.read_csv("/mnt/data/sales.csv")\ndf.groupby("region")[', startedAt: Date.now() - 3_000, completedAt: null }) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Running')).toBeVisible();
    await expect(canvas.getByRole('tab', { name: 'Code' })).toHaveAttribute('aria-selected', 'true');
    await expect(canvasElement.querySelector('[data-slot="code-caret"]')).not.toBeNull();
  },
};

export const Interpreting: Story = {
  args: { card: makeCard({ status: 'interpreting', startedAt: Date.now() - 8_000, completedAt: null }) },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Interpreting')).toBeVisible();
    await expect(canvasElement.querySelector('[data-slot="code-caret"]')).toBeNull();
  },
};

export const CompletedWithImage: Story = {
  loaders: [() => ({ image: chartPng(640, 360) })],
  render: (args, { loaded }) => <ExecutionCard {...args} card={makeCard({ code: 'plt.bar(months, sales)\nplt.savefig("/mnt/data/sales.png")', images: [{ url: String(loaded.image) }] })} title="Monthly sales" />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Completed')).toBeVisible();
    const image = await canvas.findByRole('img', { name: 'Monthly sales 1' });
    await waitFor(() => expect((image as HTMLImageElement).naturalWidth).toBe(640));
    await userEvent.click(canvas.getByRole('tab', { name: 'Code' }));
    await expect(canvas.getByRole('tabpanel')).toHaveTextContent('plt.savefig');
  },
};

export const FailedWithTraceback: Story = {
  args: { card: makeCard({ status: 'failed', logs: traceback, error: { code: 'execution_error', message: "KeyError: 'revenue'" } }), title: 'Revenue by region' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('group', { name: 'The run failed' })).toHaveTextContent("KeyError: 'revenue'");
    await expect(canvasElement.querySelector('[data-slot="execution-card-traceback"]')).toHaveTextContent('Traceback (most recent call last):');
    await expect(canvas.getByRole('tab', { name: 'Logs' })).toHaveAttribute('aria-selected', 'true');
  },
};

export const RaisedButReportedCompleted: Story = {
  args: {
    card: makeCard({ status: 'completed', logs: "Traceback (most recent call last):\n  File \"<cell 1>\", line 2, in <module>\nFileNotFoundError: [Errno 2] No such file or directory: 'sales.csv'" }),
    title: 'Load sales',
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Failed')).toBeVisible();
    await expect(canvas.getByText('raised FileNotFoundError')).toBeVisible();
    await expect(canvasElement.querySelector('[data-slot="execution-card-traceback"]')).toBeVisible();
  },
};

export const StoppedByUser: Story = {
  args: { card: makeCard({ status: 'incomplete', codeComplete: false, error: { code: 'stopped', message: 'Stopped by the user.' } }), title: 'Long simulation' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('group', { name: 'The run was stopped' })).toHaveTextContent('Stopped by the user.');
    await expect(canvasElement.querySelector('[data-slot="status-badge"]')).toHaveTextContent('Stopped');
  },
};

export const NoOutput: Story = {
  args: { card: makeCard({ code: 'x = 40 + 2' }), title: undefined },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('This run produced no output.')).toBeVisible();
    await expect(canvas.getAllByRole('tab')).toHaveLength(1);
  },
};

export const LongLogs: Story = {
  args: { card: makeCard({ logs: Array.from({ length: 400 }, (_, index) => `epoch ${index + 1}: loss=${(1 / (index + 1)).toFixed(5)}`).join('\n') }), title: 'Training log' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const logsTab = canvas.getByRole('tab', { name: 'Logs' });
    await expect(logsTab).toHaveAttribute('aria-selected', 'true');
    const logs = canvasElement.querySelector<HTMLElement>('[data-slot="execution-card-logs"]');
    await expect(logs?.scrollHeight).toBeGreaterThan(logs?.clientHeight ?? 0);
  },
};

export const TenThousandLines: Story = {
  args: { card: makeCard({ code: longPython(10_000) }), title: 'Generated module' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Show 9988 more lines' }));
    await expect(canvasElement.querySelectorAll('[data-slot="code-line"]').length).toBeLessThan(200);
    const scroller = canvasElement.querySelector<HTMLElement>('[data-slot="code-scroller"]');
    scroller?.scrollTo({ top: 20 * 9_990 });
    await waitFor(() => expect(canvas.getByText('10000')).toBeInTheDocument());
  },
};

export const KeyboardTabs: Story = {
  args: { card: makeCard({ logs: 'count    12\nmean     4.2\n' }), output: <p>Output panel</p> },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const tabs = canvas.getAllByRole('tab');
    tabs[0]?.focus();
    await userEvent.keyboard('{ArrowRight}');
    await expect(tabs[1]).toHaveFocus();
    await userEvent.keyboard('{End}');
    await expect(tabs[2]).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{Home}');
    await expect(tabs[0]).toHaveFocus();
  },
};
