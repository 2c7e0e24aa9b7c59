import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { ExecutionCard } from './execution-card/index.js';
import { makeCard } from './test-support/cards.js';
import { emulateMedia } from './test-support/media.js';

/** Cards under the user's display preferences: the a11y (axe) check of each story runs with the media emulated. */
const meta = {
  title: 'Accessibility/Media preferences',
  render: () => (
    <div style={{ display: 'grid', gap: 16 }}>
      <ExecutionCard card={makeCard({ status: 'in_progress', codeComplete: false, completedAt: null, startedAt: Date.now() - 2_000 })} title="Running analysis" />
      <ExecutionCard card={makeCard({ containerId: 'cntr_68dd9374b2cc8190a8b5a4c0ea9d7f3a' })} title="Sales summary" output={<p>Revenue grew 12% over the year.</p>} />
      <ExecutionCard card={makeCard({ status: 'failed', logs: "Traceback (most recent call last):\nKeyError: 'revenue'", error: { code: 'execution_error', message: "KeyError: 'revenue'" } })} title="Revenue by region" />
    </div>
  ),
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

export const ReducedMotion: Story = {
  play: async ({ canvasElement }) => {
    if (!(await emulateMedia({ reducedMotion: 'reduce' }))) return;
    await expect(window.matchMedia('(prefers-reduced-motion: reduce)').matches).toBe(true);
    const card = within(canvasElement).getByRole('region', { name: 'Running analysis' });
    // The pulsing status dot and the typing caret stand still.
    for (const slot of ['status-indicator', 'code-caret']) {
      const element = card.querySelector(`[data-slot="${slot}"]`);
      await expect(element).not.toBeNull();
      await expect(getComputedStyle(element as Element).animationName).toBe('none');
    }
  },
};

export const ForcedColors: Story = {
  play: async ({ canvasElement }) => {
    if (!(await emulateMedia({ forcedColors: 'active' }))) return;
    await expect(window.matchMedia('(forced-colors: active)').matches).toBe(true);
    const canvas = within(canvasElement);
    // The status dot, drawn by a fill that forced colours drop, keeps an outline.
    const dot = canvas.getByRole('region', { name: 'Sales summary' }).querySelector('[data-slot="status-indicator"]');
    await expect(getComputedStyle(dot as Element).borderTopStyle).toBe('solid');
    // Only the selected tab keeps its underline.
    const selected = canvas.getByRole('region', { name: 'Sales summary' }).querySelector('[data-slot="execution-card-tab"][data-state="active"]');
    const other = canvas.getByRole('region', { name: 'Sales summary' }).querySelector('[data-slot="execution-card-tab"][data-state="inactive"]');
    await expect(getComputedStyle(selected as Element).borderBottomColor).not.toBe(getComputedStyle(other as Element).borderBottomColor);
  },
};
