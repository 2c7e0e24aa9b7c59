import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDocx, makePdf, makeWorkbook, runPython, spell } from './document-fixtures.js';
import { documentKindOf, inspectDocumentsPython } from './inspect-documents.js';
import { parseInspectionLine } from './inspection-schema.js';
import { pythonHelpersFor } from './python-helpers.js';
import type { InspectedFile, Inspection } from './recipe.js';

function inspect(directory: string): Inspection {
  const code = `import json\nfound = []\n${inspectDocumentsPython()}\nprint(json.dumps({"files": found}))\n`;
  const inspection = parseInspectionLine(runPython(code.replaceAll('/mnt/data', directory)));
  if (!inspection) throw new Error('no inspection line');
  return inspection;
}

function file(inspection: Inspection, name: string): InspectedFile {
  const found = inspection.files.find((candidate) => path.basename(candidate.path) === name);
  if (!found) throw new Error(`${name} was not inspected`);
  return found;
}

describe('document inspection (the Python the inspection call runs)', { timeout: 60_000 }, () => {
  let directory: string;
  let inspection: Inspection;

  beforeAll(() => {
    directory = mkdtempSync(path.join(tmpdir(), 'inspect-documents-'));
    makeWorkbook(path.join(directory, 'orders.xlsx'), [
      {
        name: 'Q1 Sales (EU)',
        titleRows: ['Quarterly sales report', 'Prepared by finance', ''],
        header: ['Order Date', 'Region', 'Amount'],
        rows: [
          [spell('2024-03-15', 'excel'), 'North', 120],
          [spell('2024-03-15', 'us'), 'South', 80],
          [spell('2024-03-05', 'iso-loose'), 'East', 55.5],
          [spell('2024-03-05', 'long'), 'West', 12],
          [spell('2024-03-05', 'short-day-month'), 'North', 7],
        ],
      },
      { name: 'Notes & flags', header: ['id', 'flag', 'note'], rows: [[1, 'true', 'ok'], [2, 'false', 'late'], [3, 'true', 'ok']] },
    ]);
    makePdf(path.join(directory, 'report.pdf'), [
      { heading: 'Annual report', paragraphs: ['This report covers the year.'] },
      { heading: 'Context', paragraphs: ['Markets were calm.'] },
      {
        heading: 'Metrics',
        paragraphs: ['Table 1 lists the figures by category.'],
        table: { header: ['Category', 'Item', 'Units', 'Revenue'], rows: [['Hardware', 'Laptop', '12', '14,400.00'], ['Software', 'Suite', '30', '2,970.50'], ['Hardware', 'Dock', '8', '1,192.00']] },
      },
    ]);
    makeDocx(path.join(directory, 'memo.docx'), {
      paragraphs: ['Quarterly memo', 'Sales rose in every region.'],
      tables: [{ header: ['Team', 'Head count'], rows: [['Sales', '12'], ['Support', '5']] }],
    });
    writeFileSync(path.join(directory, 'broken.xlsx'), 'not a zip');
    writeFileSync(path.join(directory, 'data.csv'), 'a,b\n1,2\n');
    inspection = inspect(directory);
  }, 120_000);
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it('names document kinds by extension and leaves other files to the engine', () => {
    expect(inspection.files.map((found) => path.basename(found.path))).toEqual(['broken.xlsx', 'memo.docx', 'orders.xlsx', 'report.pdf']);
    expect([documentKindOf('A.XLSX'), documentKindOf('b.pdf'), documentKindOf('c.docx'), documentKindOf('d.csv')]).toEqual(['xlsx', 'pdf', 'docx', undefined]);
  });

  it('reads every sheet, finds the header under title rows, and types a column of mixed date spellings as date', () => {
    const workbook = file(inspection, 'orders.xlsx');
    expect(workbook.kind).toBe('xlsx');
    expect(workbook.tables.map((table) => table.name)).toEqual(['Q1 Sales (EU)', 'Notes & flags']);
    const [sales, notes] = workbook.tables;
    expect(sales).toMatchObject({ headerRow: 3, rows: 5 });
    expect(sales?.columns.map((column) => [column.name, column.dtype])).toEqual([
      ['Order Date', 'date'],
      ['Region', 'text'],
      ['Amount', 'number'],
    ]);
    expect(sales?.columns[0]).toMatchObject({ nonNull: 5, sample: ['2024-03-15', '03/15/2024', '2024-3-5'] });
    expect(sales?.columns[1]).toMatchObject({ distinct: 4 });
    expect(notes).toMatchObject({ headerRow: 0, rows: 3 });
    expect(notes?.columns.map((column) => column.dtype)).toEqual(['number', 'bool', 'text']);
  });

  it('says why a workbook cannot be opened', () => {
    expect(file(inspection, 'broken.xlsx').error).toMatch(/^The workbook could not be opened/);
  });

  it('counts PDF pages and finds the table on its page with typed columns', () => {
    const pdf = file(inspection, 'report.pdf');
    expect(pdf.pages).toBe(3);
    expect(pdf.excerpt).toContain('Annual report');
    expect(pdf.tables).toHaveLength(1);
    expect(pdf.tables[0]).toMatchObject({ name: 'page 3', page: 3, rows: 3 });
    expect(pdf.tables[0]?.columns.map((column) => [column.name, column.dtype])).toEqual([
      ['Category', 'text'],
      ['Item', 'text'],
      ['Units', 'number'],
      ['Revenue', 'number'],
    ]);
  });

  it('reads a Word document’s paragraphs and tables', () => {
    const memo = file(inspection, 'memo.docx');
    expect(memo).toMatchObject({ kind: 'docx', paragraphs: 2, excerpt: 'Quarterly memo Sales rose in every region.' });
    expect(memo.tables[0]).toMatchObject({ name: 'table 1', rows: 2, columns: [{ name: 'Team', dtype: 'text' }, { name: 'Head count', dtype: 'number' }] });
  });
});

