import readXlsxFile, { InvalidInputError } from 'read-excel-file/browser';
import { cellPosition, storedFormulasWithoutResults, type StoredFormulas } from './stored-formulas.js';
import { readZipDirectory } from './zip-directory.js';

/** One sheet, its cells as the text the preview shows. */
export interface SheetPreview {
  name: string;
  /** The sheet's first rows (all of them unless capped), each cell as text; a row is as long as the widest row. */
  rows: string[][];
  /** Rows in the sheet, shown or not. */
  rowCount: number;
  columnCount: number;
}

export type WorkbookFailure = 'not-xlsx' | 'too-large' | 'unreadable' | 'timed-out';

export type WorkbookResult = { ok: true; sheets: SheetPreview[] } | { ok: false; failure: WorkbookFailure; detail: string };

export interface WorkbookLimits {
  /** Cells kept per sheet (whole rows): past this the grid would make the page sluggish. */
  maxCellsPerSheet: number;
  /** What the workbook's XML parts may inflate to, as its ZIP directory declares (a ZIP bomb is refused unread). */
  maxUncompressedBytes: number;
}

export const workbookLimits: WorkbookLimits = { maxCellsPerSheet: 500_000, maxUncompressedBytes: 128 * 1024 * 1024 };

/**
 * Reads every sheet of an XLSX workbook into text cells. Formulas show the result the spreadsheet program
 * stored when it saved the file, or, where a script saved none, the formula as text (stored-formulas.ts):
 * nothing is evaluated, and external links, web functions and hyperlinks stay text. A merged range keeps its
 * value in its top-left cell and the other cells of the range are empty, as the file stores them. A formula
 * whose stored result is an error (#DIV/0!, #VALUE!…) reads as empty: the reader drops error results.
 */
export async function readWorkbook(data: ArrayBuffer, limits: WorkbookLimits = workbookLimits): Promise<WorkbookResult> {
  const entries = readZipDirectory(data);
  if (entries === null) return { ok: false, failure: 'not-xlsx', detail: 'not a ZIP archive' };
  const xmlBytes = entries.filter((entry) => /\.(xml|rels)$/i.test(entry.name)).reduce((total, entry) => total + entry.uncompressedSize, 0);
  if (xmlBytes > limits.maxUncompressedBytes) return { ok: false, failure: 'too-large', detail: `${xmlBytes} bytes of XML` };
  if (!entries.some((entry) => entry.name === 'xl/workbook.xml')) return { ok: false, failure: 'not-xlsx', detail: 'no xl/workbook.xml' };
  try {
    const sheets = await readXlsxFile(data);
    // Looking for formulas means inflating the sheets a second time: skipped for the largest workbooks.
    const formulas = xmlBytes <= formulaScanLimit ? formulasOrNone(data) : new Map<string, Map<string, string>>();
    return { ok: true, sheets: sheets.map(({ sheet, data: cells }) => toSheetPreview(sheet, withFormulas(cells, formulas.get(sheet)), limits.maxCellsPerSheet)) };
  } catch (error) {
    if (error instanceof InvalidInputError) return { ok: false, failure: 'not-xlsx', detail: error.message };
    return { ok: false, failure: 'unreadable', detail: error instanceof Error ? error.message : String(error) };
  }
}

type Cell = string | number | boolean | Date | null | undefined;

const formulaScanLimit = 32 * 1024 * 1024;

function formulasOrNone(data: ArrayBuffer): StoredFormulas {
  try {
    return storedFormulasWithoutResults(data);
  } catch {
    return new Map();
  }
}

/** The sheet's cells with each result-less formula written into its (empty) cell as text. */
function withFormulas(cells: readonly (readonly unknown[])[], formulas: Map<string, string> | undefined): readonly (readonly unknown[])[] {
  if (!formulas) return cells;
  const rows = cells.map((row) => [...row]);
  for (const [reference, text] of formulas) {
    const position = cellPosition(reference);
    if (!position) continue;
    while (rows.length <= position.row) rows.push([]);
    const row = rows[position.row] ?? [];
    if (row[position.column] === null || row[position.column] === undefined) row[position.column] = text;
  }
  return rows;
}

function toSheetPreview(name: string, cells: readonly (readonly unknown[])[], maxCells: number): SheetPreview {
  const columnCount = cells.reduce((widest, row) => Math.max(widest, row.length), 0);
  const shownRows = columnCount === 0 ? 0 : Math.min(cells.length, Math.max(1, Math.floor(maxCells / columnCount)));
  const rows = cells.slice(0, shownRows).map((row) => Array.from({ length: columnCount }, (_, column) => cellText(row[column] as Cell)));
  return { name, rows, rowCount: columnCount === 0 ? 0 : cells.length, columnCount };
}

/** What a cell shows: numbers to the 15 significant digits a spreadsheet shows, booleans as TRUE/FALSE, dates ISO-like. */
export function cellText(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(15)));
  return dateText(value);
}

/**
 * A date cell as `2024-03-15`, with ` 14:30:05` when it has a time of day, and a time alone as `14:30:05`.
 * ISO order in every language: the table sorts text columns by collation, which orders ISO dates by time, and
 * the form is unambiguous across locales. The reader gives the cell's wall-clock value in UTC, so it is read
 * back in UTC (no shift by the viewer's time zone).
 */
export function dateText(date: Date): string {
  const time = date.getTime();
  if (Number.isNaN(time)) return '';
  // Serial dates are fractions of a day: 14:30:05 arrives as 14:30:04.999.
  const iso = new Date(Math.round(time / 1000) * 1000).toISOString();
  const day = iso.slice(0, 10);
  const clock = iso.slice(11, 19);
  // A time-only cell is a fraction of the epoch's day 0, which the 1900 system puts on 1899-12-30 or -31.
  if (day === '1899-12-30' || day === '1899-12-31') return clock;
  return clock === '00:00:00' ? day : `${day} ${clock}`;
}
