import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type OpenAI from 'openai';
import type { Response } from 'openai/resources/responses/responses';
import type { RunningEmulator } from '../../server.js';
import { askWithFiles, startTestEmulator } from '../../../../../tooling/test-stack/emulator.js';
import { makeDocx, makePdf, makeWorkbook, spell, type CellSpec, type DateSpelling, type PdfPageSpec, type SheetSpec } from '../document-fixtures.js';
import type { InspectedFile } from '../recipe.js';
import { cleanWorkbookRecipe } from './clean-workbook.js';
import { pageIn, pdfTableRecipe } from './pdf-table.js';


/** A sheet row whose first cell is a date written some way; `truth` is that date in ISO form. */
interface DatedRow {
  truth: string;
  how: DateSpelling;
  rest: (string | number)[];
}

interface SheetCase {
  name: string;
  titleRows?: string[];
  header: string[];
  /** Rows in the order written; a repeated object is an exact duplicate row. */
  rows: (DatedRow | { unreadable: string; rest: (string | number)[] })[];
  /** The CSV the sheet must become. */
  csv: string;
}

function sheetSpec(sheet: SheetCase): SheetSpec {
  return {
    name: sheet.name,
    ...(sheet.titleRows ? { titleRows: sheet.titleRows } : {}),
    header: sheet.header,
    rows: sheet.rows.map((row): CellSpec[] => ['unreadable' in row ? row.unreadable : spell(row.truth, row.how), ...row.rest]),
  };
}

/** What a correct cleaning gives, computed from the truth: ISO dates, trimmed text, numbers as written, duplicates once. */
function expectedRows(sheet: SheetCase): string[][] {
  const seen = new Set<string>();
  const rows: string[][] = [];
  for (const row of sheet.rows) {
    const cells = ['unreadable' in row ? row.unreadable : row.truth, ...row.rest.map((cell) => (typeof cell === 'number' ? String(cell) : cell.trim().replace(/\s+/g, ' ')))];
    const key = JSON.stringify(cells);
    if (seen.has(key)) continue;
    seen.add(key);
    rows.push(cells);
  }
  return rows;
}

