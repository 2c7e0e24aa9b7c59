import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { TokenTable } from './TokenTable.js';
import './guides.css';

const meta = {
  title: 'Guides/Theming tokens',
  component: TokenTable,
  tags: ['!autodocs'],
} satisfies Meta<typeof TokenTable>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The token table of the theming guide, with swatches rendered in both themes at once. */
export const Tokens: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    for (const name of ['--xc-color-accent', '--xc-font-sans', '--xc-code-keyword', '--xc-image-max-height', '--xc-code-line-height']) {
      await expect(canvas.getByRole('rowheader', { name })).toBeInTheDocument();
    }
    const swatch = canvasElement.querySelector<HTMLElement>('[data-theme="dark"] .xc-token-swatch');
    if (!swatch) throw new Error('no dark swatch');
    await expect(getComputedStyle(swatch).backgroundColor).not.toBe('rgba(0, 0, 0, 0)');
  },
};
