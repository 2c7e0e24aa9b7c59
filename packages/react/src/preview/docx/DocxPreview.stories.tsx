import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { DocxPreview } from './DocxPreview.js';

const files = {
  report: new URL('./test-files/report.docx', import.meta.url).href,
  hostile: new URL('./test-files/hostile.docx', import.meta.url).href,
  corrupt: new URL('./test-files/corrupt.docx', import.meta.url).href,
};

async function bytesOf(url: string): Promise<ArrayBuffer> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`fixture ${url}: HTTP ${response.status}`);
  return response.arrayBuffer();
}

const meta = {
  title: 'Outputs/File previews/DocxPreview',
  component: DocxPreview,
  args: { data: new ArrayBuffer(0), fileName: 'report.docx', truncated: false },
  render: (args, { loaded }) => <DocxPreview {...args} data={(loaded as { data?: ArrayBuffer }).data ?? args.data} />,
} satisfies Meta<typeof DocxPreview>;

export default meta;
type Story = StoryObj<typeof meta>;

async function readyFrame(canvasElement: HTMLElement): Promise<HTMLIFrameElement> {
  await waitFor(() => expect(canvasElement.querySelector('[data-slot="html-frame-box"]')).toHaveAttribute('data-state', 'ready'), { timeout: 15_000 });
  const frame = canvasElement.querySelector<HTMLIFrameElement>('iframe[data-slot="html-frame"]');
  if (!frame) throw new Error('no preview frame');
  return frame;
}

/** The page's own theme: the document inside the frame follows it. */
function pageScheme(): 'light' | 'dark' {
  return document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light';
}

export const Report: Story = {
  loaders: [async () => ({ data: await bytesOf(files.report) })],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const frame = await readyFrame(canvasElement);
    await expect(canvas.getByTitle('Preview of report.docx')).toBe(frame);
    await expect(frame.getAttribute('sandbox')).toBe('allow-scripts');
    await expect(frame.srcdoc).toContain('<h1>Quarterly report</h1>');
    await expect(frame.srcdoc).toContain('<h2>Revenue by region</h2>');
    await expect(frame.srcdoc).toMatch(/<td><p>North<\/p><\/td><td><p>3\.6M<\/p><\/td><td><p>4\.1M<\/p><\/td>/);
    await expect(frame.srcdoc).toMatch(/<img src="data:image\/png;base64,[^"]+" alt="Bar chart of revenue by region">/);
    await expect(frame.srcdoc).toContain(`color-scheme:${pageScheme()}`);
    // Headings, list, table and chart: taller than a few lines, within the 600 px bound.
    await waitFor(() => expect(frame.clientHeight).toBeGreaterThan(400));
    await expect(frame.clientHeight).toBeLessThanOrEqual(600);
    await expect(canvasElement.querySelector('[data-slot="preview-notes"]')).toBeNull();
  },
};

export const HostileDocument: Story = {
  args: { fileName: 'hostile.docx' },
  loaders: [async () => ({ data: await bytesOf(files.hostile) })],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const frame = await readyFrame(canvasElement);
    await expect(
      canvas.getByText('2 images are not shown: linked from outside the document (never loaded) or in a format the browser cannot display.'),
    ).toBeVisible();
    await expect(frame.srcdoc).toContain('Image not shown: Tracking pixel');
    await expect(frame.srcdoc).toContain('&lt;script&gt;alert("typed as text")&lt;/script&gt; stays text.');
    await expect(frame.srcdoc).toContain('The end.');
    await expect(frame.srcdoc).not.toMatch(/(?:src|href)="(?:https?|javascript):/i);
    await expect(frame.srcdoc).not.toMatch(/<(?:object|embed|iframe)\b/i);
    await expect(frame.srcdoc).not.toContain('pixel.png');
    // Nothing this page fetched went to the document's web addresses.
    const requested = performance.getEntriesByType('resource').map((entry) => entry.name);
    await expect(requested.filter((name) => name.includes('tracker.invalid'))).toEqual([]);
  },
};

export const CorruptFile: Story = {
  args: { fileName: 'corrupt.docx' },
  loaders: [async () => ({ data: await bytesOf(files.corrupt) })],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('alert')).toHaveTextContent(
      'This file could not be read as a Word document (.docx): it may be damaged or in another format. Download it to open it elsewhere.',
    );
    await expect(canvasElement.querySelector('iframe')).toBeNull();
  },
};