/** A minimal RFC 4180 reader (quoted cells may hold commas). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index += 1;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += char;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}

function money(value: number): string {
  return value.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

describe('which requests the document recipes take', () => {
  const file = (name: string, kind: InspectedFile['kind']): InspectedFile => ({ path: `/mnt/data/${name}`, kind, bytes: 10, tables: [] });
  const clean = 'Convert this Excel workbook into separate cleaned CSVs per sheet and fix inconsistent date formats.';
  const pdf = 'Extract the table from page 3 of this PDF into a CSV and summarize the key metrics by category.';

  it('takes the product prompts with their files, and leaves exports of other data alone', () => {
    expect(cleanWorkbookRecipe.match({ text: clean, inspection: { files: [file('book.xlsx', 'xlsx')] } })).toBe(9);
    expect(cleanWorkbookRecipe.match({ text: clean, inspection: { files: [] } })).toBe(9); // then misfit explains
    expect(cleanWorkbookRecipe.match({ text: 'Convert sales_2024.csv to Excel', inspection: { files: [file('sales_2024.csv', 'csv')] } })).toBe(0);
    expect(cleanWorkbookRecipe.match({ text: 'Clean up the dates', inspection: { files: [file('sales.csv', 'csv')] } })).toBe(0);
    expect(pdfTableRecipe.match({ text: pdf, inspection: { files: [file('r.pdf', 'pdf')] } })).toBe(9);
    expect(pdfTableRecipe.match({ text: 'Summarize revenue by category', inspection: { files: [file('sales.csv', 'csv')] } })).toBe(0);
  });
});

describe('page references', () => {
  it('reads numbers, words, ordinals and "last page"', () => {
    expect(['page 3 of this PDF', 'on page three', 'the third page', 'p. 12', 'the last page', 'the 2nd page', 'this PDF'].map(pageIn)).toEqual([3, 3, 3, 12, 'last', 2, undefined]);
  });
});

describe('documents through the analyst, with real Python', { timeout: 180_000 }, () => {
  let server: RunningEmulator;
  let client: OpenAI;
  let directory: string;
  beforeAll(async () => {
    ({ server, client } = await startTestEmulator({ callTimeoutMs: 60_000 }));
    directory = mkdtempSync(path.join(tmpdir(), 'analyst-documents-'));
  });
  afterAll(async () => {
    await server.close();
    rmSync(directory, { recursive: true, force: true });
  });

  const ask = (input: string, files: string[], previous?: string): Promise<Response> =>
    askWithFiles(client, input, files.map((file) => ({ name: path.basename(file), content: readFileSync(file) })), previous);

  function containerOf(response: Response): string {
    const call = response.output.find((item) => item.type === 'code_interpreter_call');
    if (call?.type !== 'code_interpreter_call') throw new Error('expected a call');
    return call.container_id;
  }

  async function readContainerFile(response: Response, name: string): Promise<string> {
    const container = containerOf(response);
    const listed = await client.containers.files.list(container);
    const file = listed.data.find((candidate) => candidate.path === `/mnt/data/${name}`);
    if (!file) throw new Error(`${name} is not in the container (${listed.data.map((candidate) => candidate.path).join(', ')})`);
    return (await client.containers.files.content.retrieve(file.id, { container_id: container })).text();
  }

  async function expectCleaned(response: Response, sheets: SheetCase[]): Promise<void> {
    const answer = response.output_text;
    for (const sheet of sheets) {
      const rows = expectedRows(sheet);
      const written = parseCsv(await readContainerFile(response, sheet.csv));
      expect(written[0]).toEqual(sheet.header.map((name) => name.trim()));
      expect(written.slice(1)).toEqual(rows);
      expect(answer).toContain(`(sandbox:/mnt/data/${sheet.csv})`);
      expect(answer).toContain(`| ${sheet.name} | ${sheet.csv} | ${String(sheet.rows.length)} | ${String(rows.length)} | ${String(sheet.rows.length - rows.length)} |`);
    }
  }

  const salesSheets: SheetCase[] = (() => {
    const east = { truth: '2024-03-15', how: 'us' as const, rest: ['  Acme   Corp ', 'East', 120] };
    const dotted = { truth: '2024-05-04', how: 'dotted' as const, rest: ['Bäckerei Müller', 410.5] };
    return [
      {
        name: 'Q1 Sales (EU)',
        titleRows: ['Quarterly sales report', 'Prepared by finance', ''],
        header: ['Order Date', 'Customer', 'Region', 'Amount'],
        rows: [
          { truth: '2024-01-31', how: 'excel', rest: ['Northwind', 'North', 75.25] },
          east,
          { truth: '2024-04-05', how: 'us', rest: ['Contoso', 'South', 99] },
          { truth: '2024-03-05', how: 'iso-loose', rest: ['Fabrikam ', 'West', 15] },
          { truth: '2024-03-05', how: 'long', rest: ['Tailspin', 'West', 16] },
          east,
          { truth: '2024-03-05', how: 'short-day-month', rest: ['Litware', 'North', 17] },
          { truth: '2024-12-01', how: 'us', rest: ['Adatum', 'East', 18] },
          { truth: '2024-04-05', how: 'dotted', rest: ['Initech', 'South', 19] },
          east,
        ],
        csv: 'Q1_Sales_EU.csv',
      },
      {
        name: 'Données 2024',
        header: ['Datum', 'Kunde', 'Betrag'],
        rows: [
          { truth: '2024-03-15', how: 'dotted', rest: ['Alpen AG', 12] },
          dotted,
          { truth: '2024-06-07', how: 'dashed-day-month', rest: ['Rhein GmbH', 13] },
          { truth: '2024-02-29', how: 'long-day', rest: ['Elbe KG', 14] },
          dotted,
        ],
        csv: 'Donnees_2024.csv',
      },
      {
        name: 'Returns & Refunds',
        header: ['Returned on', 'Reason'],
        rows: [
          { truth: '2024-07-01', how: 'iso', rest: ['damaged'] },
          { truth: '2024-07-02', how: 'excel', rest: ['wrong size'] },
          { unreadable: 'n/a', rest: ['lost'] },
          { truth: '2024-07-04', how: 'long', rest: ['late'] },
        ],
        csv: 'Returns_Refunds.csv',
      },
    ];
  })();

  it('turns each sheet of a workbook into a cleaned CSV with ISO dates (the product document’s prompt)', async () => {
    const workbook = path.join(directory, 'orders_2024.xlsx');
    makeWorkbook(workbook, salesSheets.map(sheetSpec));
    const response = await ask('Convert this Excel workbook into separate cleaned CSVs per sheet and fix inconsistent date formats.', [workbook]);
    await expectCleaned(response, salesSheets);
    const answer = response.output_text;
    expect(answer).toContain('In **Q1 Sales (EU)** the header is on row 4');
    expect(answer).toContain('1 value could not be read as a date and was kept as written (“n/a”)');
    expect(answer).toContain('Order Date: numeric dates read as: `.` dates day-first, `/` dates month-first');
    expect(answer).toContain('Datum: numeric dates read as: `.` dates day-first');
  });

  it('cleans another workbook asked another way: other sheet names, columns and date spellings', async () => {
    const staff = { truth: '2021-11-30', how: 'day-slash' as const, rest: ['Ana Lima', 'Ops'] };
    const sheets: SheetCase[] = [
      {
        name: 'Staff list',
        titleRows: ['ACME Ltd — staff', 'as of 1 Jan 2025'],
        header: ['Start date', 'Employee', 'Dept'],
        rows: [
          { truth: '2019-02-03', how: 'excel', rest: ['Bo Chen', 'R&D'] },
          staff,
          { truth: '2020-01-02', how: 'day-slash', rest: [' Cy Diaz', 'Sales '] },
          { truth: '2018-08-09', how: 'long-day', rest: ['Di Eze', 'Ops'] },
          staff,
        ],
        csv: 'Staff_list.csv',
      },
      {
        name: 'Événements 2025',
        header: ['Quand', 'Quoi', 'Budget'],
        rows: [
          { truth: '2025-01-13', how: 'dashed-day-month', rest: ['Kick-off', 1500] },
          { truth: '2025-03-04', how: 'short-day-month', rest: ['Offsite', 8200.75] },
          { truth: '2025-10-11', how: 'iso', rest: ['Party', 640] },
        ],
        csv: 'Evenements_2025.csv',
      },
      {
        name: 'Sheet #3',
        header: ['Due', 'Item', 'Cost'],
        rows: [
          { truth: '2025-05-06', how: 'us', rest: ['Laptops', 9000] },
          { truth: '2025-06-30', how: 'us', rest: ['Desks', 1200] },
          { truth: '2025-09-01', how: 'long', rest: ['Chairs', 800] },
        ],
        csv: 'Sheet_3.csv',
      },
    ];
    const workbook = path.join(directory, 'hr_data.xlsx');
    makeWorkbook(workbook, sheets.map(sheetSpec));
    const response = await ask('Please split hr_data.xlsx into one clean CSV for every sheet and standardize all the dates to ISO.', [workbook]);
    await expectCleaned(response, sheets);
    expect(response.output_text).toContain('In **Staff list** the header is on row 3');
  });

  interface MetricRow {
    category: string;
    item: string;
    units: number;
    revenue: number;
  }

  function totalsByCategory(rows: readonly MetricRow[]): Map<string, { units: number; revenue: number }> {
    const totals = new Map<string, { units: number; revenue: number }>();
    for (const row of rows) {
      const total = totals.get(row.category) ?? { units: 0, revenue: 0 };
      totals.set(row.category, { units: total.units + row.units, revenue: Math.round((total.revenue + row.revenue) * 100) / 100 });
    }
    return totals;
  }

  it('extracts the table on page 3 of a PDF to CSV and totals its metrics by category (the product document’s prompt)', async () => {
    const rows: MetricRow[] = [
      { category: 'Hardware', item: 'Laptop', units: 12, revenue: 14_400 },
      { category: 'Software', item: 'Office suite', units: 30, revenue: 2_970.5 },
      { category: 'Hardware', item: 'Dock', units: 8, revenue: 1_192 },
      { category: 'Services', item: 'Support plan', units: 5, revenue: 6_250.25 },
      { category: 'Software', item: 'Antivirus', units: 44, revenue: 1_320 },
      { category: 'Services', item: 'Training', units: 2, revenue: 3_000 },
    ];
    const totals = totalsByCategory(rows);
    const pages: PdfPageSpec[] = [
      { heading: 'Annual report 2024', paragraphs: ['This report covers sales across our three lines of business.'] },
      { heading: 'Market context', paragraphs: ['Demand was steady through the year; prices rose slightly in the fourth quarter.'] },
      {
        heading: 'Key metrics',
        paragraphs: ['The table lists units and revenue per product.'],
        table: {
          header: ['Category', 'Product', 'Units', 'Revenue'],
          rows: [
            ...rows.map((row) => [row.category, row.item, String(row.units), money(row.revenue)]),
            ['Total', '', String(rows.reduce((sum, row) => sum + row.units, 0)), money(rows.reduce((sum, row) => sum + row.revenue, 0))],
          ],
        },
      },
    ];
    const pdf = path.join(directory, 'annual_report.pdf');
    makePdf(pdf, pages);
    const response = await ask('Extract the table from page 3 of this PDF into a CSV and summarize the key metrics by category.', [pdf]);
    const summary = parseCsv(await readContainerFile(response, 'page_3_by_category.csv'));
    expect(summary[0]).toEqual(['Category', 'rows', 'Units total', 'Units mean', 'Revenue total', 'Revenue mean']);
    expect(summary.slice(1).map((row) => row[0]).sort()).toEqual([...totals.keys()].sort());
    for (const row of summary.slice(1)) {
      const expected = totals.get(row[0] ?? '');
      expect(Number(row[2])).toBe(expected?.units);
      expect(Number(row[4])).toBeCloseTo(expected?.revenue ?? Number.NaN, 2);
    }
    const table = parseCsv(await readContainerFile(response, 'page_3_table.csv'));
    expect(table).toHaveLength(rows.length + 2);
    expect(table[1]).toEqual(['Hardware', 'Laptop', '12', '14400.0']);
    const answer = response.output_text;
    for (const [category, total] of totals) {
      expect(answer).toContain(`| ${category} | `);
      expect(answer).toContain(money(total.revenue));
      expect(answer).toContain(money(total.units));
    }
    expect(answer).toContain('**Hardware** has the largest Revenue total, 15,592.00');
    expect(answer).toContain('“Total” row was left out');
    expect(answer).toContain('(sandbox:/mnt/data/page_3_table.csv)');
    expect(answer).toContain('(sandbox:/mnt/data/page_3_by_category.csv)');
    expect(answer).toContain('(sandbox:/mnt/data/page_3_by_category.png)');

    const excel = await ask('export that to Excel', [], response.id);
    expect(excel.output_text).toContain(`I exported \`page_3_table.csv\` (${String(rows.length + 1)} rows)`); // the products and the PDF's own Total row, as extracted
    expect(excel.output_text).toContain('(sandbox:/mnt/data/page_3_table.xlsx)');
  });

  it('takes "the last page" of another PDF with other columns and currency signs, and says what the pages hold when the page has no table', async () => {
    const rows = [
      { segment: 'Retail', quarter: 'Q1', orders: 310, net: 45_210.4 },
      { segment: 'Wholesale', quarter: 'Q1', orders: 25, net: 98_000 },
      { segment: 'Retail', quarter: 'Q2', orders: 290, net: 41_999.6 },
      { segment: 'Online', quarter: 'Q1', orders: 1_204, net: 60_120.15 },
      { segment: 'Online', quarter: 'Q2', orders: 1_530, net: 75_002 },
      { segment: 'Wholesale', quarter: 'Q2', orders: 31, net: 101_500.5 },
    ];
    const pages: PdfPageSpec[] = [
      { heading: 'KPI pack', paragraphs: ['Prepared for the board.'] },
      { heading: 'Headcount', paragraphs: ['Staff by site.'], table: { header: ['Site', 'People'], rows: [['Berlin', '40'], ['Lyon', '22']] } },
      { heading: 'Notes', paragraphs: ['No changes in accounting policy.'] },
      {
        heading: 'Sales by segment',
        paragraphs: ['Net sales in euros.'],
        table: { header: ['Segment', 'Quarter', 'Orders', 'Net sales'], rows: rows.map((row) => [row.segment, row.quarter, row.orders.toLocaleString('en-US'), `$${money(row.net)}`]) },
      },
    ];
    const pdf = path.join(directory, 'kpis.pdf');
    makePdf(pdf, pages);
    const response = await ask('Pull the table on the last page of kpis.pdf into a CSV and total the figures per segment.', [pdf]);
    const summary = parseCsv(await readContainerFile(response, 'last_page_by_category.csv'));
    const expected = new Map<string, number>();
    for (const row of rows) expected.set(row.segment, Math.round(((expected.get(row.segment) ?? 0) + row.net) * 100) / 100);
    expect(summary[0]?.[0]).toBe('Segment');
    expect(summary.slice(1).map((row) => row[0])).toEqual(['Retail', 'Wholesale', 'Online']);
    const answer = response.output_text;
    expect(answer).toContain('I extracted the table on page 4 of **kpis.pdf**');
    for (const [segment, total] of expected) expect(answer).toMatch(new RegExp(`\\| ${segment} \\| 2 \\| [0-9,.]+ \\| [0-9,.]+ \\| ${money(total).replace(/\./g, '\\.')} \\|`));

    const none = await ask('Extract the table from page 3 of this PDF into a CSV and summarize the key metrics by category.', [pdf]);
    expect(none.output_text).toContain('I found no table on page 3 of **kpis.pdf**');
    expect(none.output_text).toContain('- Page 2: **1 table**; “Headcount Staff by site.');
    expect(none.output_text).toContain('- Page 3: no table; “Notes No changes in accounting policy.”');
    expect(none.output_text).toContain('Ask for page 2 or page 4 to extract their table.');
  });

  it('summarises a Word document and writes each of its tables to CSV with its totals', async () => {
    const memo = path.join(directory, 'board_memo.docx');
    const budget = [
      ['Marketing', '12,500.50', '3'],
      ['Engineering', '48,000', '11'],
      ['Support', '7,250.25', '4'],
    ];
    makeDocx(memo, {
      heading: 'Board memo',
      paragraphs: ['The quarter closed ahead of plan.', 'Budgets per team follow.'],
      tables: [
        { header: ['Team', 'Budget', 'People'], rows: budget },
        { header: ['Risk', 'Owner'], rows: [['Supply', 'Ops'], ['Churn', 'Sales']] },
      ],
    });
    const response = await ask('Summarize this Word document and extract its tables to CSV.', [memo]);
    const first = parseCsv(await readContainerFile(response, 'board_memo_table_1.csv'));
    expect(first[0]).toEqual(['Team', 'Budget', 'People']);
    expect(first.slice(1).map((row) => row[0])).toEqual(['Marketing', 'Engineering', 'Support']);
    expect(first.slice(1).map((row) => Number(row[1]))).toEqual([12_500.5, 48_000, 7_250.25]);
    expect(parseCsv(await readContainerFile(response, 'board_memo_table_2.csv'))).toEqual([['Risk', 'Owner'], ['Supply', 'Ops'], ['Churn', 'Sales']]);
    const answer = response.output_text;
    expect(answer).toContain('**board_memo.docx** has 3 paragraphs');
    expect(answer).toContain('Its headings: “Board memo”.');
    expect(answer).toContain(`Budget ${money(12_500.5 + 48_000 + 7_250.25)}; People ${money(18)}`);
    expect(answer).toContain('(sandbox:/mnt/data/board_memo_table_2.csv)');
  });
});
