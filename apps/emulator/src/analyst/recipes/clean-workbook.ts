import { z } from 'zod';
import { fileLinks } from '../../model/answer-text.js';
import type { AnalysisPlan, AnalystRequest, InspectedFile, Recipe } from '../recipe.js';
import { baseName, markdownTable } from '../tabular.js';

const workbookWords = /\b(excel|workbooks?|xlsx|spreadsheets?|sheets?|tabs?)\b/i;
const cleanWords = /\b(clean\w*|csvs?|convert\w*|date formats?|(fix|normali[sz]e|standardi[sz]e)\w* (the |all |inconsistent )*dates?|dedup\w*|duplicates?|tidy)\b/i;

const summarySchema = z.object({
  workbook: z.string(),
  sheets: z.array(
    z.object({
      sheet: z.string(),
      file: z.string().nullable(),
      header_row: z.number(),
      rows_in: z.number(),
      rows_out: z.number(),
      duplicates: z.number(),
      columns: z.number(),
      date_columns: z.array(
        z.object({
          name: z.string(),
          rewritten: z.number(),
          unparseable: z.number(),
          examples: z.array(z.string()),
          order: z.record(z.string(), z.string()),
        }),
      ),
    }),
  ),
});

interface CleanOptions {
  file: string;
}

function workbooksOf(request: AnalystRequest): InspectedFile[] {
  return request.inspection.files.filter((file) => file.kind === 'xlsx' && !file.error);
}

/** The workbook the sentence names, else the only (or first) readable one. */
function chosenWorkbook(request: AnalystRequest): InspectedFile | undefined {
  const workbooks = workbooksOf(request);
  const lower = request.text.toLowerCase();
  return workbooks.find((file) => lower.includes(baseName(file.path).toLowerCase())) ?? workbooks[0];
}

function code(options: CleanOptions): string {
  const file = JSON.stringify(options.file);
  return String.raw`import csv, json, re, unicodedata
from openpyxl import load_workbook
# sheet_table, read_column_dates, day_first_by_separator, month_only, column_dtype, is_blank and written
# were defined by the inspection step above, so the cleaning reads the sheets the same way.


def safe_file_name(sheet_name, taken):
    """A sheet name as a CSV file name: accents dropped, anything but letters, digits, - and _ becomes _."""
    plain = unicodedata.normalize("NFKD", sheet_name).encode("ascii", "ignore").decode()
    stem = re.sub(r"[^A-Za-z0-9_-]+", "_", plain).strip("_") or "sheet"
    name, number = stem, 2
    while name.lower() in taken:
        name, number = f"{stem}_{number}", number + 1
    taken.add(name.lower())
    return name + ".csv"


def clean_text(value):
    """Text trimmed, inner runs of spaces collapsed; 3.0 written as 3; empty cells stay empty."""
    return "" if is_blank(value) else " ".join(written(value).split())


book = load_workbook(${file}, data_only=True)
summary = {"workbook": ${JSON.stringify(baseName(options.file))}, "sheets": []}
taken = set()
for sheet in book.worksheets:
    header_row, columns, body = sheet_table(sheet.iter_rows(values_only=True))
    report = {"sheet": sheet.title, "file": None, "header_row": header_row, "rows_in": len(body),
              "rows_out": 0, "duplicates": 0, "columns": len(columns), "date_columns": []}
    summary["sheets"].append(report)
    if not columns:
        continue  # an empty sheet: nothing to write

    # Date columns: most of their values read as dates, whatever their written form
    dates = {}
    for index, name in enumerate(columns):
        values = [row[index] for row in body]
        present = [v for v in values if not is_blank(v)]
        if column_dtype(present) != "date":
            continue
        dates[index] = read_column_dates(values)
        order = day_first_by_separator(present)
        bad = [clean_text(v) for v, d in zip(values, dates[index]) if d is None and not is_blank(v)]
        report["date_columns"].append({
            "name": name,
            "rewritten": sum(d is not None and clean_text(v) not in (d.isoformat(), d.isoformat()[:7]) for v, d in zip(values, dates[index])),
            "unparseable": len(bad),
            "examples": list(dict.fromkeys(bad))[:3],
            "order": {s: "day-first" if first else "month-first" for s, first in sorted(order.items())},
        })

    # Every cell cleaned: dates as YYYY-MM-DD (unreadable ones kept as written), text trimmed
    cleaned = []
    for row_number, row in enumerate(body):
        cells = []
        for index, value in enumerate(row):
            day = dates[index][row_number] if index in dates else None
            # ISO 8601 keeps a month without a day as YYYY-MM
            cells.append((day.isoformat()[:7] if month_only(value) else day.isoformat()) if day else clean_text(value))
        cleaned.append(cells)

    # Exact duplicate rows (after cleaning) are dropped, the first one kept
    seen, kept = set(), []
    for cells in cleaned:
        key = tuple(cells)
        if key not in seen:
            seen.add(key)
            kept.append(cells)
    report["duplicates"] = len(cleaned) - len(kept)
    report["rows_out"] = len(kept)

    report["file"] = safe_file_name(sheet.title, taken)
    with open("/mnt/data/" + report["file"], "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(columns)
        writer.writerows(kept)

for report in summary["sheets"]:
    fixed = ", ".join(c["name"] for c in report["date_columns"]) or "none"
    print(f"{report['sheet']!r} -> {report['file']}: {report['rows_in']} rows in, {report['rows_out']} out, "
          f"{report['duplicates']} duplicates dropped, date columns: {fixed}")
print(json.dumps(summary))
`;
}

