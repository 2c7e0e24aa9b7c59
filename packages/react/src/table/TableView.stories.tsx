import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { TableView } from './TableView.js';

const meta = {
  title: 'Outputs/TableView',
  component: TableView,
  args: { csv: 'a,b\n1,2\n' },
} satisfies Meta<typeof TableView>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Generated data, not a hand-written fixture: `rows` rows of id, name, city, amount, ratio, date, … (`columns` wide). */
function generateCsv(rows: number, columns = 6): string {
  const cities = ['Berlin', 'Lisbon', 'Osaka', 'Lagos', 'Quito', 'Perth'];
  const header = ['id', 'name', 'city', 'amount', 'ratio', 'date', ...Array.from({ length: Math.max(0, columns - 6) }, (_, index) => `extra_${index + 1}`)];
  const lines = [header.slice(0, columns).join(',')];
  for (let index = 0; index < rows; index += 1) {
    const cells = [String(index + 1), `name ${index % 997}`, cities[index % cities.length] ?? '', String((index * 7919) % 100_000), ((index % 1000) / 1000).toFixed(3), `2026-0${(index % 9) + 1}-1${index % 10}`];
    for (let extra = 6; extra < columns; extra += 1) cells.push(String((index + extra) % 1000));
    lines.push(cells.slice(0, columns).join(','));
  }
  return lines.join('\n');
}

const sales = `region,product,units,revenue
North,Widget,120,"1,440.00"
South,Gadget,75,"2,250.50"
West,Widget,9,108.00
East,Gizmo,310,"4,650.75"
North,Gizmo,42,630.00
South,Widget,88,"1,056.00"`;

function grid(canvasElement: HTMLElement): HTMLElement {
  return within(canvasElement).getByRole('grid');
}

function columnTexts(canvasElement: HTMLElement, column: number): string[] {
  return [...canvasElement.querySelectorAll<HTMLElement>(`[role="gridcell"][data-column="${column}"]`)]
    .sort((a, b) => Number(a.dataset.row) - Number(b.dataset.row))
    .map((cell) => cell.textContent ?? '');
}

async function waitForState(canvasElement: HTMLElement, state: string, timeout = 10_000): Promise<void> {
  await waitFor(() => expect(canvasElement.querySelector('[data-slot="table-view"]')).toHaveAttribute('data-state', state), { timeout });
}

export const Basic: Story = {
  args: { csv: sales, onCopy: fn() },
  play: async ({ canvasElement, args }) => {
    await waitForState(canvasElement, 'done');
    // Test clicks are synthetic (no user activation), so Chromium refuses the real clipboard here;
    // record what the view writes instead. The copy logic itself is covered in TableView.test.tsx.
    const written: string[] = [];
    Object.defineProperty(navigator.clipboard, 'writeText', { configurable: true, value: (text: string) => Promise.resolve(void written.push(text)) });
    await expect(within(canvasElement).getByText('6 rows')).toBeVisible();
    const units = canvasElement.querySelector<HTMLElement>('[role="gridcell"][data-column="2"]');
    await expect(units).toHaveAttribute('data-kind', 'number');
    await expect(getComputedStyle(units ?? document.body).textAlign).toBe('right');
    await userEvent.click(within(canvasElement).getByText('Gadget'));
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Copy row' }));
    await waitFor(() => expect(args.onCopy).toHaveBeenCalledWith('South\tGadget\t75\t2,250.50'), { timeout: 5_000 });
    await expect(written).toEqual(['South\tGadget\t75\t2,250.50']);
    await expect(canvasElement.querySelector('[data-slot="table-announcement"]')).toHaveTextContent('Copied');
    Reflect.deleteProperty(navigator.clipboard, 'writeText');
  },
};

