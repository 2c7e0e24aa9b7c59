import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { LabelsProvider } from '../../LabelsProvider.js';
import { de } from '../../locales/de.js';
import { withTableViewport } from '../../test-support/table-viewport.js';
import { XlsxPreview } from './XlsxPreview.js';
import { loadTestFile } from '../../test-support/xlsx-test-files.js';

withTableViewport();

// happy-dom has no Web Worker: these small files are read on the main thread (read-workbook-in-worker.ts).
function cellTexts(): string[][] {
  const rows = new Map<number, string[]>();
  for (const cell of screen.getAllByRole('gridcell')) {
    const row = Number(cell.dataset.row);
    rows.set(row, [...(rows.get(row) ?? []), cell.textContent ?? '']);
  }
  return [...rows.entries()].sort(([a], [b]) => a - b).map(([, cells]) => cells);
}

describe('XlsxPreview', () => {
  it('shows each sheet as a tab; arrow keys move between sheets and show their cells', async () => {
    const user = userEvent.setup();
    render(<XlsxPreview data={loadTestFile('multi-sheet.xlsx')} fileName="sales.xlsx" truncated={false} />);
    const tabList = await screen.findByRole('tablist', { name: 'Sheets' });
    const tabs = within(tabList).getAllByRole('tab');
    expect(tabs.map((tab) => tab.textContent)).toEqual(['Sales', 'Costs', 'Notes']);
    expect(tabs[0]).toHaveAttribute('aria-selected', 'true');
    expect(await screen.findByRole('grid', { name: 'Sheet Sales' })).toBeInTheDocument();
    expect(screen.getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Row', 'A', 'B', 'C']);
    expect(cellTexts()[1]).toEqual(['North', '120', '4800.5']);

    tabs[0]?.focus();
    await user.keyboard('{ArrowRight}');
    expect(tabs[1]).toHaveFocus();
    expect(tabs[1]).toHaveAttribute('aria-selected', 'true');
    expect(await screen.findByRole('grid', { name: 'Sheet Costs' })).toBeInTheDocument();
    expect(cellTexts()).toEqual([
      ['Item', 'Amount'],
      ['Rent', '2000'],
      ['Salaries', '12500'],
    ]);
    await user.keyboard('{End}');
    expect(tabs[2]).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowRight}');
    expect(tabs[0]).toHaveFocus();
  });

  it('says a sheet is empty instead of showing an empty grid', async () => {
    const user = userEvent.setup();
    render(<XlsxPreview data={loadTestFile('empty-sheet.xlsx')} fileName="empty.xlsx" truncated={false} />);
    await user.click(await screen.findByRole('tab', { name: 'Blank' }));
    expect(screen.getByRole('tabpanel', { name: 'Blank' })).toHaveTextContent('This sheet is empty.');
    expect(screen.queryByRole('grid')).toBeNull();
  });

  it('shows a clear error for a file that is not an XLSX', async () => {
    render(<XlsxPreview data={new TextEncoder().encode('not a workbook').buffer} fileName="fake.xlsx" truncated={false} />);
    expect(await screen.findByRole('alert')).toHaveTextContent('This file is not an Excel workbook (.xlsx), so it cannot be previewed.');
  });

  it('does not try to read a workbook that was cut short', async () => {
    render(<XlsxPreview data={loadTestFile('multi-sheet.xlsx')} fileName="big.xlsx" truncated />);
    expect(await screen.findByRole('alert')).toHaveTextContent('This spreadsheet is too large to preview.');
  });

  it('speaks the app’s language', async () => {
    render(
      <LabelsProvider labels={de}>
        <XlsxPreview data={loadTestFile('multi-sheet.xlsx')} fileName="sales.xlsx" truncated={false} />
      </LabelsProvider>,
    );
    expect(await screen.findByRole('tablist', { name: 'Tabellenblätter' })).toBeInTheDocument();
    expect(await screen.findByRole('grid', { name: 'Tabellenblatt Sales' })).toBeInTheDocument();
  });
});
