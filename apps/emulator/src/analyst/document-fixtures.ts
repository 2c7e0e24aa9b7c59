import { spawnSync } from 'node:child_process';

/** Test support: builds workbooks, PDFs and Word files with the same Debian Python the emulator runs. */

export const python = '/usr/bin/python3';

/** A cell: text or a number as written, a real Excel date (`{ date: 'YYYY-MM-DD' }`), or empty. */
export type CellSpec = string | number | { date: string } | null;

export interface SheetSpec {
  name: string;
  /** Rows above the header (titles, notes), one cell each. */
  titleRows?: string[];
  header: string[];
  rows: CellSpec[][];
}

export interface PdfPageSpec {
  heading: string;
  paragraphs: string[];
  table?: { header: string[]; rows: string[][] };
}

export interface DocxSpec {
  /** Written with Word's Heading 1 style, before the paragraphs. */
  heading?: string;
  paragraphs: string[];
  tables: { header: string[]; rows: string[][] }[];
}

/** Runs Python with a JSON argument on stdin; throws with its stderr when it fails. Returns stdout. */
export function runPython(code: string, input: unknown = null): string {
  const result = spawnSync(python, ['-c', code], { input: JSON.stringify(input), encoding: 'utf8', timeout: 60_000 });
  if (result.status !== 0) throw new Error(`python failed (${String(result.status)}): ${result.stderr}`);
  return result.stdout;
}

const workbookCode = `
import json, sys
from datetime import date
from openpyxl import Workbook
spec = json.load(sys.stdin)
book = Workbook()
book.remove(book.active)
for sheet_spec in spec["sheets"]:
    sheet = book.create_sheet(sheet_spec["name"])
    for title in sheet_spec.get("titleRows", []):
        sheet.append([title] if title else [])
    sheet.append(sheet_spec["header"])
    for row in sheet_spec["rows"]:
        cells = [date.fromisoformat(c["date"]) if isinstance(c, dict) else c for c in row]
        sheet.append(cells)
        for cell, value in zip(sheet[sheet.max_row], cells):
            if isinstance(value, date):
                cell.number_format = "yyyy-mm-dd"
book.save(spec["path"])
`;

export function makeWorkbook(path: string, sheets: SheetSpec[]): void {
  runPython(workbookCode, { path, sheets });
}

const pdfCode = `
import json, sys
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
spec = json.load(sys.stdin)
styles = getSampleStyleSheet()
story = []
for index, page in enumerate(spec["pages"]):
    if index:
        story.append(PageBreak())
    story.append(Paragraph(page["heading"], styles["Heading1"]))
    for text in page["paragraphs"]:
        story.append(Paragraph(text, styles["BodyText"]))
        story.append(Spacer(1, 6))
    if page.get("table"):
        table = Table([page["table"]["header"]] + page["table"]["rows"])
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                                   ("ALIGN", (1, 1), (-1, -1), "RIGHT")]))
        story.append(table)
SimpleDocTemplate(spec["path"], pagesize=A4).build(story)
`;

export function makePdf(path: string, pages: PdfPageSpec[]): void {
  runPython(pdfCode, { path, pages });
}

const docxCode = `
import json, sys
import docx
spec = json.load(sys.stdin)
document = docx.Document()
if spec.get("heading"):
    document.add_heading(spec["heading"], level=1)
for text in spec["paragraphs"]:
    document.add_paragraph(text)
for table_spec in spec["tables"]:
    rows = [table_spec["header"]] + table_spec["rows"]
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
document.save(spec["path"])
`;

export function makeDocx(path: string, spec: DocxSpec): void {
  runPython(docxCode, { path, ...spec });
}

const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export type DateSpelling = 'excel' | 'us' | 'dotted' | 'iso-loose' | 'long' | 'short-day-month' | 'iso' | 'day-slash' | 'dashed-day-month' | 'long-day';

/** One ISO date written the way people write dates in spreadsheets. */
export function spell(iso: string, how: DateSpelling): CellSpec {
  const [year = '', month = '', day = ''] = iso.split('-');
  const m = Number(month);
  const d = Number(day);
  const short = monthNames[m - 1]?.slice(0, 3) ?? '';
  switch (how) {
    case 'excel':
      return { date: iso };
    case 'us':
      return `${month}/${day}/${year}`;
    case 'dotted':
      return `${day}.${month}.${year}`;
    case 'iso-loose':
      return `${year}-${String(m)}-${String(d)}`;
    case 'long':
      return `${monthNames[m - 1] ?? ''} ${String(d)}, ${year}`;
    case 'short-day-month':
      return `${String(d)} ${short} ${year.slice(2)}`;
    case 'iso':
      return iso;
    case 'day-slash':
      return `${day}/${month}/${year}`;
    case 'dashed-day-month':
      return `${day}-${short}-${year}`;
    case 'long-day':
      return `${String(d)} ${monthNames[m - 1] ?? ''} ${year}`;
  }
}
