import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { PdfPreview } from './PdfPreview.js';

// Written by test-files/generate.py; the texts checked below are the ones it draws.
const fixtures = {
  threePages: new URL('./test-files/three-pages.pdf', import.meta.url).href,
  long: new URL('./test-files/long.pdf', import.meta.url).href,
  corrupt: new URL('./test-files/corrupt.pdf', import.meta.url).href,
  password: new URL('./test-files/password.pdf', import.meta.url).href,
  hostile: new URL('./test-files/hostile.pdf', import.meta.url).href,
  jpeg2000: new URL('./test-files/jpeg2000.pdf', import.meta.url).href,
};

async function bytesOf(url: string): Promise<ArrayBuffer> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`fixture ${url}: HTTP ${response.status}`);
  return response.arrayBuffer();
}

const meta = {
  title: 'Outputs/PdfPreview',
  component: PdfPreview,
  args: { data: new ArrayBuffer(0), fileName: 'report.pdf', truncated: false },
  argTypes: { data: { control: false } },
  render: (args, { loaded }) => <PdfPreview {...args} data={loaded.data instanceof ArrayBuffer ? loaded.data : args.data} />,
} satisfies Meta<typeof PdfPreview>;

export default meta;
type Story = StoryObj<typeof meta>;

function withFile(url: string): Pick<Story, 'loaders'> {
  return { loaders: [async () => ({ data: await bytesOf(url) })] };
}

/** Pages take a moment: pdf.js loads in its worker, then draws the page. */
const pageTimeout = { timeout: 30_000 };

function textLayer(canvasElement: HTMLElement): HTMLElement {
  const layer = canvasElement.querySelector<HTMLElement>('[data-slot="pdf-text-layer"]');
  if (!layer) throw new Error('no text layer');
  return layer;
}

async function shownPage(canvasElement: HTMLElement, text: string): Promise<void> {
  await waitFor(() => {
    expect(canvasElement.querySelector('[data-slot="pdf-scroll-area"]')).toHaveAttribute('data-state', 'rendered');
    expect(textLayer(canvasElement)).toHaveTextContent(text);
  }, pageTimeout);
}

function pageWidth(canvasElement: HTMLElement): number {
  return canvasElement.querySelector('[data-slot="pdf-page"]')?.getBoundingClientRect().width ?? 0;
}

export const ThreePages: Story = {
  ...withFile(fixtures.threePages),
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement);
    await shownPage(canvasElement, 'Quarterly report');
    await expect(canvas.getByRole('region', { name: 'Page 1 of 3' })).toBeVisible();
    await expect(canvas.getByText('of 3')).toBeVisible();
    await expect(canvas.getByRole('status')).toHaveTextContent('report.pdf opened: 3 pages.');

    await step('the page text can be selected and copied', async () => {
      await expect(textLayer(canvasElement)).toHaveTextContent('Revenue grew 12% over the previous quarter.');
      const selection = window.getSelection();
      selection?.selectAllChildren(textLayer(canvasElement));
      await expect(selection?.toString()).toContain('Revenue grew 12%');
      selection?.removeAllRanges();
      // The page is drawn, not only its text.
      const drawn = canvasElement.querySelector<HTMLCanvasElement>('[data-slot="pdf-canvas"] canvas');
      await expect(drawn?.width).toBeGreaterThan(100);
    });

    await step('next, previous and the page number field turn the page', async () => {
      const next = canvas.getByRole('button', { name: 'Next page' });
      const previous = canvas.getByRole('button', { name: 'Previous page' });
      await expect(previous).toHaveAttribute('aria-disabled', 'true');
      await userEvent.click(next);
      await shownPage(canvasElement, 'Costs');
      await expect(canvas.getByRole('region', { name: 'Page 2 of 3' })).toBeVisible();
      await expect(canvas.getByRole('status')).toHaveTextContent('Page 2 of 3');
      const field = canvas.getByRole('textbox', { name: 'Page' });
      await expect(field).toHaveValue('2');
      await userEvent.clear(field);
      await userEvent.type(field, '3{Enter}');
      await shownPage(canvasElement, 'Outlook');
      await expect(next).toHaveAttribute('aria-disabled', 'true');
      // A page that does not exist is refused, and said so.
      await userEvent.clear(field);
      await userEvent.type(field, '9{Enter}');
      await expect(field).toHaveValue('3');
      await expect(canvas.getByRole('status')).toHaveTextContent('Enter a page number from 1 to 3.');
      await userEvent.click(previous);
      await shownPage(canvasElement, 'Costs');
    });
  },
};

