import { z } from 'zod';
import { fileLinks } from '../../model/answer-text.js';
import type { AnalysisPlan, AnalystRequest, InspectedFile, InspectedTable, Recipe } from '../recipe.js';
import { baseName, categoryColumn, exportsIn, formatNumber, markdownTable } from '../tabular.js';

const numberWords = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];
const ordinalWords = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'];
const leadWords = /revenue|sales|amount|value|profit|income|cost|spend|total/i;
const categoryWords = /categor|segment|group|type|class|region|department|division|sector|product|team|area|channel|kind/i;

/** A page the sentence names: `last`, a 1-based number, or undefined (then the first page with a table). */
export type PageRef = number | 'last';

export function pageIn(text: string): PageRef | undefined {
  const lower = text.toLowerCase();
  if (/\b(last|final) page\b|\bpage\s+last\b/.test(lower)) return 'last';
  const numbered = /\b(?:page|p\.|pg\.?)\s*#?\s*(\d{1,4})\b/.exec(lower);
  if (numbered?.[1]) return Number(numbered[1]);
  const spelled = /\bpage\s+([a-z]+)\b/.exec(lower);
  const spelledIndex = spelled?.[1] ? numberWords.indexOf(spelled[1]) : -1;
  if (spelledIndex > 0) return spelledIndex;
  const ordinal = /\b([a-z]+|\d{1,3}(?:st|nd|rd|th))\s+page\b/.exec(lower);
  if (ordinal?.[1]) {
    const fromWord = ordinalWords.indexOf(ordinal[1]);
    if (fromWord > 0) return fromWord;
    const fromDigits = /^(\d+)/.exec(ordinal[1]);
    if (fromDigits?.[1]) return Number(fromDigits[1]);
  }
  return undefined;
}

const summarySchema = z.object({
  file: z.string(),
  pages: z.number(),
  page: z.number(),
  table: z
    .object({
      columns: z.array(z.string()),
      rows: z.number(),
      csv: z.string(),
      category: z.string().nullable(),
      metrics: z.array(z.string()),
      dropped_totals: z.array(z.string()),
      by_category: z.array(z.object({ category: z.string(), rows: z.number(), totals: z.record(z.string(), z.number()), means: z.record(z.string(), z.number()) })),
      summary_csv: z.string().nullable(),
      chart: z.string().nullable(),
    })
    .nullable(),
  contents: z.array(z.object({ page: z.number(), opening: z.string(), tables: z.number() })),
});

interface PdfTableOptions {
  file: string;
  page: PageRef | null;
  category: string | null;
}

function pdfsOf(request: AnalystRequest): InspectedFile[] {
  return request.inspection.files.filter((file) => file.kind === 'pdf');
}

function chosenPdf(request: AnalystRequest): InspectedFile | undefined {
  const pdfs = pdfsOf(request);
  const lower = request.text.toLowerCase();
  return pdfs.find((file) => lower.includes(baseName(file.path).toLowerCase())) ?? pdfs.find((file) => !file.error) ?? pdfs[0];
}

function pageTable(file: InspectedFile, page: PageRef | null): InspectedTable | undefined {
  const wanted = page === 'last' ? file.pages : page;
  const onPage = file.tables.filter((table) => wanted === null || table.page === wanted);
  return onPage.sort((a, b) => b.rows - a.rows)[0];
}

/** The category column: one the sentence names, else one named like a category, else the text column with the fewest values. */
function chosenCategory(text: string, table: InspectedTable | undefined): string | null {
  if (!table) return null;
  const named = categoryColumn(text, table);
  if (named) return named.name;
  const texts = table.columns.filter((column) => column.dtype === 'text');
  const likely = texts.find((column) => categoryWords.test(column.name));
  if (likely) return likely.name;
  const repeated = texts.filter((column) => column.distinct < table.rows).sort((a, b) => a.distinct - b.distinct)[0];
  return (repeated ?? texts[0])?.name ?? null;
}

