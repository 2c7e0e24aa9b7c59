import { z } from 'zod';
import type { AnalysisPlan, AnalystRequest, Recipe } from '../recipe.js';
import { baseName, categoryColumn, defaultCategory, formatNumber, loadCode, markdownTable, pickTable, slug, valueColumn } from '../tabular.js';
import { header, links, numbersOf } from './explore-shared.js';

// Summary table and HTML report: a table's columns, numbers and groups at a glance.

interface SummaryOptions {
  file: string;
  category: string | null;
  value: string | null;
  html: boolean;
  stem: string;
}

const overviewSummary = z.object({
  rows: z.number(),
  columns: z.array(z.string()),
  numbers: z.array(z.object({ name: z.string(), sum: z.number(), mean: z.number(), min: z.number(), max: z.number() })),
  groups: z.array(z.object({ name: z.string(), value: z.number() })),
});

function summaryOptions(request: AnalystRequest, html: boolean): SummaryOptions | undefined {
  const choice = pickTable(request);
  if (!choice) return undefined;
  const category = categoryColumn(request.text, choice.table) ?? defaultCategory(choice.table);
  const value = choice.table.columns.some((c) => c.dtype === 'number') ? valueColumn(request.text, choice.table) : undefined;
  return { file: choice.file.path, category: category?.name ?? null, value: value?.name ?? null, html, stem: slug(`${baseName(choice.file.path).replace(/\.[a-z]+$/i, '')} ${html ? 'report' : 'summary'}`) };
}

function overviewCode(request: AnalystRequest, options: SummaryOptions): string {
  const choice = pickTable(request);
  if (!choice) throw new Error('no table');
  const numbers = numbersOf(choice).map((column) => column.name);
  const dates = choice.table.columns.filter((column) => column.dtype === 'date').map((column) => column.name);
  const grouped = options.category && options.value;
  const lines = [
    header,
    'import base64, html, io',
    '',
    `# Load ${baseName(options.file)}`,
    loadCode(choice, dates, numbers),
    'numbers = df.select_dtypes("number")',
    'stats = numbers.agg(["sum", "mean", "min", "max"]).T.round(2)',
    grouped
      ? `groups = df.groupby(${JSON.stringify(options.category)})[${JSON.stringify(options.value)}].sum().sort_values(ascending=False)`
      : 'groups = pd.Series(dtype=float)',
  ];
  if (options.html) {
    lines.push(
      '',
      '# A chart for the report, embedded as a PNG so the page works offline',
      'fig, ax = plt.subplots(figsize=(8, 4))',
      grouped
        ? `ax.bar(groups.index.astype(str), groups.values, color="tab:blue"); ax.set_title(${JSON.stringify(`${options.value ?? ''} by ${options.category ?? ''}`)}); ax.set_xlabel(${JSON.stringify(options.category)}); ax.set_ylabel(${JSON.stringify(options.value)})`
        : 'numbers.iloc[:, :4].plot(ax=ax); ax.set_title("Numeric columns"); ax.set_xlabel("Row")',
      'fig.tight_layout()',
      'buffer = io.BytesIO()',
      'fig.savefig(buffer, format="png", dpi=110)',
      'plt.close(fig)',
      'chart = base64.b64encode(buffer.getvalue()).decode()',
      '',
      '# The report: headline figures, the chart, the per-category table, the first rows',
      'page = f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Report: {html.escape(' + JSON.stringify(baseName(options.file)) + ')}</title>',
      '<style>body{{font-family:system-ui,sans-serif;margin:2rem;max-width:60rem;color:#1d2433}} table{{border-collapse:collapse;margin:1rem 0}} th,td{{border:1px solid #ccd;padding:.3rem .6rem;text-align:right}} th:first-child,td:first-child{{text-align:left}} img{{max-width:100%}}</style></head><body>',
      '<h1>Report: {html.escape(' + JSON.stringify(baseName(options.file)) + ')}</h1>',
      '<p>{len(df):,} rows, {len(df.columns)} columns: {html.escape(", ".join(map(str, df.columns)))}.</p>',
      '<h2>Numeric columns</h2>{stats.to_html()}',
      '<img alt="chart" src="data:image/png;base64,{chart}">',
      '{"<h2>By " + html.escape(str(groups.index.name)) + "</h2>" + groups.round(2).to_frame().to_html() if len(groups) else ""}',
      '<h2>First rows</h2>{df.head(10).to_html(index=False)}',
      '</body></html>"""',
      `with open("/mnt/data/${options.stem}.html", "w", encoding="utf-8") as handle:`,
      '    handle.write(page)',
    );
  } else {
    lines.push(`stats.to_csv("/mnt/data/${options.stem}.csv", index_label="column")`);
  }
  lines.push(
    'print(stats.to_string())',
    'summary = {"rows": int(len(df)), "columns": [str(c) for c in df.columns],',
    '           "numbers": [{"name": str(n), "sum": float(r["sum"]), "mean": float(r["mean"]), "min": float(r["min"]), "max": float(r["max"])} for n, r in stats.iterrows()],',
    '           "groups": [{"name": str(k), "value": float(v)} for k, v in groups.items()]}',
    'print(json.dumps(summary))',
    '',
  );
  return lines.join('\n');
}

function overviewAnswer(plan: AnalysisPlan, raw: unknown, files: readonly string[]): string {
  const s = overviewSummary.parse(raw);
  const options = plan.options as unknown as SummaryOptions;
  const lines = [`\`${baseName(options.file)}\` has ${s.rows.toLocaleString('en-US')} rows and ${s.columns.length} columns (${s.columns.map((c) => `\`${c}\``).join(', ')}).`];
  if (s.numbers.length > 0) lines.push(markdownTable(['Column', 'Sum', 'Mean', 'Min', 'Max'], s.numbers.map((n) => [n.name, formatNumber(n.sum), formatNumber(n.mean), formatNumber(n.min), formatNumber(n.max)])));
  if (s.groups.length > 0 && options.category && options.value) {
    lines.push(`${options.value} by ${options.category}:`);
    lines.push(markdownTable([options.category, options.value], s.groups.slice(0, 30).map((g) => [g.name, formatNumber(g.value)])));
  }
  if (options.html) lines.push('The HTML report holds these figures, a chart and the first rows:');
  lines.push(links(files));
  return lines.join('\n\n');
}

export const summaryRecipe: Recipe = {
  id: 'summary',
  match(request) {
    return /\b(summar\w*|describe|overview|statistics|stats|table|what('s| is) in|look at|explore)\b/i.test(request.text) ? 2 : 0;
  },
  misfit(request) {
    return summaryOptions(request, false) ? undefined : 'I found no table I can read in your files.';
  },
  plan(request) {
    const options = summaryOptions(request, false);
    if (!options) throw new Error('summary: no table');
    return { code: overviewCode(request, options), options: { ...options, output: `/mnt/data/${options.stem}.csv` } };
  },
  answer: (_request, plan, raw, files) => overviewAnswer(plan, raw, files),
};

export const htmlReportRecipe: Recipe = {
  id: 'html-report',
  match(request) {
    return /\b(html|web ?page|dashboard|interactive report|report page)\b/i.test(request.text) ? 6 : 0;
  },
  misfit(request) {
    return summaryOptions(request, true) ? undefined : 'An HTML report needs a table of data, and I found none I can read in your files.';
  },
  plan(request) {
    const options = summaryOptions(request, true);
    if (!options) throw new Error('html-report: no table');
    return { code: overviewCode(request, options), options: { ...options } };
  },
  answer: (_request, plan, raw, files) => overviewAnswer(plan, raw, files),
};