export const Sorted: Story = {
  args: { csv: sales, defaultSort: { column: 3, direction: 'descending' } },
  play: async ({ canvasElement }) => {
    await waitForState(canvasElement, 'done');
    await expect(columnTexts(canvasElement, 3)).toEqual(['4,650.75', '2,250.50', '1,440.00', '1,056.00', '630.00', '108.00']);
    const units = within(canvasElement).getByRole('columnheader', { name: /units/ });
    await userEvent.click(units);
    await expect(units).toHaveAttribute('aria-sort', 'ascending');
    await expect(columnTexts(canvasElement, 2)).toEqual(['9', '42', '75', '88', '120', '310']);
    // A screen reader hears the new order and the size; only the sorted header carries aria-sort.
    await expect(canvasElement.querySelector('[data-slot="table-view-announcement"]')).toHaveTextContent('Sorted by units, ascending; 6 rows');
    await expect(canvasElement.querySelectorAll('[role="columnheader"][aria-sort]')).toHaveLength(1);
    await expect(grid(canvasElement)).toHaveAttribute('aria-rowcount', '7');
    await expect(grid(canvasElement)).toHaveAttribute('aria-colcount', '5');
  },
};

export const Filtered: Story = {
  args: { csv: sales, defaultFilter: 'widget' },
  play: async ({ canvasElement }) => {
    await waitForState(canvasElement, 'done');
    await expect(within(canvasElement).getByText('3 of 6 rows')).toBeVisible();
    const filter = within(canvasElement).getByRole('searchbox', { name: 'Filter rows' });
    await userEvent.clear(filter);
    await userEvent.type(filter, 'gizmo');
    await waitFor(() => expect(columnTexts(canvasElement, 0)).toEqual(['East', 'North']));
    await waitFor(() => expect(canvasElement.querySelector('[data-slot="table-view-announcement"]')).toHaveTextContent('Filter applied; 2 of 6 rows'), { timeout: 5_000 });
    await expect(grid(canvasElement)).toHaveAttribute('aria-rowcount', '3');
  },
};

export const KeyboardNavigation: Story = {
  args: { csv: sales },
  play: async ({ canvasElement }) => {
    await waitForState(canvasElement, 'done');
    const header = within(canvasElement).getByRole('columnheader', { name: /region/ });
    header.focus();
    await userEvent.keyboard('{ArrowDown}{ArrowRight}');
    await expect(document.activeElement).toHaveTextContent('Widget');
    await userEvent.keyboard('{End}');
    await expect(document.activeElement).toHaveTextContent('1,440.00');
    await userEvent.keyboard('{Control>}{End}{/Control}');
    await expect(document.activeElement).toHaveTextContent('1,056.00');
    await userEvent.keyboard('{Control>}{Home}{/Control}{Enter}');
    await expect(header).toHaveAttribute('aria-sort', 'ascending');
    await expect(grid(canvasElement).querySelectorAll('[tabindex="0"]')).toHaveLength(1);
  },
};

/** A file that arrives slowly (each 256 KB read takes 150 ms), like a large download. */
class SlowBlob extends Blob {
  override slice(start?: number, end?: number, contentType?: string): Blob {
    const part = super.slice(start, end, contentType);
    return new (class extends Blob {
      override arrayBuffer(): Promise<ArrayBuffer> {
        return new Promise((resolve) => setTimeout(() => resolve(part.arrayBuffer()), 150));
      }
    })([part]);
  }
}

export const StreamingRows: Story = {
  // A Blob subclass cannot cross into a worker, so this one parses on the main thread (the fallback path).
  args: { csv: new SlowBlob([generateCsv(60_000)]), parseInWorker: false },
  play: async ({ canvasElement }) => {
    // The first rows are on screen while the rest is still arriving and parsing.
    await waitFor(() => expect(canvasElement.querySelectorAll('[role="gridcell"]').length).toBeGreaterThan(0), { timeout: 5_000 });
    await expect(grid(canvasElement)).toHaveAttribute('aria-busy', 'true');
    await expect(canvasElement.querySelector('[data-slot="table-view"]')).toHaveAttribute('data-state', 'streaming');
    // The length is not known until the file is read: -1, as ARIA asks.
    await expect(grid(canvasElement)).toHaveAttribute('aria-rowcount', '-1');
    const progress = canvasElement.querySelector('progress');
    await expect(Number(progress?.value)).toBeLessThan(100);
    await expect(within(canvasElement).getByText(/^[\d,]+ rows$/).textContent).not.toBe('60,000 rows');
    await waitForState(canvasElement, 'done', 12_000);
    await expect(within(canvasElement).getByText('60,000 rows')).toBeVisible();
    await expect(grid(canvasElement)).toHaveAttribute('aria-rowcount', '60001');
  },
};

