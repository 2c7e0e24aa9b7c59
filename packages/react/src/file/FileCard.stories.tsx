import { fileKinds, type FileKind } from '@execards/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { createSlowFetch } from '../test-support/slow-fetch.js';
import { DownloadsProvider } from './DownloadsProvider.js';
import { FileCard } from './FileCard.js';

const meta = {
  title: 'Outputs/FileCard',
  component: FileCard,
  args: { name: 'quarterly_revenue_by_region_2025_final_v3.xlsx', size: 52_300, url: null },
} satisfies Meta<typeof FileCard>;

export default meta;
type Story = StoryObj<typeof meta>;

const exampleNames: Record<FileKind, string> = {
  image: 'chart.png',
  csv: 'cleaned_sales.csv',
  html: 'interactive_report.html',
  pdf: 'summary.pdf',
  docx: 'letter.docx',
  xlsx: 'forecast.xlsx',
  pptx: 'deck.pptx',
  md: 'notes.md',
  txt: 'output.txt',
  json: 'config.json',
  code: 'clean_data.py',
  zip: 'results.zip',
  other: 'model.pkl',
};

const saved: string[] = [];
function remember(_blob: Blob, name: string) {
  saved.push(name);
}

export const EveryFileType: Story = {
  render: () => (
    <div style={{ display: 'grid', gap: 8 }}>
      {fileKinds.map((kind) => (
        <FileCard key={kind} name={exampleNames[kind]} size={1024 * (kind.length + 3)} url={`/files/${kind}`} />
      ))}
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvasElement.querySelectorAll('[data-slot="file-card"]')).toHaveLength(fileKinds.length);
    await expect(canvas.getByText('PDF document')).toBeVisible();
    await expect(canvas.getByText('PowerPoint deck')).toBeVisible();
    await expect(canvas.getByText('Source code')).toBeVisible();
    await expect(canvasElement.querySelectorAll('svg[data-slot="file-icon"]')).toHaveLength(fileKinds.length);
  },
};

export const LongNameMiddleEllipsis: Story = {
  play: async ({ canvasElement }) => {
    const end = canvasElement.querySelector<HTMLElement>('[data-slot="file-name-end"]');
    await expect(end).toHaveTextContent('v3.xlsx');
    await expect(end).toBeVisible();
    await expect(canvasElement.querySelector('[data-slot="file-name"]')).toHaveAttribute('title', 'quarterly_revenue_by_region_2025_final_v3.xlsx');
  },
  decorators: [(Story) => <div style={{ width: 280 }}>{Story()}</div>],
};

const slow = createSlowFetch({ chunks: 10, delayMs: 150 });

export const SlowDownload: Story = {
  render: (args) => (
    <DownloadsProvider fetch={slow.fetch} save={remember}>
      <FileCard {...args} name="large_export.zip" size={64_000} url="/files/large_export.zip" />
    </DownloadsProvider>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const startedBefore = slow.stats.started;
    const button = canvas.getByRole('button', { name: 'Download large_export.zip' });
    await userEvent.click(button);
    const progress = await canvas.findByRole('progressbar');
    await waitFor(() => expect(Number(progress.getAttribute('value'))).toBeGreaterThan(0));
    // Busy: the button keeps the focus (no `disabled`, which would drop it to <body>) and ignores clicks.
    await expect(button).toHaveAttribute('aria-disabled', 'true');
    await expect(document.activeElement).toBe(button);
    await userEvent.click(button);
    await waitFor(() => expect(canvasElement.querySelector('[data-slot="file-card"]')).toHaveAttribute('data-state', 'done'), { timeout: 5000 });
    await expect(slow.stats.started - startedBefore).toBe(1);
    await expect(saved).toContain('large_export.zip');
    await expect(document.activeElement).toBe(button);
    await expect(button).not.toHaveAttribute('aria-disabled');
    await expect(canvasElement.querySelector('[data-slot="live-region"]')).toHaveTextContent('Downloaded');
  },
};

export const FailingDownload: Story = {
  render: (args) => {
    const failing = createSlowFetch({ delayMs: 10, failPaths: ['/missing.pdf'] });
    return (
      <DownloadsProvider fetch={failing.fetch} save={remember}>
        <FileCard {...args} name="missing.pdf" size={10_000} url="/files/missing.pdf" />
      </DownloadsProvider>
    );
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const button = canvas.getByRole('button', { name: 'Download missing.pdf' });
    await userEvent.click(button);
    await expect(await canvas.findByRole('alert')).toHaveTextContent('The file could not be downloaded. Please try again.');
    // The same button turns into the retry and still holds the focus.
    await expect(canvas.getByRole('button', { name: 'Retry missing.pdf' })).toBe(button);
    await expect(button).toBeEnabled();
    await expect(document.activeElement).toBe(button);
  },
};

const five = ['a_report.pdf', 'b_data.csv', 'c_slides.pptx', 'd_notes.md', 'e_bundle.zip'];
const queued = createSlowFetch({ chunks: 4, delayMs: 80 });

export const FiveDownloadsLimitTwo: Story = {
  render: () => (
    <DownloadsProvider maxConcurrentDownloads={2} fetch={queued.fetch} save={remember}>
      <div style={{ display: 'grid', gap: 8 }}>
        {five.map((name) => (
          <FileCard key={name} name={name} size={64_000} url={`/files/${name}`} />
        ))}
      </div>
    </DownloadsProvider>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    for (const name of five) await userEvent.click(canvas.getByRole('button', { name: `Download ${name}` }));
    await expect(canvasElement.querySelectorAll('[data-slot="file-card"][data-state="queued"]').length).toBeGreaterThan(0);
    await waitFor(() => expect(canvasElement.querySelectorAll('[data-slot="file-card"][data-state="done"]')).toHaveLength(5), { timeout: 8000 });
    await expect(queued.stats.peak).toBe(2);
  },
};
