import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { PreviewableFileCard } from './PreviewableFileCard.js';

// Real files, each made by its kind's generator (preview/<kind>/test-files): the frame fetches them when opened.
const files = {
  workbook: new URL('./xlsx/test-files/multi-sheet.xlsx', import.meta.url).href,
  pdf: new URL('./pdf/test-files/three-pages.pdf', import.meta.url).href,
  docx: new URL('./docx/test-files/report.docx', import.meta.url).href,
  notes: `data:text/markdown;charset=utf-8,${encodeURIComponent('# Notes\n\n- Revenue grew every quarter.\n- Q4 was the best quarter: **171k**.\n')}`,
};

const meta = {
  title: 'Outputs/File preview',
  component: PreviewableFileCard,
  parameters: { docs: { description: { component: 'A generated document’s card with a **Preview** that opens inside it: spreadsheets, PDFs, Word documents and text. Nothing is fetched and no viewer code loads until it is opened.' } } },
} satisfies Meta<typeof PreviewableFileCard>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Opens the preview as a user would and returns the region it opened. */
async function open(canvasElement: HTMLElement, name: string): Promise<HTMLElement> {
  const canvas = within(canvasElement);
  const toggle = canvas.getByRole('button', { name: `Preview ${name}` });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await userEvent.click(toggle);
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  return canvas.getByRole('region', { name: `Preview of ${name}` });
}

const slow = { timeout: 30_000 };

export const Spreadsheet: Story = {
  args: { name: 'quarterly.xlsx', size: null, url: files.workbook, kind: 'xlsx', previewKind: 'xlsx' },
  play: async ({ canvasElement }) => {
    const region = within(await open(canvasElement, 'quarterly.xlsx'));
    const tabs = await region.findAllByRole('tab', {}, slow);
    await expect(tabs.length).toBeGreaterThan(1);
    await expect(await region.findByRole('grid', {}, slow)).toBeVisible();
  },
};

export const Pdf: Story = {
  args: { name: 'report.pdf', size: null, url: files.pdf, kind: 'pdf', previewKind: 'pdf' },
  play: async ({ canvasElement }) => {
    const region = await open(canvasElement, 'report.pdf');
    await waitFor(() => expect(region.querySelector('[data-slot="pdf-text-layer"]')).toHaveTextContent('Quarterly report'), slow);
    await userEvent.click(within(region).getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(within(region).getByRole('region', { name: 'Page 2 of 3' })).toBeVisible(), slow);
  },
};

export const WordDocument: Story = {
  args: { name: 'report.docx', size: null, url: files.docx, kind: 'docx', previewKind: 'docx' },
  play: async ({ canvasElement }) => {
    const region = await open(canvasElement, 'report.docx');
    await waitFor(() => expect(region.querySelector('iframe')).not.toBeNull(), slow);
    // The document is in a sandboxed frame without same-origin access: nothing in it runs as the page.
    await expect(region.querySelector('iframe')?.getAttribute('sandbox') ?? '').not.toContain('allow-same-origin');
  },
};

export const Markdown: Story = {
  args: { name: 'notes.md', size: 98, url: files.notes, kind: 'md', previewKind: 'text' },
  play: async ({ canvasElement }) => {
    const region = within(await open(canvasElement, 'notes.md'));
    await expect(await region.findByRole('heading', { name: 'Notes' }, slow)).toBeVisible();
    await expect(region.getAllByRole('listitem')[0]).toHaveTextContent('Revenue grew every quarter.');
  },
};

export const ReadFailed: Story = {
  args: { name: 'gone.pdf', size: null, url: '/no-such-file/gone.pdf', kind: 'pdf', previewKind: 'pdf' },
  play: async ({ canvasElement }) => {
    const region = within(await open(canvasElement, 'gone.pdf'));
    await expect(await region.findByRole('alert')).toHaveTextContent('The preview could not be loaded.');
    await expect(region.getByRole('button', { name: 'Retry' })).toBeVisible();
    // The download is still there, outside the preview.
    await expect(within(canvasElement).getByRole('button', { name: 'Download gone.pdf' })).toBeVisible();
  },
};