const hugeCsv = generateCsv(50_000, 8);

export const Huge: Story = {
  args: { csv: hugeCsv, height: 360 },
  play: async ({ canvasElement }) => {
    await waitForState(canvasElement, 'done', 14_000);
    await expect(within(canvasElement).getByText('50,000 rows')).toBeVisible();
    // Only the visible window is in the DOM, however many rows there are.
    await expect(grid(canvasElement).querySelectorAll('*').length).toBeLessThan(1_000);
    within(canvasElement).getAllByRole('gridcell')[0]?.focus();
    await userEvent.keyboard('{Control>}{End}{/Control}');
    await waitFor(() => expect(document.activeElement?.closest('[role="row"]')?.querySelector('[role="rowheader"]')).toHaveTextContent('50000'));
  },
};

/** 2,000,000 short rows (`id,digit`, ≈ 17 MB) built in the page in parts, as a Blob the worker can read. */
function twoMillionRows(): Blob {
  const parts: string[] = ['id,digit\n'];
  for (let start = 1; start <= 2_000_000; start += 100_000) {
    const lines: string[] = [];
    for (let id = start; id < start + 100_000; id += 1) lines.push(`${id},${id % 10}\n`);
    parts.push(lines.join(''));
  }
  return new Blob(parts, { type: 'text/csv' });
}

function activeRowNumber(): string {
  return document.activeElement?.closest('[role="row"]')?.querySelector('[role="rowheader"]')?.textContent ?? '';
}

/**
 * Past about 1,048,576 rows of 32 px a body at its true height would pass Chromium's cap on an
 * element's height; the grid caps it and maps the scroll position onto the rows, so every row is
 * reachable by scrolling, Ctrl+End, PageDown and "Go to row", with the same DOM size throughout.
 */
export const TwoMillionRows: Story = {
  args: { height: 360 },
  loaders: [() => ({ csv: twoMillionRows() })],
  render: (args, { loaded }) => <TableView {...args} csv={(loaded as { csv: Blob }).csv} />,
  play: async ({ canvasElement }) => {
    await waitForState(canvasElement, 'done', 50_000);
    await expect(within(canvasElement).getByText('2,000,000 rows')).toBeVisible();
    const table = grid(canvasElement);
    await expect(table.scrollHeight).toBeLessThan(33_554_430);
    const elementsAtTop = table.querySelectorAll('*').length;
    await expect(elementsAtTop).toBeLessThan(1_000);

    within(canvasElement).getAllByRole('gridcell')[0]?.focus();
    await userEvent.keyboard('{Control>}{End}{/Control}');
    await waitFor(() => expect(activeRowNumber()).toBe('2000000'));
    const lastRow = document.activeElement?.closest('[role="row"]');
    await expect(lastRow?.querySelector('[role="gridcell"][data-column="0"]')).toHaveTextContent('2000000');
    await expect(document.activeElement).toHaveTextContent('0');
    // The focused last row is inside the grid's visible box, not just in the DOM.
    const box = table.getBoundingClientRect();
    const rowBox = lastRow?.getBoundingClientRect();
    await expect(rowBox?.bottom ?? Number.POSITIVE_INFINITY).toBeLessThanOrEqual(box.bottom);
    await expect(rowBox?.top ?? 0).toBeGreaterThanOrEqual(box.top);

    const goTo = within(canvasElement).getByRole('textbox', { name: 'Go to row' });
    await userEvent.type(goTo, '1500000{Enter}');
    await waitFor(() => expect(activeRowNumber()).toBe('1500000'));
    await userEvent.keyboard('{PageDown}');
    await waitFor(() => expect(Number(activeRowNumber())).toBeGreaterThan(1_500_001));

    // Scrolling the box to its end (a scrollbar drag) shows the last row too.
    table.scrollTop = 0;
    table.scrollTop = table.scrollHeight;
    await waitFor(() => expect(within(table).getAllByRole('rowheader').map((cell) => cell.textContent)).toContain('2000000'));
    await expect(Math.abs(table.querySelectorAll('*').length - elementsAtTop)).toBeLessThan(40);
  },
};

const wideCsv = generateCsv(300, 500);

