'use client';
import { Suspense, useMemo, useState } from 'react';
import { Panel, Tab, TabList, Tabs } from '../../execution-card/ExecutionCardParts.js';
import type { Labels } from '../../labels.js';
import { useLabels } from '../../LabelsProvider.js';
// The table is the kit's lazy chunk, shared with CSV outputs, not a second copy inside this one.
import { LazyTableView } from '../../table/lazy-table-view.js';
import type { TableLabels } from '../../table/labels.js';
import type { PreviewProps } from '../preview-props.js';
import { columnName } from './column-name.js';
import type { SheetPreview, WorkbookFailure } from './read-workbook.js';
import { useWorkbook } from './use-workbook.js';

/**
 * An XLSX workbook: each sheet a tab holding a TableView, read in a Web Worker. Cells show what the file
 * stored (formula results, never evaluated); columns are named A, B, C… and rows keep the sheet's numbers.
 */
export function XlsxPreview({ data, fileName, truncated }: PreviewProps) {
  const labels = useLabels();
  const workbook = useWorkbook(data, truncated);
  return (
    <div data-slot="xlsx-preview" data-state={workbook.status} aria-busy={workbook.status === 'reading'}>
      {workbook.status === 'reading' ? (
        <p role="status" data-slot="xlsx-preview-message" data-kind="reading">
          {labels.xlsxReading}
        </p>
      ) : workbook.status === 'failed' ? (
        <p role="alert" data-slot="xlsx-preview-message" data-kind="error" data-failure={workbook.failure}>
          {failureMessage(labels, workbook.failure, workbook.detail)}
        </p>
      ) : workbook.sheets.length === 0 ? (
        <p data-slot="xlsx-preview-message" data-kind="empty">
          {labels.xlsxNoSheets}
        </p>
      ) : (
        <SheetTabs sheets={workbook.sheets} fileName={fileName} />
      )}
    </div>
  );
}

function failureMessage(labels: Labels, failure: WorkbookFailure, detail: string): string {
  switch (failure) {
    case 'not-xlsx':
      return labels.xlsxNotXlsx;
    case 'too-large':
      return labels.xlsxTooLarge;
    case 'timed-out':
      return labels.xlsxTimedOut;
    case 'unreadable':
      return labels.xlsxUnreadable(detail);
  }
}

function SheetTabs({ sheets, fileName }: { sheets: readonly SheetPreview[]; fileName: string }) {
  const labels = useLabels();
  const [selected, setSelected] = useState('0');
  return (
    <Tabs value={selected} onValueChange={setSelected} data-slot="xlsx-preview-sheets">
      <TabList aria-label={labels.xlsxSheets} data-slot="xlsx-preview-tab-list">
        {sheets.map((sheet, index) => (
          <Tab key={index} value={String(index)} data-slot="xlsx-preview-tab">
            {sheet.name}
          </Tab>
        ))}
      </TabList>
      {sheets.map((sheet, index) => (
        <Panel key={index} value={String(index)} data-slot="xlsx-preview-panel">
          {/* Only the shown sheet holds a grid: a workbook of many big sheets costs one grid. */}
          {selected === String(index) ? <SheetView sheet={sheet} fileName={fileName} /> : null}
        </Panel>
      ))}
    </Tabs>
  );
}

function SheetView({ sheet, fileName }: { sheet: SheetPreview; fileName: string }) {
  const labels = useLabels();
  // The header row names the columns as the spreadsheet does, so the sheet's first row stays a row (row 1).
  const rows = useMemo(() => [Array.from({ length: sheet.columnCount }, (_, column) => columnName(column)), ...sheet.rows], [sheet]);
  const tableLabels = useMemo<Partial<TableLabels>>(() => ({ grid: labels.xlsxSheetGrid(sheet.name) }), [labels, sheet.name]);
  if (sheet.rowCount === 0) {
    return (
      <p data-slot="xlsx-preview-message" data-kind="empty">
        {labels.xlsxEmptySheet}
      </p>
    );
  }
  return (
    <>
      {sheet.rows.length < sheet.rowCount ? (
        <p data-slot="xlsx-preview-message" data-kind="capped">
          {labels.xlsxRowsCapped(sheet.rows.length, sheet.rowCount)}
        </p>
      ) : null}
      <Suspense fallback={<p data-slot="xlsx-preview-message" data-kind="reading">{labels.xlsxReading}</p>}>
        <LazyTableView rows={rows} fileName={sheetCsvName(fileName, sheet.name)} labels={tableLabels} />
      </Suspense>
    </>
  );
}

/** "report.xlsx" and sheet "Sales" → "report - Sales.csv" (the table's "Download CSV" saves the rows shown). */
function sheetCsvName(fileName: string, sheetName: string): string {
  const base = fileName.replace(/\.xlsx$/i, '') || 'workbook';
  return `${base} - ${sheetName}.csv`;
}