function code(options: PdfTableOptions): string {
  const stem = pageStem(options.page);
  const pageLine =
    options.page === 'last'
      ? 'page_number = len(pages)  # the last page'
      : options.page === null
        ? 'page_number = next((n for n, text in enumerate(pages, start=1) if text_tables(text)), 1)  # the first page with a table'
        : `page_number = ${String(options.page)}`;
  return String.raw`import json, re
import pandas as pd
import matplotlib.pyplot as plt
# pdf_page_texts, text_tables, unique_names and read_number were defined by the inspection step above.

pages = pdf_page_texts(${JSON.stringify(options.file)})
${pageLine}
summary = {"file": ${JSON.stringify(baseName(options.file))}, "pages": len(pages), "page": page_number, "table": None,
           "contents": [{"page": n, "opening": " ".join(text.split())[:160], "tables": len(text_tables(text))}
                        for n, text in enumerate(pages, start=1)]}
tables = text_tables(pages[page_number - 1]) if 1 <= page_number <= len(pages) else []

if tables:
    # The largest table on the page; its first line is the header
    header, rows = max(tables, key=lambda found: len(found[1]))
    table = pd.DataFrame(rows, columns=unique_names(header))

    # Numbers as printed ("1,234.50", "$12", "(7)", "45%") become numbers
    numeric = [c for c in table.columns
               if table[c].notna().any() and all(read_number(v) is not None for v in table[c].dropna())]
    for column in numeric:
        table[column] = pd.to_numeric(table[column].map(lambda v: None if v is None else read_number(v)))
        if (table[column].dropna() % 1 == 0).all():
            table[column] = table[column].astype("Int64")  # counts stay whole numbers in the CSV
    csv_name = "${stem}_table.csv"
    table.to_csv("/mnt/data/" + csv_name, index=False)
    report = {"columns": list(table.columns), "rows": int(len(table)), "csv": csv_name, "category": None,
              "metrics": [], "dropped_totals": [], "by_category": [], "summary_csv": None, "chart": None}
    summary["table"] = report

    # The category column: the one chosen from the inspection, else the text column with the fewest values
    text_columns = [c for c in table.columns if c not in numeric]
    category = ${options.category === null ? 'None' : JSON.stringify(options.category)}
    if category not in text_columns:
        category = min(text_columns, key=lambda c: table[c].nunique(), default=None)
    metrics = [c for c in numeric if not re.search(r"(^|[^a-z])(id|year|no|number|code)([^a-z]|$)", c.lower())] or numeric
    if category and metrics:
        # A "Total" row printed under the table would count everything twice
        is_total = table[category].fillna("").str.strip().str.lower().str.match(r"^(grand )?(total|sum|all)\b")
        report["dropped_totals"] = table.loc[is_total, category].tolist()
        data = table[~is_total]
        grouped = data.groupby(category, sort=False)
        by_category = grouped.size().rename("rows").to_frame()
        for column in metrics:
            by_category[f"{column} total"] = grouped[column].sum().astype(float).round(2)
            by_category[f"{column} mean"] = grouped[column].mean().astype(float).fillna(0).round(2)
        by_category = by_category.reset_index()
        report["summary_csv"] = "${stem}_by_category.csv"
        by_category.to_csv("/mnt/data/" + report["summary_csv"], index=False)
        report.update(category=category, metrics=metrics)
        report["by_category"] = [
            {"category": str(row[category]), "rows": int(row["rows"]),
             "totals": {m: float(row[f"{m} total"]) for m in metrics}, "means": {m: float(row[f"{m} mean"]) for m in metrics}}
            for _, row in by_category.iterrows()]

        if 2 <= len(by_category) <= 40:
            # One bar chart per metric (at most three), categories on the vertical axis so long names stay readable
            shown = metrics[:3]
            fig, axes = plt.subplots(1, len(shown), figsize=(5 * len(shown) + 1, 0.45 * len(by_category) + 2), squeeze=False)
            for axis, column in zip(axes[0], shown):
                axis.barh(by_category[category].astype(str), by_category[f"{column} total"], color="tab:blue")
                axis.set_title(f"{column} by {category}")
                axis.set_xlabel(f"Total {column}")
                axis.invert_yaxis()
                axis.grid(axis="x", alpha=0.3)
            axes[0][0].set_ylabel(category)
            fig.suptitle(f"Page {page_number} of ${baseName(options.file).replace(/[{}"\\]/g, '')}: totals by {category}")
            fig.tight_layout()
            report["chart"] = "${stem}_by_category.png"
            fig.savefig("/mnt/data/" + report["chart"], dpi=120)
            plt.close(fig)
        print(by_category.to_string(index=False))

print(json.dumps(summary))
`;
}

function pageName(page: PageRef | null): string {
  return page === 'last' ? 'the last page' : page === null ? 'the first page with a table' : `page ${String(page)}`;
}

function pageStem(page: PdfTableOptions['page']): string {
  return page === 'last' ? 'last_page' : page === null ? 'pdf' : `page_${String(page)}`;
}