export const Wide500Columns: Story = {
  args: { csv: wideCsv },
  play: async ({ canvasElement }) => {
    await waitForState(canvasElement, 'done');
    const table = grid(canvasElement);
    await expect(table).toHaveAttribute('aria-colcount', '501');
    await expect(within(canvasElement).getAllByRole('columnheader').length).toBeLessThan(30);
    table.scrollLeft = table.scrollWidth;
    await waitFor(() => expect(within(canvasElement).getByRole('columnheader', { name: /extra_494/ })).toBeVisible());
    // The row-number column stays pinned on the left while scrolled.
    const rowNumber = within(canvasElement).getAllByRole('rowheader')[0];
    await expect(Math.round(rowNumber?.getBoundingClientRect().left ?? -1)).toBe(Math.round(table.getBoundingClientRect().left + table.clientLeft));
  },
};

export const ResizeColumn: Story = {
  args: { csv: sales },
  play: async ({ canvasElement }) => {
    await waitForState(canvasElement, 'done');
    const header = within(canvasElement).getByRole('columnheader', { name: /product/ });
    const before = header.getBoundingClientRect().width;
    const handle = header.querySelector('[data-slot="table-resize-handle"]');
    if (!(handle instanceof HTMLElement)) throw new Error('no resize handle');
    const box = handle.getBoundingClientRect();
    const y = box.top + box.height / 2;
    handle.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, clientX: box.left + 2, clientY: y }));
    document.dispatchEvent(new MouseEvent('mousemove', { bubbles: true, clientX: box.left + 82, clientY: y }));
    document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, clientX: box.left + 82, clientY: y }));
    await waitFor(() => expect(within(canvasElement).getByRole('columnheader', { name: /product/ }).getBoundingClientRect().width).toBeCloseTo(before + 80, 0));
    await expect(header).not.toHaveAttribute('aria-sort');
  },
};

/** Three numeric columns of long floats, as pandas writes them. */
const measurements = `x,y,ratio
51.52358531234567,13.40495823410982,0.318
-0.12763401928371,7.00000000000001,1.0
1234.5678901234567,-98.76543210987654,0.5`;

/** In a 700 px card the columns share the whole width and every value is shown in full. */
export const NarrowTableFillsWidth: Story = {
  args: { csv: measurements },
  decorators: [(Story) => <div style={{ width: 700 }}>{Story()}</div>],
  play: async ({ canvasElement }) => {
    await waitForState(canvasElement, 'done');
    const table = grid(canvasElement);
    await waitFor(() => {
      const headerRow = table.querySelector('[data-slot="table-header-row"]');
      const used = [...(headerRow?.children ?? [])].reduce((sum, cell) => sum + cell.getBoundingClientRect().width, 0);
      expect(Math.abs(used - table.clientWidth)).toBeLessThanOrEqual(1);
    });
    await expect(table.scrollWidth).toBeLessThanOrEqual(table.clientWidth);
    const cells = [...table.querySelectorAll<HTMLElement>('[role="gridcell"]')];
    await expect(cells).toHaveLength(9);
    for (const cell of cells) await expect(cell.scrollWidth, cell.textContent ?? '').toBeLessThanOrEqual(cell.clientWidth);
    await expect(within(table).getByText('51.52358531234567')).toBeVisible();
    // The free width goes to the columns by their contents: the short ratio column stays the narrowest.
    const [x, y, ratio] = [0, 1, 2].map((column) => table.querySelector(`[role="columnheader"][data-column="${column}"]`)?.getBoundingClientRect().width ?? 0);
    await expect(ratio).toBeLessThan(x ?? 0);
    await expect(ratio).toBeLessThan(y ?? 0);
  },
};

/** A table wider than its card: the long text column gives way, the numbers stay whole. */
export const WideTableInNarrowCard: Story = {
  args: { csv: `id,comment,value\n1,"${'a fairly long remark about the data '.repeat(4)}",51.52358531234567\n2,short,2.5` },
  decorators: [(Story) => <div style={{ width: 400 }}>{Story()}</div>],
  play: async ({ canvasElement }) => {
    await waitForState(canvasElement, 'done');
    const table = grid(canvasElement);
    const value = table.querySelector<HTMLElement>('[role="gridcell"][data-row="0"][data-column="2"]');
    const comment = table.querySelector<HTMLElement>('[role="gridcell"][data-row="0"][data-column="1"]');
    await waitFor(() => expect(value?.scrollWidth).toBeLessThanOrEqual(value?.clientWidth ?? 0));
    await expect(comment?.scrollWidth).toBeGreaterThan(comment?.clientWidth ?? 0);
  },
};

