import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect, useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { longPython } from '../test-support/images.js';
import { CodeView } from './CodeView.js';

const sample = [
  'import pandas as pd',
  'import matplotlib.pyplot as plt',
  '',
  'df = pd.read_csv("/mnt/data/sales.csv")  # uploaded by the user',
  'monthly = df.groupby("month")["revenue"].sum()',
  '',
  'fig, ax = plt.subplots(figsize=(8, 4))',
  'monthly.plot(kind="bar", ax=ax, color="#1f77b4")',
  'ax.set_title("Revenue per month")',
  'fig.savefig("/mnt/data/revenue.png", dpi=150)',
  'print(monthly.describe())',
].join('\n');

const meta = {
  title: 'Code/CodeView',
  component: CodeView,
  args: { code: sample },
} satisfies Meta<typeof CodeView>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Highlighted: Story = {
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('[data-token~="keyword"]')).toHaveTextContent('import');
    await expect(canvasElement.querySelectorAll('[data-slot="code-line-number"]')).toHaveLength(11);
  },
};

export const CopyCode: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Copy code' }));
    // The Clipboard API needs a focused, permitted page; either path must end in a visible result.
    await waitFor(() => expect(canvas.getByRole('button', { name: /^(Copied|Copy failed)$/ })).toBeVisible());
  },
};

export const Collapsed: Story = {
  args: { code: longPython(60), collapsedLines: 12 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const toggle = canvas.getByRole('button', { name: 'Show 48 more lines' });
    await expect(canvasElement.querySelector('[data-slot="code-fade"]')).not.toBeNull();
    await userEvent.click(toggle);
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(canvasElement.querySelector('[data-slot="code-fade"]')).toBeNull();
  },
};

function StreamingDemo() {
  const [length, setLength] = useState(20);
  useEffect(() => {
    if (length >= sample.length) return;
    const timer = setTimeout(() => setLength((value) => Math.min(sample.length, value + 17)), 40);
    return () => clearTimeout(timer);
  }, [length]);
  return <CodeView code={sample.slice(0, length)} streaming={length < sample.length} />;
}

export const Streaming: Story = {
  render: () => <StreamingDemo />,
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('[data-slot="code-caret"]')).not.toBeNull();
    await waitFor(() => expect(canvasElement.querySelector('[data-slot="code-caret"]')).toBeNull(), { timeout: 5000 });
    await expect(canvasElement).toHaveTextContent('print(monthly.describe())');
  },
};

export const TenThousandLinesStreaming: Story = {
  args: { code: longPython(10_000), streaming: true },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelectorAll('[data-slot="code-line"]').length).toBeLessThan(200);
    await expect(canvasElement.querySelector('[data-slot="code-caret"]')?.closest('[data-slot="code-line"]')).toHaveTextContent('10000');
  },
};
