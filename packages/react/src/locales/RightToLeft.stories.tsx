import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { ExecutionCard } from '../execution-card/index.js';
import { FileCard } from '../file/FileCard.js';
import { TableView } from '../table/TableView.js';
import { makeCard } from '../test-support/cards.js';

const sales = `المنطقة,المنتج,الوحدات,الإيرادات
الشمال,أداة,120,1440.00
الجنوب,جهاز,75,2250.50
الغرب,أداة,9,108.00
الشرق,قطعة,310,4650.75`;

const code = 'import pandas as pd\ndf = pd.read_csv("/mnt/data/sales.csv")\nsummary = df.groupby("المنطقة")["الإيرادات"].sum()\nsummary.to_csv("/mnt/data/summary.csv")';

function RightToLeftCard() {
  return (
    <div dir="rtl" style={{ maxWidth: 720 }}>
      <ExecutionCard
        card={makeCard({ code, logs: 'Reading /mnt/data/sales.csv (4 rows)\nsummary.csv written\n' })}
        title="ملخص المبيعات"
        output={
          <div style={{ display: 'grid', gap: 12 }}>
            <TableView csv={sales} fileName="sales.csv" height={240} />
            <FileCard name="summary.csv" size={52_300} url={null} />
          </div>
        }
      />
    </div>
  );
}

const meta = {
  title: 'Languages/Right to left',
  component: RightToLeftCard,
} satisfies Meta<typeof RightToLeftCard>;

export default meta;
type Story = StoryObj<typeof meta>;

function box(element: Element | null): DOMRect {
  if (!element) throw new Error('element not rendered');
  return element.getBoundingClientRect();
}

/** An execution card with a table and a file inside a right-to-left page: mirrored, nothing spilling out, code still left to right. */
export const ExecutionCardWithTableAndFile: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const card = canvasElement.querySelector('[data-slot="execution-card"]');
    const cardBox = box(card);
    const [outputTab, codeTab, logsTab] = canvas.getAllByRole('tab');
    await expect(box(outputTab ?? null).right).toBeGreaterThan(box(codeTab ?? null).right);

    await canvas.findByRole('gridcell', { name: 'الشمال' }, { timeout: 15_000 }); // the worker starts slowly on a loaded machine
    const headers = canvas.getAllByRole('columnheader');
    await expect(box(headers[1] ?? null).right).toBeGreaterThan(box(headers[2] ?? null).right);
    const fileCard = canvasElement.querySelector('[data-slot="file-card"]');
    for (const part of [canvasElement.querySelector('[data-slot="table-view"]'), fileCard]) {
      const partBox = box(part);
      await expect(partBox.left).toBeGreaterThanOrEqual(cardBox.left);
      await expect(partBox.right).toBeLessThanOrEqual(cardBox.right);
    }
    await expect(box(fileCard?.querySelector('[data-slot="file-icon"]') ?? null).right).toBeGreaterThan(box(fileCard?.querySelector('[data-slot="file-name"]') ?? null).right);
    // A Latin file name keeps its halves in reading order ("summ…" then "ary.csv"), not swapped by the page's direction.
    await expect(box(fileCard?.querySelector('[data-slot="file-name-start"]') ?? null).right).toBeLessThanOrEqual(box(fileCard?.querySelector('[data-slot="file-name-end"]') ?? null).left);

    await userEvent.click(codeTab ?? canvasElement);
    const codeScroller = canvasElement.querySelector('[data-slot="code-scroller"]');
    await expect(codeScroller).toHaveTextContent('import pandas as pd');
    await expect(getComputedStyle(codeScroller ?? document.body).direction).toBe('ltr');
    await userEvent.click(logsTab ?? canvasElement);
    const logs = canvasElement.querySelector('[data-slot="execution-card-logs"]');
    await expect(logs).toHaveTextContent('summary.csv written');
    await expect(getComputedStyle(logs ?? document.body).direction).toBe('ltr');
  },
};

const wideCsv = [
  Array.from({ length: 24 }, (_, column) => `عمود_${column + 1}`).join(','),
  ...Array.from({ length: 30 }, (_, row) => Array.from({ length: 24 }, (_, column) => String(row * 100 + column)).join(',')),
].join('\n');

/** A table wider than its box in a right-to-left page: it scrolls from the right, the row numbers stay on the right, the far columns render. */
export const WideTable: Story = {
  render: () => (
    <div dir="rtl" style={{ maxWidth: 720 }}>
      <TableView csv={wideCsv} fileName="wide.csv" height={300} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('columnheader', { name: /^عمود_1$/ }, { timeout: 15_000 });
    const grid = canvas.getByRole('grid');
    await expect(grid.scrollWidth).toBeGreaterThan(grid.clientWidth);
    grid.scrollLeft = -(grid.scrollWidth - grid.clientWidth);
    const last = await canvas.findByRole('columnheader', { name: /^عمود_24$/ });
    const gridBox = box(grid);
    await waitFor(() => expect(box(last).left).toBeGreaterThanOrEqual(gridBox.left - 1));
    const rowNumber = canvasElement.querySelector('[data-slot="table-row-number"]');
    await expect(Math.abs(box(rowNumber).right - box(grid).right)).toBeLessThan(2);

    // The arrows follow what the user sees: ArrowLeft goes to the next column, which sits to the left.
    grid.scrollLeft = 0;
    // The columns re-render after the scroll: focus the header once it is the one on screen, then press the key.
    await waitFor(() => {
      canvas.getByRole('columnheader', { name: /^عمود_1$/ }).focus();
      expect(document.activeElement).toHaveAccessibleName(/^عمود_1$/);
    });
    await userEvent.keyboard('{ArrowLeft}');
    await waitFor(() => expect(document.activeElement).toHaveAccessibleName(/^عمود_2$/));
    await expect(box(document.activeElement).right).toBeLessThanOrEqual(box(canvas.getByRole('columnheader', { name: /^عمود_1$/ })).left + 1);
    await userEvent.keyboard('{ArrowRight}');
    await waitFor(() => expect(document.activeElement).toHaveAccessibleName(/^عمود_1$/));
  },
};
