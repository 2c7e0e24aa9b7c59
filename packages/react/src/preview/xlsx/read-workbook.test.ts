import { afterEach, describe, expect, it, vi } from 'vitest';
import { cellText, dateText, readWorkbook, workbookLimits, type WorkbookResult } from './read-workbook.js';
import { columnName } from './column-name.js';
import { loadTestFile } from '../../test-support/xlsx-test-files.js';

function sheetsOf(result: WorkbookResult) {
  if (!result.ok) throw new Error(`expected a workbook, got ${result.failure}: ${result.detail}`);
  return result.sheets;
}

describe('readWorkbook', () => {
  afterEach(() => vi.restoreAllMocks());

  it('reads every sheet, in order, with its name and cells as text', async () => {
    const sheets = sheetsOf(await readWorkbook(loadTestFile('multi-sheet.xlsx')));
    expect(sheets.map((sheet) => sheet.name)).toEqual(['Sales', 'Costs', 'Notes']);
    expect(sheets[0]?.rows).toEqual([
      ['Region', 'Units', 'Revenue'],
      ['North', '120', '4800.5'],
      ['South', '95', '3610.25'],
      ['East', '143', '5720'],
      ['West', '88', '3344.75'],
    ]);
    expect(sheets[0]).toMatchObject({ rowCount: 5, columnCount: 3 });
    expect(sheets[2]?.rows).toEqual([
      ['Figures are in euros.', ''],
      ['TRUE', 'FALSE'],
    ]);
  });

  it('shows a formula the file stores without a result (a script wrote it) as its formula text, never evaluated', async () => {
    const [sheet] = sheetsOf(await readWorkbook(loadTestFile('script-formulas.xlsx')));
    expect(sheet?.name).toBe('Revenue & costs');
    expect(sheet?.rows).toEqual([
      ['quarter', 'revenue', '', '=IF(B2>100,"high","low")'],
      ['Q1', '120', '', ''],
      ['Q2', '134', '', ''],
      ['Total', '=SUM(B2:B3)', '', ''],
    ]);
  });

  it('shows formulas as the results the file stored, dates as dates, and a merged range’s value in its top-left cell', async () => {
    const [report] = sheetsOf(await readWorkbook(loadTestFile('dates-formulas-merged.xlsx')));
    expect(report?.rows.slice(0, 6)).toEqual([
      ['Quarterly report', '', '', ''],
      ['Date', 'Units', 'Price', 'Total'],
      ['2024-03-15', '3', '2.5', '7.5'],
      ['2024-12-31 14:30:05', '4', '0.1', '0.4'],
      ['Sum', '7', '', '7.9'],
      ['Label', 'Q1', '', ''],
    ]);
  });

  it('never evaluates or fetches: external links, web functions and hyperlinks show their stored text', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch').mockRejectedValue(new Error('no network in a preview'));
    const [report] = sheetsOf(await readWorkbook(loadTestFile('dates-formulas-merged.xlsx')));
    expect(report?.rows.slice(6)).toEqual([
      ['External', 'cached external', '', ''],
      // A stored error result (#VALUE!) is dropped by the reader: the cell reads empty.
      ['Web', '', '', ''],
      ['Link', 'click me', '', ''],
    ]);
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('gives an empty sheet no rows and keeps the other sheets', async () => {
    const sheets = sheetsOf(await readWorkbook(loadTestFile('empty-sheet.xlsx')));
    expect(sheets.map((sheet) => [sheet.name, sheet.rowCount, sheet.rows.length])).toEqual([
      ['Data', 1, 1],
      ['Blank', 0, 0],
    ]);
  });

  it('keeps whole rows up to the cell cap and still counts every row', async () => {
    const [sales] = sheetsOf(await readWorkbook(loadTestFile('multi-sheet.xlsx'), { ...workbookLimits, maxCellsPerSheet: 7 }));
    expect(sales?.rows).toEqual([
      ['Region', 'Units', 'Revenue'],
      ['North', '120', '4800.5'],
    ]);
    expect(sales?.rowCount).toBe(5);
  });

  it('refuses a workbook whose XML would inflate past the limit, before inflating it', async () => {
    const result = await readWorkbook(loadTestFile('multi-sheet.xlsx'), { ...workbookLimits, maxUncompressedBytes: 1_000 });
    expect(result).toMatchObject({ ok: false, failure: 'too-large' });
  });

  it('says a file is not an XLSX when it is not a ZIP archive, is cut short, or is a ZIP without a workbook', async () => {
    const text = new TextEncoder().encode('Region,Units\nNorth,120\n');
    expect(await readWorkbook(text.buffer)).toMatchObject({ ok: false, failure: 'not-xlsx' });
    expect(await readWorkbook(new ArrayBuffer(0))).toMatchObject({ ok: false, failure: 'not-xlsx' });
    const whole = loadTestFile('multi-sheet.xlsx');
    expect(await readWorkbook(whole.slice(0, whole.byteLength / 2))).toMatchObject({ ok: false, failure: 'not-xlsx' });
    expect(await readWorkbook(emptyZip())).toMatchObject({ ok: false, failure: 'not-xlsx', detail: 'no xl/workbook.xml' });
  });
});

/** A ZIP archive with no entries: just its end-of-directory record. */
function emptyZip(): ArrayBuffer {
  const bytes = new Uint8Array(22);
  new DataView(bytes.buffer).setUint32(0, 0x06054b50, true);
  return bytes.buffer;
}

describe('cellText', () => {
  it('shows numbers to a spreadsheet’s 15 significant digits', () => {
    expect(cellText(0.1 + 0.2)).toBe('0.3');
    expect(cellText(-42)).toBe('-42');
    expect(cellText(1234.5678)).toBe('1234.5678');
  });

  it('shows empty cells as empty and booleans as TRUE and FALSE', () => {
    expect(cellText(null)).toBe('');
    expect(cellText(true)).toBe('TRUE');
    expect(cellText(false)).toBe('FALSE');
  });
});

describe('dateText', () => {
  it('writes dates ISO-like in UTC, with the time only when it has one', () => {
    expect(dateText(new Date(Date.UTC(2024, 2, 15)))).toBe('2024-03-15');
    expect(dateText(new Date(Date.UTC(2024, 11, 31, 14, 30, 4, 999)))).toBe('2024-12-31 14:30:05');
    expect(dateText(new Date(Date.UTC(1899, 11, 30, 9, 15)))).toBe('09:15:00');
    expect(dateText(new Date(Number.NaN))).toBe('');
  });
});

describe('columnName', () => {
  it('names columns as a spreadsheet does', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnName)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  });
});
