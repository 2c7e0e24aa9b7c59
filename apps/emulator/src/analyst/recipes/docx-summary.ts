import { z } from 'zod';
import { fileLinks } from '../../model/answer-text.js';
import type { AnalysisPlan, AnalystRequest, InspectedFile, Recipe } from '../recipe.js';
import { baseName, exportsIn, formatNumber, markdownTable, slug } from '../tabular.js';

const summarySchema = z.object({
  file: z.string(),
  paragraphs: z.number(),
  words: z.number(),
  headings: z.array(z.string()),
  opening: z.string(),
  tables: z.array(
    z.object({
      index: z.number(),
      csv: z.string(),
      rows: z.number(),
      columns: z.array(z.string()),
      totals: z.record(z.string(), z.number()),
    }),
  ),
});

interface DocxOptions {
  file: string;
}

function documentsOf(request: AnalystRequest): InspectedFile[] {
  return request.inspection.files.filter((file) => file.kind === 'docx');
}

function chosenDocument(request: AnalystRequest): InspectedFile | undefined {
  const documents = documentsOf(request);
  const lower = request.text.toLowerCase();
  return documents.find((file) => lower.includes(baseName(file.path).toLowerCase())) ?? documents.find((file) => !file.error) ?? documents[0];
}

function code(options: DocxOptions): string {
  const stem = slug(baseName(options.file).replace(/\.docx$/i, ''));
  return String.raw`import json
import docx
import pandas as pd
# unique_names and read_number were defined by the inspection step above.

document = docx.Document(${JSON.stringify(options.file)})
paragraphs = [p for p in document.paragraphs if p.text.strip()]
summary = {
    "file": ${JSON.stringify(baseName(options.file))},
    "paragraphs": len(paragraphs),
    "words": sum(len(p.text.split()) for p in paragraphs),
    "headings": [p.text.strip() for p in paragraphs if p.style is not None and p.style.name.lower().startswith(("heading", "title"))],
    "opening": " ".join(" ".join(p.text.split()) for p in paragraphs[:3])[:300],
    "tables": [],
}

# Each table to its own CSV: the first row is the header; numbers as printed become numbers
for index, table in enumerate(document.tables, start=1):
    cells = [[cell.text.strip() for cell in row.cells] for row in table.rows]
    if len(cells) < 2:
        continue
    frame = pd.DataFrame(cells[1:], columns=unique_names(cells[0]))
    totals = {}
    for column in frame.columns:
        values = [read_number(v) for v in frame[column] if v != ""]
        if values and all(v is not None for v in values):
            frame[column] = pd.to_numeric(frame[column].map(lambda v: read_number(v) if v != "" else None))
            totals[column] = round(float(frame[column].sum()), 2)
    name = f"${stem}_table_{index}.csv"
    frame.to_csv("/mnt/data/" + name, index=False)
    summary["tables"].append({"index": index, "csv": name, "rows": int(len(frame)), "columns": list(frame.columns), "totals": totals})
    print(f"Table {index}: {len(frame)} rows, columns {', '.join(frame.columns)}")

print(json.dumps(summary))
`;
}

export const docxSummaryRecipe: Recipe = {
  id: 'docx-summary',
  match(request) {
    const text = request.text;
    // "export that to Word" makes a document; it does not read one
    if (exportsIn(text).docx && !/\b(extract\w*|page)\b/i.test(text)) return 0;
    const hasDocument = documentsOf(request).length > 0;
    const wordDocument = /\b(docx|word (document|file|doc)|\.docx)\b/i.test(text);
    const asks = /\b(summar\w*|tables?|extract\w*|csv|overview|what('s| is) in|contents?|read)\b/i.test(text);
    if (wordDocument && asks) return 8;
    if (hasDocument && asks && !request.inspection.files.some((file) => file.kind !== 'docx')) return 6;
    return 0;
  },
  misfit(request) {
    const document = chosenDocument(request);
    if (!document) return 'To summarise a Word document I need the .docx file, and there is none in this conversation.';
    if (document.error) return `I could not read \`${baseName(document.path)}\`: ${document.error}`;
    return undefined;
  },
  plan(request): AnalysisPlan {
    const document = chosenDocument(request);
    if (!document) throw new Error('docx-summary: no document (misfit should have said so)');
    const options: DocxOptions = { file: document.path };
    return { code: code(options), options: { ...options } };
  },
  answer(_request, _plan, raw, files) {
    const summary = summarySchema.parse(raw);
    const lines: string[] = [];
    lines.push(
      `**${summary.file}** has ${summary.paragraphs.toLocaleString('en-US')} paragraphs (${summary.words.toLocaleString('en-US')} words) and ${String(summary.tables.length)} table${summary.tables.length === 1 ? '' : 's'}.${summary.opening ? ` It begins: “${summary.opening}”` : ''}`,
    );
    if (summary.headings.length > 0) lines.push(`Its headings: ${summary.headings.map((heading) => `“${heading}”`).join(', ')}.`);
    if (summary.tables.length > 0) {
      lines.push(
        markdownTable(
          ['Table', 'Rows', 'Columns', 'Totals', 'CSV'],
          summary.tables.map((table) => [
            String(table.index),
            String(table.rows),
            table.columns.join(', '),
            Object.entries(table.totals)
              .map(([column, total]) => `${column} ${formatNumber(total)}`)
              .join('; ') || '–',
            table.csv,
          ]),
        ),
      );
      lines.push(fileLinks(summary.tables.map((table) => ({ path: files.find((file) => file.endsWith(`/${table.csv}`)) ?? `/mnt/data/${table.csv}` }))));
    }
    return lines.join('\n\n');
  },
};
