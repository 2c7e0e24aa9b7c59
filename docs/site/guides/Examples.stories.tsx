import { AssistantMessage, ExecutionCard, type OutputViewProps } from '@execards/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { Chat } from '../../../packages/react/src/quick-start/QuickStart.js';
import { makeCard, makeFile, makeMessage, makeTurn } from '../../../packages/react/src/test-support/cards.js';
import { exampleConversation } from './examples.js';

/** The live examples of the guides; each is also a story test. */
const meta = {
  title: 'Guides/Examples',
  tags: ['!autodocs'],
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

/** The README's ten-line chat, rendering a conversation core folded from a stream. */
export const TenLineChat: Story = {
  render: () => <Chat state={exampleConversation()} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvasElement.querySelector('[data-slot="execution-card"]')).toHaveAttribute('data-status', 'completed');
    await expect(canvas.getByText('4', { selector: 'strong' })).toBeInTheDocument();
  },
};

function BrandedFile({ file, title }: OutputViewProps) {
  return (
    <p data-testid="my-file-view">
      {title ?? file.filename}: {file.bytes === null ? 'size unknown' : `${file.bytes.toLocaleString('en')} bytes`}
    </p>
  );
}

const report = makeMessage('**Quarterly report**\n[Download it](sandbox:/mnt/data/report.pdf)');

/** Replacing a view: `components={{ File }}` swaps the file card for your own, keeping everything else. */
export const ReplacingAView: Story = {
  render: () => (
    <AssistantMessage
      message={report}
      files={{ '/mnt/data/report.pdf': makeFile('/mnt/data/report.pdf', { bytes: 48_200 }) }}
      turn={makeTurn([makeCard({ code: 'doc.save("/mnt/data/report.pdf")' }), report])}
      components={{ File: BrandedFile }}
    />
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByTestId('my-file-view')).toHaveTextContent('Quarterly report: 48,200 bytes');
    await expect(canvasElement.querySelector('[data-slot="file-card"]')).toBeNull();
  },
};

/** The theming guide's "your brand" example: a few `--xc-*` tokens set on a wrapper. */
export const YourBrand: Story = {
  render: () => (
    <div
      style={{
        ['--xc-color-accent' as string]: 'light-dark(#6d28d9, #c4b5fd)',
        ['--xc-color-focus' as string]: 'light-dark(#6d28d9, #c4b5fd)',
        ['--xc-radius' as string]: '2px',
        ['--xc-radius-small' as string]: '2px',
        ['--xc-font-sans' as string]: 'Georgia, serif',
      }}
    >
      <ExecutionCard card={makeCard({ logs: 'count    1204\nmean     412.7\n' })} title="Sales summary" defaultValue="logs" />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const card = canvasElement.querySelector('[data-slot="execution-card"]');
    if (!card) throw new Error('no card');
    await expect(getComputedStyle(card).getPropertyValue('--xc-radius').trim()).toBe('2px');
  },
};
