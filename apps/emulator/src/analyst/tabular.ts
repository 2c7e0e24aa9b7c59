import path from 'node:path';
import type { AnalystRequest, InspectedColumn, InspectedFile, InspectedTable } from './recipe.js';

/** A table of a user file the analysis can load with pandas. */
export interface TableChoice {
  file: InspectedFile;
  table: InspectedTable;
}

export type Frequency = 'daily' | 'weekly' | 'monthly' | 'quarterly' | 'yearly';
export type ChartKind = 'line' | 'bar' | 'scatter' | 'pie' | 'histogram';

const loadable = new Set(['csv', 'tsv', 'json', 'xlsx']);

/** Lowercase words, underscores and dashes as spaces: "Units_Sold" → "units sold". */
export function normalized(text: string): string {
  return text
    .toLowerCase()
    .replace(/[_\-.]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function mentions(text: string, name: string): boolean {
  const words = normalized(name);
  if (!words) return false;
  const escaped = words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^a-z0-9])${escaped}s?([^a-z0-9]|$)`).test(normalized(text));
}

/** Words people use for a measure whose column is named otherwise. */
const synonyms: Array<[RegExp, RegExp]> = [
  [/\b(revenue|sales|turnover|income)\b/, /revenue|sales|amount|turnover|income|total|price/],
  [/\b(traffic|visits?|visitors?|sessions?|page ?views?|users?)\b/, /visit|session|traffic|pageview|page_view|users|hits/],
  [/\b(units?|quantity|volume)\b/, /unit|qty|quantity|volume|count/],
  [/\b(cost|spend|expenses?)\b/, /cost|spend|expense/],
  [/\b(profit|margin)\b/, /profit|margin/],
];

/** Every table of the user's files that pandas can load, CSV first. */
export function tablesOf(request: AnalystRequest): TableChoice[] {
  return request.inspection.files
    .filter((file) => loadable.has(file.kind) && !file.error)
    .flatMap((file) => file.tables.map((table) => ({ file, table })))
    .filter(({ table }) => table.rows > 0 && table.columns.length > 0);
}

/** The table the request is about: one whose file is named in the text, else the first that has what is needed. */
export function pickTable(request: AnalystRequest, needs: { date?: boolean; number?: boolean } = {}): TableChoice | undefined {
  const fits = tablesOf(request).filter(
    ({ table }) => (!needs.date || table.columns.some((c) => c.dtype === 'date')) && (!needs.number || table.columns.some((c) => c.dtype === 'number')),
  );
  const named = fits.find(({ file }) => request.text.toLowerCase().includes(path.basename(file.path).toLowerCase()));
  return named ?? fits[0];
}

const identifier = /(^|[^a-z])(id|key|code|zip|postcode|year|index)([^a-z]|$)|_id$/i;

/** The measure: a numeric column named (or meant) in the text, else the most likely one. */
export function valueColumn(text: string, table: InspectedTable, preferred?: string): InspectedColumn | undefined {
  const numeric = table.columns.filter((column) => column.dtype === 'number');
  const named = numeric.find((column) => mentions(text, column.name));
  if (named) return named;
  for (const [said, columnPattern] of synonyms) {
    if (!said.test(text.toLowerCase())) continue;
    const match = numeric.find((column) => columnPattern.test(column.name.toLowerCase()));
    if (match) return match;
  }
  const remembered = numeric.find((column) => column.name === preferred);
  if (remembered) return remembered;
  const measures = numeric.filter((column) => !identifier.test(column.name));
  for (const [, columnPattern] of synonyms) {
    const match = measures.find((column) => columnPattern.test(column.name.toLowerCase()));
    if (match) return match;
  }
  return measures.at(-1) ?? numeric.at(-1);
}

/** A category column the text names after "per", "by", "for each", or names at all. */
export function categoryColumn(text: string, table: InspectedTable): InspectedColumn | undefined {
  const categories = table.columns.filter((column) => column.dtype === 'text' || column.dtype === 'bool');
  const lower = normalized(text);
  const grouped = categories.find((column) => new RegExp(`\\b(per|by|for each|each|across|between)\\s+(the\\s+)?${normalized(column.name)}`).test(lower));
  return grouped ?? categories.find((column) => mentions(text, column.name));
}

/** The category to compare when the text names none: few distinct values, the fewest first. */
export function defaultCategory(table: InspectedTable): InspectedColumn | undefined {
  return table.columns
    .filter((column) => column.dtype === 'text' && column.distinct >= 2 && column.distinct <= 30)
    .sort((a, b) => a.distinct - b.distinct)[0];
}

export function dateColumn(text: string, table: InspectedTable): InspectedColumn | undefined {
  const dates = table.columns.filter((column) => column.dtype === 'date');
  return dates.find((column) => mentions(text, column.name)) ?? dates[0];
}

export function frequencyIn(text: string): Frequency | undefined {
  const lower = text.toLowerCase();
  if (/\b(daily|per day|each day|by day|day by day)\b/.test(lower)) return 'daily';
  if (/\b(weekly|per week|each week|by week|week over week|wow)\b/.test(lower)) return 'weekly';
  if (/\b(monthly|per month|each month|by month|month over month|mom|months?)\b/.test(lower)) return 'monthly';
  if (/\b(quarterly|per quarter|each quarter|by quarter|quarter over quarter|qoq)\b/.test(lower)) return 'quarterly';
  if (/\b(yearly|annual(ly)?|per year|each year|by year|year over year|yoy)\b/.test(lower)) return 'yearly';
  return undefined;
}

export function chartKindIn(text: string): ChartKind | undefined {
  const lower = text.toLowerCase();
  if (/\bhistogram\b/.test(lower)) return 'histogram';
  if (/\bscatter/.test(lower)) return 'scatter';
  if (/\bpie\b/.test(lower)) return 'pie';
  if (/\b(bar|column) ?(chart|graph|plot)?s?\b/.test(lower)) return 'bar';
  if (/\bline ?(chart|graph|plot)?\b/.test(lower)) return 'line';
  return undefined;
}

export interface Exports {
  csv: boolean;
  xlsx: boolean;
  png: boolean;
  svg: boolean;
  pdf: boolean;
  docx: boolean;
}

/** A PDF or Word file as the destination ("to PDF", "as a Word document"), not a document to read. */
export const documentTarget = /\b(to|into|as|in) (an? |a new )?(pdf|word|docx|ms word)\b/i;

export function exportsIn(text: string): Exports {
  const lower = text.toLowerCase();
  return {
    csv: /\bcsv\b/.test(lower),
    xlsx: /\b(excel|xlsx|workbook|spreadsheet)\b/.test(lower),
    png: /\bpng\b/.test(lower),
    svg: /\bsvg\b/.test(lower),
    pdf: /\bpdf\b/.test(lower) && documentTarget.test(lower),
    docx: /\b(docx|word)\b/.test(lower) && documentTarget.test(lower),
  };
}

/** Python that loads the chosen table into `df`, with dates read whatever their written form and numbers as numbers. */
export function loadCode(choice: TableChoice, dates: readonly string[], numbers: readonly string[]): string {
  const { file, table } = choice;
  const at = JSON.stringify(file.path);
  const lines: string[] = [];
  if (file.kind === 'xlsx') {
    lines.push(`df = pd.read_excel(${at}, sheet_name=${JSON.stringify(table.name)}, header=${table.headerRow ?? 0})`);
  } else if (file.kind === 'json') {
    lines.push(`df = pd.DataFrame(json.load(open(${at}, encoding="utf-8-sig")))`);
  } else {
    const options = [`sep=${JSON.stringify(file.delimiter ?? ',')}`, `encoding=${JSON.stringify(file.encoding ?? 'utf-8')}`];
    if (file.decimal === ',') options.push('decimal=","', 'thousands="."');
    // Dates stay text here (15.03.2024 must not become a number); read_column_dates reads them below.
    if (dates.length > 0) options.push(`dtype={${dates.map((name) => `${JSON.stringify(name)}: str`).join(", ")}}`);
    lines.push(`df = pd.read_csv(${at}, ${options.join(', ')})`);
    lines.push('df.columns = [str(c).strip() for c in df.columns]');
  }
  for (const name of dates) lines.push(`df[${JSON.stringify(name)}] = pd.to_datetime(read_column_dates(df[${JSON.stringify(name)}].tolist()))`);
  for (const name of numbers) lines.push(`df[${JSON.stringify(name)}] = pd.to_numeric(df[${JSON.stringify(name)}].map(read_number), errors="coerce")`);
  return lines.join('\n');
}

export const pandasFrequency: Record<Frequency, string> = { daily: 'D', weekly: 'W-MON', monthly: 'MS', quarterly: 'QS', yearly: 'AS' };
export const periodWord: Record<Frequency, string> = { daily: 'day', weekly: 'week', monthly: 'month', quarterly: 'quarter', yearly: 'year' };
/** Python naming a period as people say it ("March 2024", "Q2 2024"), and at most 12 date ticks. */
export const periodLabelPython = String.raw`def period_label(stamp, frequency):
    if frequency == "quarterly":
        return f"Q{(stamp.month - 1) // 3 + 1} {stamp.year}"
    if frequency == "weekly":
        return "week of " + stamp.strftime("%Y-%m-%d")
    return stamp.strftime({"daily": "%Y-%m-%d", "monthly": "%B %Y", "yearly": "%Y"}[frequency])


def tick_label(stamp, frequency):
    if frequency == "quarterly":
        return f"Q{(stamp.month - 1) // 3 + 1} {stamp.year}"
    return stamp.strftime({"daily": "%d %b", "weekly": "%d %b", "monthly": "%b %Y", "yearly": "%Y"}[frequency])


def date_ticks(axis, stamps, frequency):
    """At most 12 labelled ticks, evenly spaced over the periods."""
    step = max(1, math.ceil(len(stamps) / 12))
    chosen = list(stamps)[::step]
    axis.set_xticks(chosen)
    axis.set_xticklabels([tick_label(s, frequency) for s in chosen], rotation=45, ha="right")
`;

/** "1234567.8" → "1,234,567.80". */
export function formatNumber(value: number, digits = 2): string {
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export function signedPercent(value: number): string {
  return `${value >= 0 ? '+' : ''}${value.toFixed(1)}%`;
}

/** A markdown table from rows of cells. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
}

export function baseName(filePath: string): string {
  return path.basename(filePath);
}

/** A file name from words: "Monthly revenue growth" → "monthly_revenue_growth". */
export function slug(text: string): string {
  return normalized(text).replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '').slice(0, 60) || 'analysis';
}
