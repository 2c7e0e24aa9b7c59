import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { StatusBadge } from './StatusBadge.js';

const meta = {
  title: 'Execution/StatusBadge',
  component: StatusBadge,
  args: { status: 'completed' },
} satisfies Meta<typeof StatusBadge>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Running: Story = {
  args: { status: 'in_progress', startedAt: Date.now() - 12_000 },
  play: async ({ canvasElement }) => {
    const badge = canvasElement.querySelector('[data-slot="status-badge"]');
    await expect(badge).toHaveAttribute('data-status', 'in_progress');
    await expect(within(canvasElement).getByText('Running')).toBeVisible();
    await expect(within(canvasElement).getByText(/^1\ds$/)).toBeVisible();
  },
};

export const Interpreting: Story = {
  args: { status: 'interpreting' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Interpreting')).toBeVisible();
  },
};

export const Completed: Story = {
  args: { status: 'completed', startedAt: 0, completedAt: 4_500 },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Completed').parentElement).toHaveTextContent('Completed, 4s');
  },
};

export const Failed: Story = {
  args: { status: 'failed', startedAt: 0, completedAt: 61_000 },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Failed').parentElement).toHaveTextContent('Failed, 1m 01s');
  },
};