describe('date reading (shared by the inspection and the cleaning recipe)', () => {
  const readColumn = (values: unknown[]): (string | null)[] =>
    JSON.parse(
      runPython(
        `${pythonHelpersFor(['dates'])}\nimport json, sys\nprint(json.dumps([d.isoformat() if d else None for d in read_column_dates(json.load(sys.stdin))]))`,
        values,
      ),
    ) as (string | null)[];

  it('reads every written form of a date', () => {
    expect(readColumn(['2024-03-05', '2024-3-5', 'March 5, 2024', '5 Mar 24', '05-Mar-2024', 'Tue, Mar 5 2024', '5th March 2024', '2024-03-05 00:00:00', '2024-03-05T10:00:00Z', 'Sept 30, 1999'])).toEqual([
      '2024-03-05', '2024-03-05', '2024-03-05', '2024-03-05', '2024-03-05', '2024-03-05', '2024-03-05', '2024-03-05', '2024-03-05', '1999-09-30',
    ]);
  });

  it('reads a month without a day as its first day', () => {
    expect(readColumn(['2024-03', '03/2024', 'March 2024', 'Sept. 2023', '2024-13', '3.2024'])).toEqual(['2024-03-01', '2024-03-01', '2024-03-01', '2023-09-01', null, null]);
  });

  it('decides day-first vs month-first from the column’s unambiguous values, per separator', () => {
    expect(readColumn(['03/15/2024', '04/05/2024', '15.03.2024', '04.05.2024'])).toEqual(['2024-03-15', '2024-04-05', '2024-03-15', '2024-05-04']);
    expect(readColumn(['15/03/2024', '04/05/2024'])).toEqual(['2024-03-15', '2024-05-04']);
    expect(readColumn(['03/15/2024', '05.04.2024', '04-05-2024'])).toEqual(['2024-03-15', '2024-04-05', '2024-04-05']);
    expect(readColumn(['04/05/2024'])).toEqual(['2024-04-05']);
  });

  it('leaves what is not a date', () => {
    expect(readColumn(['n/a', '2024', '31/31/2024', '12.5', null, 42])).toEqual([null, null, null, null, null, null]);
  });
});
