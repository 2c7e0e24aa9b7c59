import { act, render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { TableView } from './TableView.js';
import { withTableViewport } from '../test-support/table-viewport.js';
import { de } from '../locales/de.js';

withTableViewport();

const people = 'name,age,city\nAda,36,London\nLinus,9,Helsinki\nGrace,85,Arlington\nAlan,41,Wilmslow\nBarbara,7,Boston\n';

function columnTexts(column: number): string[] {
  return screen
    .getAllByRole('gridcell')
    .filter((cell) => cell.dataset.column === String(column))
    .sort((a, b) => Number(a.dataset.row) - Number(b.dataset.row))
    .map((cell) => cell.textContent ?? '');
}

async function renderTable(props: Parameters<typeof TableView>[0]) {
  const user = userEvent.setup();
  const view = render(<TableView parseInWorker={false} {...props} />);
  await screen.findByRole('grid');
  await vi.waitFor(() => expect(view.container.querySelector('[data-slot="table-view"]')).toHaveAttribute('data-state', 'done'));
  return { user, ...view };
}

describe('TableView', () => {
  it('shows the header and rows of a CSV string with a row count', async () => {
    await renderTable({ csv: people });
    expect(screen.getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Row', 'name', 'age', 'city']);
    expect(columnTexts(0)).toEqual(['Ada', 'Linus', 'Grace', 'Alan', 'Barbara']);
    expect(screen.getByText('5 rows')).toBeInTheDocument();
    expect(screen.getByRole('grid')).toHaveAttribute('aria-rowcount', '6');
  });

  it('right-aligns numeric columns by inferred type', async () => {
    await renderTable({ csv: people });
    const ageCell = screen.getAllByRole('gridcell').find((cell) => cell.dataset.column === '1');
    expect(ageCell).toHaveAttribute('data-kind', 'number');
    expect(screen.getAllByRole('gridcell').find((cell) => cell.dataset.column === '0')).toHaveAttribute('data-kind', 'text');
  });

  it('sorts numerically on header click, then descending, then back to file order', async () => {
    const onSortChange = vi.fn();
    const { user } = await renderTable({ csv: people, onSortChange });
    const age = screen.getByRole('columnheader', { name: /age/ });
    await user.click(age);
    expect(columnTexts(1)).toEqual(['7', '9', '36', '41', '85']);
    expect(age).toHaveAttribute('aria-sort', 'ascending');
    expect(onSortChange).toHaveBeenLastCalledWith({ column: 1, direction: 'ascending' });
    await user.click(age);
    expect(columnTexts(1)).toEqual(['85', '41', '36', '9', '7']);
    expect(age).toHaveAttribute('aria-sort', 'descending');
    await user.click(age);
    expect(columnTexts(1)).toEqual(['36', '9', '85', '41', '7']);
    expect(age).not.toHaveAttribute('aria-sort');
  });

  it('marks only the sorted column with aria-sort', async () => {
    await renderTable({ csv: people, defaultSort: { column: 1, direction: 'descending' } });
    const sortStates = screen.getAllByRole('columnheader').map((header) => header.getAttribute('aria-sort'));
    expect(sortStates).toEqual([null, null, 'descending', null]);
  });

  it('announces the new order and the rows shown when the sort changes', async () => {
    const { user, container } = await renderTable({ csv: people });
    const status = container.querySelector('[data-slot="table-view-announcement"]');
    expect(status).toHaveAttribute('role', 'status');
    expect(status).toHaveTextContent(/^$/);
    const age = screen.getByRole('columnheader', { name: /age/ });
    await user.click(age);
    expect(status).toHaveTextContent(/^Sorted by age, ascending; 5 rows$/);
    await user.click(age);
    expect(status).toHaveTextContent(/^Sorted by age, descending; 5 rows$/);
    await user.click(age);
    expect(status).toHaveTextContent(/^In file order; 5 rows$/);
  });

  it('announces the rows shown once the filter settles, and when it is cleared', async () => {
    const { user, container } = await renderTable({ csv: people });
    const status = container.querySelector('[data-slot="table-view-announcement"]');
    const filter = screen.getByRole('searchbox', { name: 'Filter rows' });
    await user.type(filter, 'ON');
    await vi.waitFor(() => expect(status).toHaveTextContent(/^Filter applied; 3 of 5 rows$/), { timeout: 5_000 });
    await user.clear(filter);
    await vi.waitFor(() => expect(status).toHaveTextContent(/^Filter cleared; 5 rows$/), { timeout: 5_000 });
  });

  it('announces in the locale of the labels', async () => {
    const { user, container } = await renderTable({ csv: people, labels: de.table });
    await user.click(screen.getByRole('columnheader', { name: /age/ }));
    expect(container.querySelector('[data-slot="table-view-announcement"]')).toHaveTextContent(/^Sortiert nach age, aufsteigend; 5 Zeilen$/);
  });

  it('keeps the file row number on each row when sorted', async () => {
    await renderTable({ csv: people, defaultSort: { column: 0, direction: 'ascending' } });
    const numbers = screen.getAllByRole('rowheader').map((cell) => cell.textContent);
    expect(numbers).toEqual(['1', '4', '5', '3', '2']);
  });

  it('filters rows from the filter box and counts what is shown', async () => {
    const { user } = await renderTable({ csv: people });
    await user.type(screen.getByRole('searchbox', { name: 'Filter rows' }), 'ON');
    await vi.waitFor(() => expect(columnTexts(0)).toEqual(['Ada', 'Grace', 'Barbara']));
    expect(screen.getByText('3 of 5 rows')).toBeInTheDocument();
  });

  it('moves focus between cells with the keyboard (roving tabindex)', async () => {
    const { user } = await renderTable({ csv: people });
    const focusables = () => screen.getByRole('grid').querySelectorAll('[tabindex="0"]');
    expect(focusables()).toHaveLength(1);
    // Filter, go to row, copy cell, copy row, download, then the grid.
    for (let step = 0; step < 6; step += 1) await user.tab();
    expect(document.activeElement).toHaveTextContent('name');
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toHaveTextContent('Ada');
    await user.keyboard('{ArrowRight}{ArrowDown}');
    expect(document.activeElement).toHaveTextContent('9');
    await user.keyboard('{End}');
    expect(document.activeElement).toHaveTextContent('Helsinki');
    await user.keyboard('{Control>}{End}{/Control}');
    expect(document.activeElement).toHaveTextContent('Boston');
    await user.keyboard('{Control>}{Home}{/Control}');
    expect(document.activeElement).toHaveTextContent('name');
    expect(focusables()).toHaveLength(1);
  });

  it('sorts from the keyboard with Enter on a header', async () => {
    const { user } = await renderTable({ csv: people });
    act(() => screen.getByRole('columnheader', { name: /age/ }).focus());
    await user.keyboard('{Enter}');
    expect(columnTexts(1)).toEqual(['7', '9', '36', '41', '85']);
  });

  it('copies the focused cell and its row', async () => {
    const onCopy = vi.fn();
    const { user } = await renderTable({ csv: people, onCopy });
    const linus = screen.getByText('Linus');
    act(() => linus.focus());
    await user.keyboard('{Control>}c{/Control}');
    await vi.waitFor(() => expect(onCopy).toHaveBeenLastCalledWith('Linus'));
    await user.click(screen.getByRole('button', { name: 'Copy row' }));
    await vi.waitFor(() => expect(onCopy).toHaveBeenLastCalledWith('Linus\t9\tHelsinki'));
    await vi.waitFor(() => expect(document.querySelector('[data-slot="table-announcement"]')).toHaveTextContent('Copied'));
  });

  it('cuts very long cells and shows the full text when the cell is focused', async () => {
    const long = 'x'.repeat(5_000);
    await renderTable({ csv: `id,text\n1,${long}\n` });
    const cell = screen.getAllByRole('gridcell')[1];
    expect(cell).toHaveAttribute('data-truncated');
    expect(cell?.textContent?.length).toBeLessThan(400);
    act(() => cell?.focus());
    await vi.waitFor(() => expect(cell?.textContent).toBe(long));
  });

  it('renders only a window of rows for a large table', async () => {
    const csv = `a,b\n${Array.from({ length: 20_000 }, (_, index) => `${index},${index * 2}`).join('\n')}`;
    await renderTable({ csv });
    expect(screen.getByText('20,000 rows')).toBeInTheDocument();
    const rendered = screen.getAllByRole('row').length;
    // 420 px / 32 px rows ≈ 13 visible + overscan: more than a handful, far fewer than 20,000.
    expect(rendered).toBeGreaterThan(10);
    expect(rendered).toBeLessThan(60);
  });

  it('goes to a row by its number from the "Go to row" box and focuses it', async () => {
    const csv = `a,b\n${Array.from({ length: 20_000 }, (_, index) => `${index + 1},${index * 2}`).join('\n')}`;
    const { user } = await renderTable({ csv, defaultSort: { column: 1, direction: 'descending' } });
    await user.type(screen.getByRole('textbox', { name: 'Go to row' }), '12345{Enter}');
    await vi.waitFor(() => expect(document.activeElement?.closest('[role="row"]')?.querySelector('[role="rowheader"]')).toHaveTextContent('12345'));
    expect(document.activeElement).toHaveTextContent('12345');
    // The window of rows in view and a few above and below, not the rows before it.
    expect(screen.getAllByRole('row').length).toBeLessThan(40);
    await user.clear(screen.getByRole('textbox', { name: 'Go to row' }));
    await user.type(screen.getByRole('textbox', { name: 'Go to row' }), '20001{Enter}');
    await vi.waitFor(() => expect(document.querySelector('[data-slot="table-announcement"]')).toHaveTextContent('Row 20001 is not shown'));
  });

  it('renders only a window of columns for a wide table', async () => {
    const header = Array.from({ length: 500 }, (_, index) => `c${index}`).join(',');
    const row = Array.from({ length: 500 }, (_, index) => String(index)).join(',');
    await renderTable({ csv: `${header}\n${row}\n` });
    expect(screen.getByRole('grid')).toHaveAttribute('aria-colcount', '501');
    const rendered = screen.getAllByRole('columnheader').length;
    expect(rendered).toBeGreaterThan(4);
    expect(rendered).toBeLessThan(40);
  });

  it('warns when a file is not UTF-8 and shows its characters correctly', async () => {
    const bytes = new Uint8Array([0x63, 0x69, 0x74, 0x79, 0x0a, 0x5a, 0xfc, 0x72, 0x69, 0x63, 0x68]);
    await renderTable({ csv: new Blob([bytes]) });
    expect(screen.getByText('Zürich')).toBeInTheDocument();
    expect(screen.getByText(/not UTF-8; it was read as Windows-1252/)).toBeInTheDocument();
  });

  it('takes plain rows (a markdown table)', async () => {
    await renderTable({ rows: [['Metric', 'Value'], ['mean', '4.2'], ['max', '9']] });
    expect(columnTexts(1)).toEqual(['4.2', '9']);
  });

  it('says so for an empty file and for a header without rows', async () => {
    const empty = render(<TableView parseInWorker={false} csv="" />);
    expect(await within(empty.container).findByText('This file has no rows.')).toBeInTheDocument();
    empty.unmount();
    render(<TableView parseInWorker={false} csv={'a,b\n'} />);
    expect(await screen.findByText('This file has a header but no rows.')).toBeInTheDocument();
  });

  it('answers invalid props with a clear error instead of crashing', async () => {
    render(<TableView csv="a" src="/x.csv" />);
    expect(screen.getByRole('alert')).toHaveTextContent('The table could not be loaded: give exactly one of csv, src or rows');
  });

  it('reports a failed download of a CSV URL', async () => {
    render(<TableView parseInWorker={false} src="http://127.0.0.1:9/missing.csv" />);
    expect(await screen.findByRole('alert', undefined, { timeout: 5_000 })).toHaveTextContent('The table could not be loaded');
  });

  it('resizes a column from the keyboard with Alt+Arrow on its header', async () => {
    const { user } = await renderTable({ csv: people });
    const name = screen.getByRole('columnheader', { name: /name/ });
    const before = Number.parseFloat(name.style.width);
    act(() => name.focus());
    await user.keyboard('{Alt>}{ArrowRight}{/Alt}');
    expect(Number.parseFloat(screen.getByRole('columnheader', { name: /name/ }).style.width)).toBe(before + 24);
  });

  it('uses translated labels', async () => {
    await renderTable({ csv: people, labels: { filter: 'Zeilen filtern', rowCount: (shown) => `${shown} Zeilen` } });
    expect(screen.getByRole('searchbox', { name: 'Zeilen filtern' })).toBeInTheDocument();
    expect(screen.getByText('5 Zeilen')).toBeInTheDocument();
  });
});
