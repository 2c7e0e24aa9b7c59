import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect, useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { makeCard, makeFile, makeMessage, makeTurn } from '../test-support/cards.js';
import { chartPng } from '../test-support/images.js';
import { AssistantMessage } from './AssistantMessage.js';

const answer = [
  'I loaded **sales.csv** (1,204 rows) and summarized revenue per region.',
  '',
  '| Region | Revenue | Share |',
  '|---|---:|---:|',
  '| North | 412,300 | 34% |',
  '| South | 298,100 | 25% |',
  '| West | 495,700 | 41% |',
  '',
  '**Revenue per region**',
  '[*Generating your Chart…*](sandbox:/mnt/data/revenue_by_region.png)',
  '',
  '**Full summary**',
  '[*Generating your report…*](sandbox:/mnt/data/summary.pdf)',
  '',
  'Links: [pandas docs](https://pandas.pydata.org) and [a trap](javascript:alert(1)).',
].join('\n');

const chartCode = 'import matplotlib.pyplot as plt\nax = totals.plot(kind="bar")\nplt.savefig("/mnt/data/revenue_by_region.png")';

const meta = {
  title: 'Message/AssistantMessage',
  component: AssistantMessage,
  args: { message: makeMessage(answer) },
} satisfies Meta<typeof AssistantMessage>;

export default meta;
type Story = StoryObj<typeof meta>;

export const WithGeneratedFiles: Story = {
  loaders: [() => ({ chart: chartPng(640, 360) })],
  render: (args, { loaded }) => {
    const message = makeMessage(answer);
    const files = {
      '/mnt/data/revenue_by_region.png': makeFile('/mnt/data/revenue_by_region.png', { url: String(loaded.chart) }),
      '/mnt/data/summary.pdf': makeFile('/mnt/data/summary.pdf', { bytes: 48_200 }),
    };
    return <AssistantMessage {...args} message={message} files={files} turn={makeTurn([makeCard({ code: chartCode }), message])} />;
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // The answer's GFM table becomes the kit's TableView once its lazy chunk loads.
    const grid = await canvas.findByRole('grid');
    await expect(within(grid).getByRole('columnheader', { name: /Revenue/ })).toBeVisible();
    await waitFor(() => expect(within(grid).getByRole('gridcell', { name: '495,700' })).toBeVisible());
    await expect(canvas.getByRole('figure', { name: 'Revenue per region' })).toBeInTheDocument();
    const image = await canvas.findByRole('img', { name: 'Revenue per region' });
    // Described from its code: a pandas bar plot without a title.
    await expect(canvas.getByRole('button', { name: 'View full size: Revenue per region' })).toHaveAccessibleDescription('Bar chart.');
    await waitFor(() => expect(image).toBeVisible());
    await expect(canvasElement.querySelector('[data-path="/mnt/data/summary.pdf"] [data-slot="file-card"]')).not.toBeNull();
    await expect(canvas.getByRole('link', { name: 'pandas docs' })).toHaveAttribute('href', 'https://pandas.pydata.org');
    await expect(canvas.queryByRole('link', { name: 'a trap' })).toBeNull();
  },
};

export const FilePending: Story = {
  args: { message: makeMessage('**Revenue per region**\n[*Generating your Chart…*](sandbox:/mnt/data/revenue_by_region.png)', { status: 'in_progress' }) },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Generating your Chart…')).toBeVisible();
  },
};

export const FileNeverAppeared: Story = {
  args: { message: makeMessage('**Revenue per region**\n[*Generating your Chart…*](sandbox:/mnt/data/missing.png)') },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('alert')).toHaveTextContent('The file could not be downloaded. Please try again.');
  },
};

function StreamingAnswer() {
  const [length, setLength] = useState(40);
  useEffect(() => {
    if (length >= answer.length) return;
    const timer = setTimeout(() => setLength((value) => Math.min(answer.length, value + 40)), 30);
    return () => clearTimeout(timer);
  }, [length]);
  const done = length >= answer.length;
  return <AssistantMessage message={makeMessage(answer.slice(0, length), { status: done ? 'completed' : 'in_progress' })} settled={false} />;
}

export const Streaming: Story = {
  render: () => <StreamingAnswer />,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.querySelector('[data-slot="output-card"][data-state="pending"]')).not.toBeNull(), { timeout: 5000 });
    await waitFor(() => expect(within(canvasElement).getByRole('link', { name: 'pandas docs' })).toBeVisible(), { timeout: 5000 });
  },
};

const trendCode = [
  'table.to_csv("/mnt/data/monthly_revenue.csv", index=False)',
  'fig, ax = plt.subplots()',
  'ax.plot(series.index, series.values, marker="o", label="Total revenue")',
  'ax.set_title("Revenue per month")',
  'ax.set_xlabel("Month")',
  'ax.set_ylabel("revenue")',
  'fig.savefig("/mnt/data/monthly_revenue.png")',
].join('\n');
const monthlyCsv = 'month,revenue\n2024-01,41230\n2024-02,38900\n2024-03,45120\n';

/** A chart whose call also wrote its data: described from its code, with its numbers one click away. */
export const ChartWithData: Story = {
  loaders: [() => ({ chart: chartPng(640, 360) })],
  render: (args, { loaded }) => {
    const message = makeMessage('**Monthly revenue**\n[*Generating your chart…*](sandbox:/mnt/data/monthly_revenue.png)\n\n[Download the data](sandbox:/mnt/data/monthly_revenue.csv)');
    const files = {
      '/mnt/data/monthly_revenue.png': makeFile('/mnt/data/monthly_revenue.png', { url: String(loaded.chart) }),
      '/mnt/data/monthly_revenue.csv': makeFile('/mnt/data/monthly_revenue.csv', { url: `data:text/csv;charset=utf-8,${encodeURIComponent(monthlyCsv)}` }),
    };
    return <AssistantMessage {...args} message={message} files={files} turn={makeTurn([makeCard({ code: trendCode }), message])} />;
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const card = canvas.getByRole('region', { name: 'Monthly revenue' });
    await expect(within(card).getByRole('heading', { level: 3, name: 'Monthly revenue' })).toBeVisible();
    await expect(within(card).getByRole('figure', { name: 'Monthly revenue' })).toBeInTheDocument();
    await within(card).findByRole('img', { name: 'Monthly revenue' });
    await expect(within(card).getByRole('button', { name: 'View full size: Monthly revenue' })).toHaveAccessibleDescription('Line chart “Revenue per month”: Month on the x-axis, revenue on the y-axis; series: Total revenue.');
    const toggle = within(card).getByRole('button', { name: 'Show data as a table' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(toggle);
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const grid = await within(card).findByRole('grid');
    await waitFor(() => expect(within(grid).getByRole('gridcell', { name: '45120' })).toBeVisible());
    await expect(toggle).toHaveAccessibleName('Hide data table');
  },
};
