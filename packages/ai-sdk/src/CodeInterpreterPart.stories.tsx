import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { CodeInterpreterPart } from './CodeInterpreterPart.js';
import { chartPng } from '../../../tooling/storybook/chart-png.js';
import { chartCode, completedPart, failedPart, interpretingPart, streamingPart } from './test-support/parts.js';

const meta = {
  title: 'AI SDK/CodeInterpreterPart',
  component: CodeInterpreterPart,
  args: { part: streamingPart(), title: 'Squares' },
} satisfies Meta<typeof CodeInterpreterPart>;

export default meta;
type Story = StoryObj<typeof meta>;

export const InputStreaming: Story = {
  args: { part: streamingPart(chartCode.slice(0, 60)) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Running')).toBeVisible();
    await expect(canvas.getByRole('tab', { name: 'Code' })).toHaveAttribute('aria-selected', 'true');
    await expect(canvasElement.querySelector('[data-slot="code-view"]')).toHaveAttribute('data-streaming');
  },
};

export const InputAvailable: Story = {
  args: { part: interpretingPart() },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Interpreting')).toBeVisible();
    await expect(canvasElement.querySelector('[data-slot="code-view"]')).not.toHaveAttribute('data-streaming');
  },
};

export const OutputAvailable: Story = {
  loaders: [() => ({ image: chartPng(480, 270) })],
  render: (args, { loaded }) => <CodeInterpreterPart {...args} part={completedPart(String(loaded.image))} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Completed')).toBeVisible();
    const image = await canvas.findByRole('img', { name: 'Squares 1' });
    await waitFor(() => expect((image as HTMLImageElement).naturalWidth).toBe(480));
    await userEvent.click(canvas.getByRole('tab', { name: 'Logs' }));
    await expect(canvas.getByRole('tabpanel')).toHaveTextContent('saved');
    await userEvent.click(canvas.getByRole('tab', { name: 'Code' }));
    await expect(canvas.getByRole('tabpanel')).toHaveTextContent('plt.savefig');
  },
};

export const OutputError: Story = {
  args: { part: failedPart(), title: 'Read the sales file' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('group', { name: 'The run failed' })).toHaveTextContent('Container is expired.');
    await expect(canvasElement.querySelector('[data-slot="execution-card"]')).toHaveAttribute('data-status', 'failed');
  },
};
