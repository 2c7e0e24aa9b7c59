import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { chartPng, svgDiagram } from '../test-support/images.js';
import { ImageView } from './ImageView.js';

const meta = {
  title: 'Outputs/ImageView',
  component: ImageView,
  args: { src: '', alt: 'Revenue per month', filename: 'revenue.png' },
} satisfies Meta<typeof ImageView>;

export default meta;
type Story = StoryObj<typeof meta>;

async function loadedImage(canvasElement: HTMLElement, name: string | RegExp) {
  const image = await within(canvasElement).findByRole('img', { name });
  await waitFor(() => expect(canvasElement.querySelector('[data-slot="image-view"]')).toHaveAttribute('data-state', 'loaded'));
  return image as HTMLImageElement;
}

function sizedStory(width: number, height: number, options?: { transparent?: boolean }): Story {
  return {
    loaders: [() => ({ src: chartPng(width, height, options) })],
    render: (args, { loaded }) => <ImageView {...args} src={String(loaded.src)} />,
    play: async ({ canvasElement }) => {
      const image = await loadedImage(canvasElement, 'Revenue per month');
      await expect(image.naturalWidth).toBe(width);
      const frame = canvasElement.querySelector('[data-slot="image-view"]')?.parentElement;
      await expect(image.getBoundingClientRect().width).toBeLessThanOrEqual((frame?.getBoundingClientRect().width ?? 0) + 1);
      const trigger = canvasElement.querySelector<HTMLElement>('[data-slot="image-trigger"]');
      await expect(trigger?.style.aspectRatio.replace(/\s/g, '')).toBe(`${width}/${height}`);
    },
  };
}

export const Tiny = sizedStory(24, 16);
export const Huge = sizedStory(3000, 2000);
export const Wide = sizedStory(2400, 300);
export const Tall = sizedStory(300, 1400);
export const Transparent = sizedStory(480, 270, { transparent: true });

export const FullSizeDialog: Story = {
  loaders: [() => ({ src: chartPng(800, 450) })],
  render: (args, { loaded }) => <ImageView {...args} src={String(loaded.src)} />,
  play: async ({ canvasElement }) => {
    await loadedImage(canvasElement, 'Revenue per month');
    const trigger = within(canvasElement).getByRole('button', { name: 'View full size: Revenue per month' });
    await userEvent.click(trigger);
    const dialog = await within(document.body).findByRole('dialog', { name: 'Revenue per month, full size' });
    await expect(dialog).toBeVisible();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(dialog).not.toBeVisible());
    await expect(trigger).toHaveFocus();
  },
};

export const Svg: Story = {
  args: { src: svgDiagram, alt: 'Two shapes', filename: 'shapes.svg' },
  play: async ({ canvasElement }) => {
    const image = await loadedImage(canvasElement, 'Two shapes');
    await expect(image.src.startsWith('blob:')).toBe(true);
    await expect(canvasElement.querySelector('svg script')).toBeNull();
    await expect(document.title).not.toBe('owned');
  },
};

/** The same 800×500 chart as SVG with only a viewBox, as plotting libraries often write it. */
const chartSvg = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 800 500"><rect width="800" height="500" fill="#ffffff"/><rect x="60" y="120" width="120" height="340" fill="#1f77b4"/><rect x="260" y="60" width="120" height="400" fill="#1f77b4"/><rect x="460" y="200" width="120" height="260" fill="#1f77b4"/></svg>',
)}`;

/** A PNG and an SVG of the same chart, one above the other, in a box `width` pixels wide. */
function pngAndSvgStory(width: number): Story {
  return {
    loaders: [() => ({ png: chartPng(800, 500) })],
    render: (args, { loaded }) => (
      <div data-testid="box" style={{ width, display: 'grid', gap: 8 }}>
        <ImageView {...args} src={String(loaded.png)} alt="Chart as PNG" filename="chart.png" />
        <ImageView {...args} src={chartSvg} alt="Chart as SVG" filename="chart.svg" />
      </div>
    ),
    play: async ({ canvasElement }) => {
      const canvas = within(canvasElement);
      const png = await canvas.findByRole('img', { name: 'Chart as PNG' });
      const svg = await canvas.findByRole('img', { name: 'Chart as SVG' });
      await waitFor(() => expect(canvasElement.querySelectorAll('[data-slot="image-view"][data-state="loaded"]')).toHaveLength(2));
      const pngBox = png.getBoundingClientRect();
      const svgBox = svg.getBoundingClientRect();
      // One rule for both: the intrinsic width (800) capped by the box, the aspect ratio kept.
      const expected = Math.min(800, canvas.getByTestId('box').clientWidth - 2);
      await expect(Math.abs(pngBox.width - svgBox.width)).toBeLessThanOrEqual(1);
      await expect(Math.abs(pngBox.width - expected)).toBeLessThanOrEqual(2);
      await expect(Math.abs(pngBox.height - svgBox.height)).toBeLessThanOrEqual(1);
      await expect(Math.abs(svgBox.width / svgBox.height - 1.6)).toBeLessThan(0.01);
    },
  };
}

export const PngAndSvgSameWidth = pngAndSvgStory(900);
export const PngAndSvgSameWidthNarrow = pngAndSvgStory(360);

export const Broken: Story = {
  args: { src: 'data:image/png;base64,bm90IGFuIGltYWdl', alt: 'Broken chart' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('alert')).toHaveTextContent('The file could not be downloaded. Please try again.');
    await userEvent.click(canvas.getByRole('button', { name: 'Retry' }));
    await expect(await canvas.findByRole('alert')).toBeVisible();
  },
};

export const CopyNotSupported: Story = {
  loaders: [() => ({ src: chartPng(320, 180) })],
  render: (args, { loaded }) => <ImageView {...args} src={String(loaded.src)} />,
  play: async ({ canvasElement }) => {
    await loadedImage(canvasElement, 'Revenue per month');
    // Simulates a browser without ClipboardItem (Firefox before 127, plain HTTP): a fault this browser cannot produce.
    const original = globalThis.ClipboardItem;
    Reflect.deleteProperty(globalThis, 'ClipboardItem');
    try {
      await userEvent.click(within(canvasElement).getByRole('button', { name: 'Copy image revenue.png' }));
      await expect(canvasElement.querySelector('[data-slot="image-copy-message"]')).toHaveTextContent('This browser cannot copy images here. Download the image instead.');
      await expect(within(canvasElement).getByRole('link', { name: 'Download revenue.png' })).toHaveAttribute('download', 'revenue.png');
    } finally {
      globalThis.ClipboardItem = original;
    }
  },
};

/** A chart with a title and a description read from its code: the figure is named by the title, the image described by what it shows. */
export const Described: Story = {
  loaders: [() => ({ src: chartPng(480, 270) })],
  args: { alt: 'Revenue per month (PNG)', description: 'Line chart “Revenue per month”: Month on the x-axis, revenue on the y-axis; series: Total revenue.' },
  render: (args, { loaded }) => <ImageView {...args} src={String(loaded.src)} />,
  play: async ({ canvasElement, args }) => {
    await loadedImage(canvasElement, args.alt);
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('figure', { name: 'Revenue per month (PNG)' })).toBeInTheDocument();
    const trigger = canvas.getByRole('button', { name: 'View full size: Revenue per month (PNG)' });
    await expect(trigger).toHaveAccessibleDescription(args.description ?? '');
    await expect(canvas.getByRole('button', { name: 'Copy image revenue.png' })).toBeEnabled();
    await expect(canvas.getByRole('link', { name: 'Download revenue.png' })).toBeInTheDocument();
  },
};