/** Keyboard only: every control is reached with Tab, and a button that becomes unavailable keeps the focus. */
export const Keyboard: Story = {
  ...withFile(fixtures.threePages),
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement);
    await shownPage(canvasElement, 'Quarterly report');
    await userEvent.click(canvas.getByRole('button', { name: 'Next page' }));
    await shownPage(canvasElement, 'Costs');

    await step('the keyboard reaches every control, and focus stays on a button that becomes unavailable', async () => {
      const previous = canvas.getByRole('button', { name: 'Previous page' });
      previous.focus();
      await userEvent.keyboard('{Enter}');
      await shownPage(canvasElement, 'Quarterly report');
      await expect(previous).toHaveFocus();
      await expect(previous).toHaveAttribute('aria-disabled', 'true');
      await userEvent.tab();
      await expect(canvas.getByRole('textbox', { name: 'Page' })).toHaveFocus();
      await userEvent.tab();
      await expect(canvas.getByRole('button', { name: 'Next page' })).toHaveFocus();
      await userEvent.keyboard(' ');
      await shownPage(canvasElement, 'Costs');
    });
  },
};

export const Zoom: Story = {
  ...withFile(fixtures.threePages),
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement);
    await shownPage(canvasElement, 'Quarterly report');
    await userEvent.click(canvas.getByRole('button', { name: 'Next page' }));
    await shownPage(canvasElement, 'Costs');

    await step('zoom in and out, then fit the width again', async () => {
      const fitWidth = canvas.getByRole('button', { name: 'Fit width' });
      await expect(fitWidth).toHaveAttribute('aria-pressed', 'true');
      const fitted = pageWidth(canvasElement);
      const scrollArea = canvasElement.querySelector<HTMLElement>('[data-slot="pdf-scroll-area"]');
      await expect(fitted).toBeLessThanOrEqual(scrollArea?.clientWidth ?? 0);
      await userEvent.click(canvas.getByRole('button', { name: 'Zoom in' }));
      await waitFor(() => expect(pageWidth(canvasElement)).toBeGreaterThan(fitted), pageTimeout);
      await shownPage(canvasElement, 'Costs');
      await expect(fitWidth).toHaveAttribute('aria-pressed', 'false');
      const zoomLevel = canvasElement.querySelector('[data-slot="pdf-zoom-level"]')?.textContent ?? '';
      await expect(canvas.getByRole('status')).toHaveTextContent(zoomLevel);
      await userEvent.click(canvas.getByRole('button', { name: 'Zoom out' }));
      await userEvent.click(canvas.getByRole('button', { name: 'Zoom out' }));
      await waitFor(() => expect(pageWidth(canvasElement)).toBeLessThan(fitted), pageTimeout);
      await userEvent.click(fitWidth);
      await waitFor(() => expect(Math.abs(pageWidth(canvasElement) - fitted)).toBeLessThanOrEqual(1), pageTimeout);
      await expect(fitWidth).toHaveAttribute('aria-pressed', 'true');
      await shownPage(canvasElement, 'Costs');
    });
  },
};

export const LongDocument: Story = {
  ...withFile(fixtures.long),
  args: { fileName: 'long-report.pdf' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await shownPage(canvasElement, 'This is page 1 of the long document.');
    await expect(canvas.getByText('Showing the first 50 of 60 pages. Download the file to see all of them.')).toBeVisible();
    await expect(canvas.getByText('of 50')).toBeVisible();
    const field = canvas.getByRole('textbox', { name: 'Page' });
    await userEvent.clear(field);
    await userEvent.type(field, '60{Enter}');
    await expect(field).toHaveValue('1');
    await expect(canvas.getByRole('status')).toHaveTextContent('Enter a page number from 1 to 50.');
    await userEvent.clear(field);
    await userEvent.type(field, '50{Enter}');
    await shownPage(canvasElement, 'This is page 50 of the long document.');
    await expect(canvas.getByRole('button', { name: 'Next page' })).toHaveAttribute('aria-disabled', 'true');
    // Page Up at the top of a page turns back one page; the scroll area keeps the focus.
    const scrollArea = canvas.getByRole('region', { name: 'Page 50 of 50' });
    scrollArea.focus();
    scrollArea.scrollTop = 0;
    await userEvent.keyboard('{PageUp}');
    await shownPage(canvasElement, 'This is page 49 of the long document.');
    await expect(canvas.getByRole('region', { name: 'Page 49 of 50' })).toHaveFocus();
  },
};

