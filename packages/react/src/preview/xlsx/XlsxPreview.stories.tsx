import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { XlsxPreview } from './XlsxPreview.js';
import { buildDeflatedWorkbook, buildWorkbook, numberSheetData } from '../../test-support/build-xlsx.js';
import datesFormulasMergedUrl from './test-files/dates-formulas-merged.xlsx?url';
import emptySheetUrl from './test-files/empty-sheet.xlsx?url';
import multiSheetUrl from './test-files/multi-sheet.xlsx?url';

const meta = {
  title: 'Previews/XlsxPreview',
  component: XlsxPreview,
  args: { data: new ArrayBuffer(0), fileName: 'workbook.xlsx', truncated: false },
  argTypes: { data: { control: false } },
} satisfies Meta<typeof XlsxPreview>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The bytes a story previews: one of the committed test workbooks (built by test-files/generate.py), or bytes made here. */
function withBytes(load: () => Promise<ArrayBuffer> | ArrayBuffer): Pick<Story, 'loaders' | 'render'> {
  return {
    loaders: [async () => ({ data: await load() })],
    render: (args, { loaded }) => <XlsxPreview {...args} data={loaded.data as ArrayBuffer} />,
  };
}

async function fetchBytes(url: string): Promise<ArrayBuffer> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`test workbook ${url}: HTTP ${response.status}`);
  return response.arrayBuffer();
}

/** The rows the grid shows, top to bottom, each as its cells' text. */
function shownRows(canvasElement: HTMLElement): string[][] {
  const rows = new Map<number, string[]>();
  for (const cell of canvasElement.querySelectorAll<HTMLElement>('[role="gridcell"]')) {
    const row = Number(cell.dataset.row);
    rows.set(row, [...(rows.get(row) ?? []), cell.textContent ?? '']);
  }
  return [...rows.entries()].sort(([a], [b]) => a - b).map(([, cells]) => cells);
}

// The worker starts slowly on a loaded machine.
const readTimeout = { timeout: 15_000 };

/** A workbook of three sheets: each is a tab; arrow keys move between them. */
export const MultiSheetWorkbook: Story = {
  args: { fileName: 'sales-2024.xlsx' },
  ...withBytes(() => fetchBytes(multiSheetUrl)),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const tabList = await canvas.findByRole('tablist', { name: 'Sheets' }, readTimeout);
    const tabs = within(tabList).getAllByRole('tab');
    await expect(tabs.map((tab) => tab.textContent)).toEqual(['Sales', 'Costs', 'Notes']);
    await expect(await canvas.findByRole('grid', { name: 'Sheet Sales' })).toBeVisible();
    await waitFor(() => expect(shownRows(canvasElement).slice(0, 2)).toEqual([
      ['Region', 'Units', 'Revenue'],
      ['North', '120', '4800.5'],
    ]));
    await userEvent.click(tabs[0] as HTMLElement);
    await userEvent.keyboard('{ArrowRight}');
    await expect(tabs[1]).toHaveFocus();
    await expect(tabs[1]).toHaveAttribute('aria-selected', 'true');
    await expect(await canvas.findByRole('grid', { name: 'Sheet Costs' })).toBeVisible();
    await waitFor(() => expect(shownRows(canvasElement)).toEqual([
      ['Item', 'Amount'],
      ['Rent', '2000'],
      ['Salaries', '12500'],
    ]));
    await userEvent.keyboard('{ArrowLeft}{ArrowLeft}');
    await expect(tabs[2]).toHaveFocus();
    await expect(await canvas.findByRole('grid', { name: 'Sheet Notes' })).toBeVisible();
  },
};

/**
 * Dates as ISO dates, formulas as the results the file stored (never evaluated), a merged title in its
 * top-left cell. The last rows hold hostile formulas (an external workbook over HTTP, WEBSERVICE, HYPERLINK):
 * they show their stored text, or nothing for an error result, and load nothing.
 */
