import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect, useState } from 'react';
import { expect, waitFor, within } from 'storybook/test';
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
    const image = await canvas.findByRole('img', { name: 'Revenue per region' });
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