export const CorruptFile: Story = {
  ...withFile(fixtures.corrupt),
  args: { fileName: 'broken.pdf' },
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByRole('alert', {}, pageTimeout);
    await expect(alert).toHaveTextContent('This file is not a readable PDF: it may be damaged. Download it to open it in another program.');
    await expect(canvasElement.querySelector('[data-slot="pdf-controls"]')).toBeNull();
  },
};

export const NotAPdf: Story = {
  loaders: [() => ({ data: new TextEncoder().encode('name,revenue\nNorth,4.1\n').buffer })],
  args: { fileName: 'renamed.pdf' },
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByRole('alert', {}, pageTimeout);
    await expect(alert).toHaveTextContent('This file is not a readable PDF');
  },
};

export const PasswordProtected: Story = {
  ...withFile(fixtures.password),
  args: { fileName: 'locked.pdf' },
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByRole('alert', {}, pageTimeout);
    await expect(alert).toHaveTextContent('This PDF is protected by a password. Download it to open it with the password.');
  },
};

interface Tripwires {
  opened: string[];
  alerts: string[];
  restore(): void;
}

/** Records what a PDF's actions would do in the page: open windows, alert, leave the page. */
function setTripwires(): Tripwires {
  const originalOpen = window.open;
  const originalAlert = window.alert;
  const tripwires: Tripwires = {
    opened: [],
    alerts: [],
    restore() {
      window.open = originalOpen;
      window.alert = originalAlert;
    },
  };
  window.open = (url?: string | URL) => {
    tripwires.opened.push(String(url));
    return null;
  };
  window.alert = (message?: unknown) => {
    tripwires.alerts.push(String(message));
  };
  return tripwires;
}

export const HostileFile: Story = {
  loaders: [async () => ({ data: await bytesOf(fixtures.hostile), tripwires: setTripwires() })],
  args: { fileName: 'invoice.pdf' },
  play: async ({ canvasElement, loaded }) => {
    const tripwires = loaded.tripwires as Tripwires;
    try {
      const location = window.location.href;
      await shownPage(canvasElement, 'This PDF carries JavaScript and a launch action.');
      // Its links are drawn, never made clickable: no anchor, no form, no frame comes from the file.
      const preview = canvasElement.querySelector('[data-slot="pdf-preview"]');
      await expect(preview?.querySelectorAll('a, form, iframe, object, embed, input:not([data-slot="pdf-page-field"])')).toHaveLength(0);
      await userEvent.click(within(canvasElement).getByText('Click here: javascript link'));
      await userEvent.click(within(canvasElement).getByText('Click here: launch link'));
      await userEvent.click(within(canvasElement).getByText('This PDF carries JavaScript and a launch action.'));
      await expect(window.location.href).toBe(location);
      await expect(tripwires.opened).toEqual([]);
      await expect(tripwires.alerts).toEqual([]);
      const beacons = performance.getEntriesByType('resource').filter((entry) => entry.name.includes('/beacon'));
      await expect(beacons).toEqual([]);
    } finally {
      tripwires.restore();
    }
  },
};

/** pdf.js's JPEG 2000 decoder is a file it would fetch; the preview fetches nothing, so the image is left out and the page still shows. */
export const Jpeg2000Image: Story = {
  ...withFile(fixtures.jpeg2000),
  args: { fileName: 'scan.pdf' },
  play: async ({ canvasElement }) => {
    await shownPage(canvasElement, 'A JPEG 2000 image follows.');
    await expect(within(canvasElement).queryByRole('alert')).toBeNull();
  },
};