export const DatesFormulasAndMergedCells: Story = {
  args: { fileName: 'quarterly-report.xlsx' },
  ...withBytes(() => fetchBytes(datesFormulasMergedUrl)),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('grid', { name: 'Sheet Report' }, readTimeout)).toBeVisible();
    await expect(canvas.getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Row', 'A', 'B', 'C', 'D']);
    await waitFor(() => expect(shownRows(canvasElement)).toEqual([
      ['Quarterly report', '', '', ''],
      ['Date', 'Units', 'Price', 'Total'],
      ['2024-03-15', '3', '2.5', '7.5'],
      ['2024-12-31 14:30:05', '4', '0.1', '0.4'],
      ['Sum', '7', '', '7.9'],
      ['Label', 'Q1', '', ''],
      ['External', 'cached external', '', ''],
      ['Web', '', '', ''],
      ['Link', 'click me', '', ''],
    ]));
    // A hyperlink formula stays text: nothing in the preview links anywhere.
    await expect(canvasElement.querySelector('a')).toBeNull();
    const loadedUrls = performance.getEntriesByType('resource').map((entry) => entry.name);
    await expect(loadedUrls.filter((url) => url.includes('attacker.invalid'))).toEqual([]);
  },
};

/** A sheet with no cells says so instead of showing an empty grid. */
export const EmptySheet: Story = {
  args: { fileName: 'survey.xlsx' },
  ...withBytes(() => fetchBytes(emptySheetUrl)),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const blank = await canvas.findByRole('tab', { name: 'Blank' }, readTimeout);
    await userEvent.click(blank);
    await expect(canvas.getByRole('tabpanel', { name: 'Blank' })).toHaveTextContent('This sheet is empty.');
    await expect(canvas.queryByRole('grid')).toBeNull();
  },
};

/**
 * 150,000 rows × 5 columns (750,000 cells, built here and deflated as a spreadsheet program saves them): the
 * preview keeps whole rows up to 500,000 cells (the first 100,000 rows) and says so.
 */
export const HugeSheetCapped: Story = {
  args: { fileName: 'sensor-log.xlsx' },
  ...withBytes(() => buildDeflatedWorkbook([{ name: 'Readings', sheetData: numberSheetData(150_000, 5) }])),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('Showing the first 100,000 rows of 150,000 — download to see all.', {}, { timeout: 45_000 })).toBeVisible();
    await expect(await canvas.findByRole('grid', { name: 'Sheet Readings' })).toBeVisible();
    await expect(canvas.getByText('100,000 rows')).toBeVisible();
    await waitFor(() => expect(shownRows(canvasElement)[1]).toEqual(['20', '21', '22', '23', '24']));
  },
};

/** Bytes that are not a workbook at all (here a CSV named .xlsx): a clear message, no crash. */
export const NotAnXlsxFile: Story = {
  args: { fileName: 'export.xlsx' },
  ...withBytes(() => new TextEncoder().encode('Region,Units\nNorth,120\n').buffer),
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByRole('alert', {}, readTimeout);
    await expect(alert).toHaveTextContent('This file is not an Excel workbook (.xlsx), so it cannot be previewed. Download it to open it.');
  },
};

/** A ZIP that claims to be a workbook but whose sheet the reader chokes on (cells without addresses): reported, not a hang. */
export const CorruptWorkbook: Story = {
  args: { fileName: 'broken.xlsx' },
  ...withBytes(() => buildWorkbook([{ name: 'Broken', sheetData: '<row><c><v>1</v></c></row>' }])),
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByRole('alert', {}, readTimeout);
    await expect(alert).toHaveTextContent(/^This spreadsheet could not be read: .+\. Download it to open it\.$/);
  },
};

/** The kit's German labels. */
export const InGerman: Story = {
  args: { fileName: 'umsatz.xlsx' },
  globals: { locale: 'de' },
  ...withBytes(() => fetchBytes(multiSheetUrl)),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('tablist', { name: 'Tabellenblätter' }, readTimeout)).toBeVisible();
    await expect(await canvas.findByRole('grid', { name: 'Tabellenblatt Sales' })).toBeVisible();
  },
};