function plural(count: number, word: string): string {
  return `${count.toLocaleString('en-US')} ${word}${count === 1 ? '' : 's'}`;
}

export const cleanWorkbookRecipe: Recipe = {
  id: 'clean-workbook',
  match(request) {
    const text = request.text;
    const hasWorkbook = request.inspection.files.some((file) => file.kind === 'xlsx');
    // "Convert sales.csv to Excel" is an export of other data, not a workbook to clean
    if (/\b(to|into|as) (an? )?(excel|xlsx|workbook|spreadsheet)\b/i.test(text)) return 0;
    if (!hasWorkbook && request.inspection.files.length > 0) return 0;
    if (workbookWords.test(text) && cleanWords.test(text)) return hasWorkbook || /\b(excel|workbook|xlsx)\b/i.test(text) ? 9 : 0;
    if (hasWorkbook && /\b(clean\w*|per sheet|each sheet|every sheet|date formats?)\b/i.test(text)) return 7;
    return 0;
  },
  misfit(request) {
    if (chosenWorkbook(request)) return undefined;
    const broken = request.inspection.files.find((file) => file.kind === 'xlsx' && file.error);
    if (broken?.error) return `I could not open \`${baseName(broken.path)}\`: ${broken.error}`;
    return 'To turn a workbook into cleaned CSVs I need an Excel file (.xlsx), and there is none in this conversation.';
  },
  plan(request): AnalysisPlan {
    const workbook = chosenWorkbook(request);
    if (!workbook) throw new Error('clean-workbook: no workbook (misfit should have said so)');
    const options: CleanOptions = { file: workbook.path };
    return { code: code(options), options: { ...options } };
  },
  answer(_request, _plan, raw, files) {
    const summary = summarySchema.parse(raw);
    const written = summary.sheets.filter((sheet) => sheet.file !== null);
    const lines: string[] = [];
    lines.push(
      `I converted **${summary.workbook}** into ${plural(written.length, 'CSV file')}, one per sheet: dates rewritten as ISO 8601 (YYYY-MM-DD) whatever their written form, text trimmed, and exact duplicate rows dropped.`,
    );
    lines.push(
      markdownTable(
        ['Sheet', 'CSV', 'Rows in', 'Rows out', 'Duplicates dropped', 'Date columns fixed', 'Unparseable dates'],
        summary.sheets.map((sheet) => [
          sheet.sheet,
          sheet.file ?? '(empty, skipped)',
          String(sheet.rows_in),
          String(sheet.rows_out),
          String(sheet.duplicates),
          sheet.date_columns.map((column) => `${column.name} (${plural(column.rewritten, 'value')} rewritten)`).join(', ') || '–',
          String(sheet.date_columns.reduce((total, column) => total + column.unparseable, 0)),
        ]),
      ),
    );
    const notes: string[] = [];
    for (const sheet of summary.sheets) {
      if (sheet.header_row > 0) notes.push(`In **${sheet.sheet}** the header is on row ${String(sheet.header_row + 1)}; the ${plural(sheet.header_row, 'row')} above it (a title) were left out.`);
      for (const column of sheet.date_columns) {
        const order = Object.entries(column.order).map(([separator, way]) => `\`${separator}\` dates ${way}`);
        if (order.length > 0) notes.push(`**${sheet.sheet}** › ${column.name}: numeric dates read as: ${order.join(', ')} (decided from the values that can only be read one way).`);
        if (column.unparseable > 0) {
          notes.push(
            `**${sheet.sheet}** › ${column.name}: ${plural(column.unparseable, 'value')} could not be read as a date and ${column.unparseable === 1 ? 'was' : 'were'} kept as written (${column.examples.map((example) => `“${example}”`).join(', ')}).`,
          );
        }
      }
    }
    if (notes.length > 0) lines.push(notes.map((note) => `- ${note}`).join('\n'));
    // The summary names the CSVs in sheet order; the call's file list may hold them under the same paths
    const csvFiles = written.map((sheet) => files.find((file) => file.endsWith(`/${sheet.file ?? ''}`)) ?? `/mnt/data/${sheet.file ?? ''}`);
    lines.push(fileLinks(csvFiles.map((file) => ({ path: file }))));
    return lines.join('\n\n');
  },
};