export const LongCells: Story = {
  args: { csv: `id,text\n1,"${'A very long generated sentence. '.repeat(80)}"\n2,short` },
  play: async ({ canvasElement }) => {
    await waitForState(canvasElement, 'done');
    const cell = canvasElement.querySelector<HTMLElement>('[role="gridcell"][data-column="1"]');
    await expect(cell).toHaveAttribute('data-truncated');
    cell?.focus();
    await waitFor(() => expect(cell?.textContent?.length).toBe('A very long generated sentence. '.repeat(80).length));
    await expect(cell?.getBoundingClientRect().height ?? 0).toBeGreaterThan(32);
  },
};

export const Empty: Story = {
  args: { csv: '' },
  play: async ({ canvasElement }) => {
    await waitForState(canvasElement, 'empty');
    await expect(within(canvasElement).getByText('This file has no rows.')).toBeVisible();
  },
};

export const HeaderOnly: Story = {
  args: { csv: 'id,name,score\n' },
  play: async ({ canvasElement }) => {
    await waitForState(canvasElement, 'done');
    await expect(within(canvasElement).getByText('This file has a header but no rows.')).toBeVisible();
    await expect(within(canvasElement).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Row', 'id', 'name', 'score']);
  },
};

export const Malformed: Story = {
  args: { csv: 'a;b;c\n1;2;3\n4;5\n6;7;8;9\n10;"unclosed;11\n' },
  play: async ({ canvasElement }) => {
    await waitForState(canvasElement, 'done');
    await expect(within(canvasElement).getByText(/rows have a different number of cells/)).toBeVisible();
    await expect(within(canvasElement).getByText(/could not be parsed cleanly/)).toBeVisible();
    await expect(grid(canvasElement)).toHaveAttribute('aria-colcount', '5');
  },
};

// "Straße;Größe\nMünchen;1,5 m²" as Windows-1252 bytes.
const windows1252 = new Uint8Array([0x53, 0x74, 0x72, 0x61, 0xdf, 0x65, 0x3b, 0x47, 0x72, 0xf6, 0xdf, 0x65, 0x0a, 0x4d, 0xfc, 0x6e, 0x63, 0x68, 0x65, 0x6e, 0x3b, 0x31, 0x2c, 0x35, 0x20, 0x6d, 0xb2]);

export const NotUtf8: Story = {
  args: { csv: new Blob([windows1252], { type: 'text/csv' }) },
  play: async ({ canvasElement }) => {
    await waitForState(canvasElement, 'done');
    await expect(within(canvasElement).getByRole('columnheader', { name: 'Straße' })).toBeVisible();
    await expect(within(canvasElement).getByText('1,5 m²')).toBeVisible();
    await expect(within(canvasElement).getByText(/not UTF-8/)).toBeVisible();
  },
};

export const MarkdownTable: Story = {
  args: { csv: undefined, rows: [['Statistic', 'Value'], ['count', '1000'], ['mean', '49.7'], ['std', '28.9']] },
  play: async ({ canvasElement }) => {
    await expect(columnTexts(canvasElement, 1)).toEqual(['1000', '49.7', '28.9']);
  },
};

class NeverReadBlob extends Blob {
  override slice(): Blob {
    return new NeverReadBlob([]);
  }
  override arrayBuffer(): Promise<ArrayBuffer> {
    return new Promise(() => undefined);
  }
}

export const Loading: Story = {
  args: { csv: new NeverReadBlob(['a,b\n1,2']), parseInWorker: false },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Loading table…')).toBeVisible();
    await expect(canvasElement.querySelector('[data-slot="table-view"]')).toHaveAttribute('data-state', 'loading');
  },
};

export const LoadError: Story = {
  // Nothing listens on port 1: the fetch fails for real.
  args: { csv: undefined, src: 'http://127.0.0.1:1/data.csv' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(within(canvasElement).getByRole('alert')).toHaveTextContent('The table could not be loaded:'), { timeout: 10_000 });
  },
};