export const pdfTableRecipe: Recipe = {
  id: 'pdf-table',
  match(request) {
    const text = request.text;
    // "export that to PDF" makes a document; it does not read one
    if (exportsIn(text).pdf && !/\b(extract\w*|page)\b/i.test(text)) return 0;
    const hasPdf = pdfsOf(request).length > 0;
    const tableWords = /\b(tables?|extract\w*|pages?|csv|metrics?|figures)\b/i.test(text);
    if (/\bpdfs?\b/i.test(text) && tableWords) return 9;
    if (hasPdf && tableWords && (pageIn(text) !== undefined || /\b(extract\w*|tables?)\b/i.test(text))) return 8;
    if (request.previous?.recipe === 'pdf-table' && pageIn(text) !== undefined) return 6;
    return 0;
  },
  misfit(request) {
    const pdf = chosenPdf(request);
    if (!pdf) return 'To extract a table from a PDF I need the PDF, and there is none in this conversation.';
    if (pdf.error) return `I could not read \`${baseName(pdf.path)}\`: ${pdf.error}`;
    return undefined;
  },
  plan(request): AnalysisPlan {
    const pdf = chosenPdf(request);
    if (!pdf) throw new Error('pdf-table: no PDF (misfit should have said so)');
    const previous = request.previous?.recipe === 'pdf-table' ? (request.previous.options as Partial<PdfTableOptions>) : {};
    const page = pageIn(request.text) ?? previous.page ?? null;
    const options: PdfTableOptions = { file: pdf.path, page, category: chosenCategory(request.text, pageTable(pdf, page)) };
    // The extracted table is what "export that to Excel" exports next
    return { code: code(options), options: { ...options, output: `/mnt/data/${pageStem(options.page)}_table.csv` } };
  },
  answer(_request, plan, raw, files) {
    const summary = summarySchema.parse(raw);
    const options = plan.options as unknown as PdfTableOptions;
    const where = `page ${String(summary.page)} of **${summary.file}**`;
    const table = summary.table;
    if (!table) {
      const lines: string[] = [];
      if (summary.page < 1 || summary.page > summary.pages) {
        lines.push(`**${summary.file}** has ${String(summary.pages)} page${summary.pages === 1 ? '' : 's'}, so there is no ${pageName(options.page)}.`);
      } else {
        lines.push(`I found no table on ${where}: no block of lines there has its values in aligned columns.`);
      }
      lines.push(
        `Here is what the pages contain:\n\n${summary.contents
          .map((page) => `- Page ${String(page.page)}: ${page.tables > 0 ? `**${String(page.tables)} table${page.tables === 1 ? '' : 's'}**; ` : 'no table; '}${page.opening ? `“${page.opening}”` : '(no text)'}`)
          .join('\n')}`,
      );
      const withTables = summary.contents.filter((page) => page.tables > 0).map((page) => `page ${String(page.page)}`);
      if (withTables.length > 0) lines.push(`Ask for ${withTables.join(' or ')} to extract ${withTables.length === 1 ? 'its' : 'their'} table.`);
      return lines.join('\n\n');
    }
    const lines: string[] = [];
    lines.push(
      `I extracted the table on ${where} (${String(table.rows)} rows; columns ${table.columns.map((column) => `\`${column}\``).join(', ')}) into \`${table.csv}\`.`,
    );
    if (table.category && table.by_category.length > 0) {
      const metrics = table.metrics;
      lines.push(`Summary by **${table.category}** (${String(table.by_category.length)} categories; totals and means of ${metrics.map((metric) => `\`${metric}\``).join(', ')}):`);
      lines.push(
        markdownTable(
          [table.category, 'Rows', ...metrics.flatMap((metric) => [`${metric} total`, `${metric} mean`])],
          table.by_category.map((row) => [row.category, String(row.rows), ...metrics.flatMap((metric) => [formatNumber(row.totals[metric] ?? 0), formatNumber(row.means[metric] ?? 0)])]),
        ),
      );
      const lead = metrics.find((metric) => leadWords.test(metric)) ?? metrics.at(-1);
      if (lead && table.by_category.length > 1) {
        const all = table.by_category.reduce((sum, row) => sum + (row.totals[lead] ?? 0), 0);
        const top = [...table.by_category].sort((a, b) => (b.totals[lead] ?? 0) - (a.totals[lead] ?? 0))[0];
        if (top && all !== 0) {
          lines.push(
            `**${top.category}** has the largest ${lead} total, ${formatNumber(top.totals[lead] ?? 0)} (${((100 * (top.totals[lead] ?? 0)) / all).toFixed(1)}% of ${formatNumber(all)}).`,
          );
        }
      }
      if (table.dropped_totals.length > 0) lines.push(`The table’s own ${table.dropped_totals.map((label) => `“${label}”`).join(', ')} row was left out of the summary so nothing is counted twice.`);
    } else {
      lines.push(table.metrics.length === 0 ? 'The table has no numeric column, so there is nothing to total by category.' : 'The table has no text column to group by, so I kept it as extracted.');
    }
    const wanted = [table.csv, table.summary_csv, table.chart].filter((name): name is string => name !== null);
    lines.push(fileLinks(wanted.map((name) => ({ path: files.find((file) => file.endsWith(`/${name}`)) ?? `/mnt/data/${name}` }))));
    return lines.join('\n\n');
  },
};
