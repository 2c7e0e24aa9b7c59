import { z } from 'zod';
import { fileLinks } from '../../model/answer-text.js';
import type { AnalysisPlan, AnalystRequest, InspectedColumn, Recipe } from '../recipe.js';
import { baseName, categoryColumn, chartKindIn, defaultCategory, exportsIn, formatNumber, loadCode, markdownTable, pickTable, slug, valueColumn, type TableChoice } from '../tabular.js';

/** Recipes that look at one table without time: compare by category, distribution, correlation, summary, HTML report. */

const header = ['import json', 'import numpy as np', 'import pandas as pd', 'import matplotlib.pyplot as plt', ''].join('\n');

function links(files: readonly string[]): string {
  return fileLinks(files.map((file) => ({ path: file })));
}

function numbersOf(choice: TableChoice): InspectedColumn[] {
  return choice.table.columns.filter((column) => column.dtype === 'number');
}

function previousOf<T>(request: AnalystRequest, id: string): Partial<T> {
  return request.previous?.recipe === id ? (request.previous.options as Partial<T>) : {};
}

// ---------------------------------------------------------------- compare by category

interface CompareOptions {
  file: string;
  category: string;
  value: string;
  aggregate: 'sum' | 'mean';
  chart: 'bar' | 'pie' | 'line';
  svg: boolean;
  stem: string;
}

const compareSummary = z.object({
  category: z.string(),
  value: z.string(),
  aggregate: z.enum(['sum', 'mean']),
  total: z.number(),
  rows: z.array(z.object({ name: z.string(), value: z.number(), share: z.number() })),
});

function compareOptions(request: AnalystRequest): CompareOptions | undefined {
  const previous = previousOf<CompareOptions>(request, 'compare');
  const choice = pickTable(request, { number: true });
  if (!choice) return undefined;
  const category = categoryColumn(request.text, choice.table) ?? choice.table.columns.find((c) => c.name === previous.category) ?? defaultCategory(choice.table);
  const value = valueColumn(request.text, choice.table, previous.value);
  if (!category || !value) return undefined;
  const kind = chartKindIn(request.text);
  const aggregate = /\b(average|mean|avg)\b/i.test(request.text) ? 'mean' : (previous.aggregate ?? 'sum');
  return {
    file: choice.file.path,
    category: category.name,
    value: value.name,
    aggregate,
    chart: kind === 'pie' || kind === 'line' || kind === 'bar' ? kind : (previous.chart ?? 'bar'),
    svg: exportsIn(request.text).svg || previous.svg === true,
    stem: slug(`${value.name} by ${category.name}`),
  };
}

function compareCode(request: AnalystRequest, options: CompareOptions): string {
  const choice = pickTable(request, { number: true });
  if (!choice) throw new Error('no table');
  const category = JSON.stringify(options.category);
  const value = JSON.stringify(options.value);
  const word = options.aggregate === 'sum' ? 'Total' : 'Average';
  const chart =
    options.chart === 'pie'
      ? ['ax.pie(totals.values, labels=totals.index.astype(str), autopct="%1.1f%%", startangle=90, counterclock=False)', 'ax.axis("equal")']
      : options.chart === 'line'
        ? ['ax.plot(totals.index.astype(str), totals.values, marker="o")', `ax.set_xlabel(${category})`, `ax.set_ylabel(${JSON.stringify(`${word} ${options.value}`)})`, 'ax.grid(alpha=0.3)']
        : [
            'bars = ax.bar(totals.index.astype(str), totals.values, color="tab:blue")',
            'ax.bar_label(bars, labels=[f"{v:,.0f}" for v in totals.values], padding=3)',
            `ax.set_xlabel(${category})`,
            `ax.set_ylabel(${JSON.stringify(`${word} ${options.value}`)})`,
            'ax.grid(axis="y", alpha=0.3)',
            'plt.setp(ax.get_xticklabels(), rotation=30 if len(totals) > 6 else 0, ha="right" if len(totals) > 6 else "center")',
          ];
  return [
    header,
    `# Load ${baseName(options.file)}`,
    loadCode(choice, [], [options.value]),
    '',
    `# ${word} ${options.value} per ${options.category}, largest first`,
    `totals = df.groupby(${category})[${value}].${options.aggregate}().sort_values(ascending=False)`,
    'shares = totals / totals.sum() * 100',
    `table = pd.DataFrame({${category}: totals.index.astype(str), ${value}: totals.round(2).values, "share_pct": shares.round(1).values})`,
    `table.to_csv("/mnt/data/${options.stem}.csv", index=False)`,
    'print(table.to_string(index=False))',
    '',
    'fig, ax = plt.subplots(figsize=(9, 5))',
    ...chart,
    `ax.set_title(${JSON.stringify(`${word} ${options.value} by ${options.category}`)})`,
    'fig.tight_layout()',
    `fig.savefig("/mnt/data/${options.stem}.png", dpi=120)`,
    ...(options.svg ? [`fig.savefig("/mnt/data/${options.stem}.svg")`] : []),
    'plt.close(fig)',
    '',
    `summary = {"category": ${category}, "value": ${value}, "aggregate": ${JSON.stringify(options.aggregate)}, "total": float(totals.sum()),`,
    '           "rows": [{"name": str(k), "value": float(v), "share": float(s)} for k, v, s in zip(totals.index, totals.values, shares.values)]}',
    'print(json.dumps(summary))',
    '',
  ].join('\n');
}

export const compareRecipe: Recipe = {
  id: 'compare',
  match(request) {
    const lower = request.text.toLowerCase();
    const choice = pickTable(request, { number: true });
    const named = choice ? categoryColumn(request.text, choice.table) : undefined;
    if (/\bpie\b/.test(lower)) return 5;
    if (/\b(compare|comparison|breakdown|break down|split|rank|top \d+|which \w+ (sold|sells|has|had))\b/.test(lower)) return 4;
    if (named && /\b(per|by|each|across|between)\b/.test(lower)) return 4;
    if (/\b(bar chart|bar graph|bars)\b/.test(lower)) return 3;
    if (request.previous?.recipe === 'compare' && /\b(now|instead|as a|same|again)\b/.test(lower)) return 3;
    return 0;
  },
  misfit(request) {
    if (!compareOptions(request)) return 'To compare by category I need a table with a text column (the categories) and a numeric column, and I did not find both in your files.';
    return undefined;
  },
  plan(request): AnalysisPlan {
    const options = compareOptions(request);
    if (!options) throw new Error('compare: the data does not fit');
    return { code: compareCode(request, options), options: { ...options, output: `/mnt/data/${options.stem}.csv` } };
  },
  answer(_request, plan, raw, files) {
    const summary = compareSummary.parse(raw);
    const options = plan.options as unknown as CompareOptions;
    const word = summary.aggregate === 'sum' ? 'total' : 'average';
    const first = summary.rows[0];
    const last = summary.rows.at(-1);
    const lines = [`I compared the ${word} **${summary.value}** per **${summary.category}** in \`${baseName(options.file)}\`.`];
    if (first && last && summary.rows.length > 1) {
      lines.push(
        `**${first.name}** is highest with ${formatNumber(first.value)}${summary.aggregate === 'sum' ? ` (${first.share.toFixed(1)}% of ${formatNumber(summary.total)})` : ''}; **${last.name}** is lowest with ${formatNumber(last.value)}.`,
      );
    }
    lines.push(markdownTable([summary.category, `${word.charAt(0).toUpperCase()}${word.slice(1)} ${summary.value}`, 'Share'], summary.rows.slice(0, 30).map((row) => [row.name, formatNumber(row.value), `${row.share.toFixed(1)}%`])));
    lines.push(links(files));
    return lines.join('\n\n');
  },
};

// ---------------------------------------------------------------- distribution

interface DistributionOptions {
  file: string;
  value: string;
  stem: string;
}

const distributionSummary = z.object({
  value: z.string(),
  count: z.number(),
  mean: z.number(),
  median: z.number(),
  std: z.number(),
  min: z.number(),
  max: z.number(),
  p5: z.number(),
  p95: z.number(),
  skew: z.number(),
  bins: z.number(),
});

function distributionOptions(request: AnalystRequest): DistributionOptions | undefined {
  const choice = pickTable(request, { number: true });
  const value = choice ? valueColumn(request.text, choice.table, previousOf<DistributionOptions>(request, 'distribution').value) : undefined;
  if (!choice || !value) return undefined;
  return { file: choice.file.path, value: value.name, stem: slug(`${value.name} distribution`) };
}

export const distributionRecipe: Recipe = {
  id: 'distribution',
  match(request) {
    return /\b(distribution|histogram|spread|how .* distributed|frequenc(y|ies) of values)\b/i.test(request.text) ? 5 : 0;
  },
  misfit(request) {
    return distributionOptions(request) ? undefined : 'To show a distribution I need a numeric column, and none of your files has one.';
  },
  plan(request) {
    const options = distributionOptions(request);
    const choice = pickTable(request, { number: true });
    if (!options || !choice) throw new Error('distribution: the data does not fit');
    const value = JSON.stringify(options.value);
    const code = [
      header,
      `# Load ${baseName(options.file)} and take the ${options.value} column`,
      loadCode(choice, [], [options.value]),
      `values = df[${value}].dropna()`,
      'bins = int(min(30, max(5, np.ceil(np.log2(len(values)) + 1))))  # Sturges, capped',
      '',
      'fig, ax = plt.subplots(figsize=(9, 5))',
      'ax.hist(values, bins=bins, color="tab:blue", edgecolor="white")',
      'ax.axvline(values.mean(), color="tab:orange", linestyle="--", label=f"mean {values.mean():,.2f}")',
      'ax.axvline(values.median(), color="tab:green", linestyle=":", label=f"median {values.median():,.2f}")',
      `ax.set_title(${JSON.stringify(`Distribution of ${options.value}`)})`,
      `ax.set_xlabel(${value})`,
      'ax.set_ylabel("Count")',
      'ax.legend(loc="upper right", frameon=False)',
      'fig.tight_layout()',
      `fig.savefig("/mnt/data/${options.stem}.png", dpi=120)`,
      'plt.close(fig)',
      'print(values.describe().round(2).to_string())',
      `summary = {"value": ${value}, "count": int(values.count()), "mean": float(values.mean()), "median": float(values.median()), "std": float(values.std()),`,
      '           "min": float(values.min()), "max": float(values.max()), "p5": float(values.quantile(0.05)), "p95": float(values.quantile(0.95)),',
      '           "skew": float(values.skew()) if len(values) > 2 else 0.0, "bins": bins}',
      'print(json.dumps(summary))',
      '',
    ].join('\n');
    return { code, options: { ...options } };
  },
  answer(_request, plan, raw, files) {
    const s = distributionSummary.parse(raw);
    const shape = Math.abs(s.skew) < 0.5 ? 'roughly symmetric' : s.skew > 0 ? 'skewed to the right (a long tail of large values)' : 'skewed to the left (a long tail of small values)';
    return [
      `**${s.value}** in \`${baseName(String(plan.options['file']))}\`: ${s.count.toLocaleString('en-US')} values from ${formatNumber(s.min)} to ${formatNumber(s.max)}, mean ${formatNumber(s.mean)}, median ${formatNumber(s.median)}, standard deviation ${formatNumber(s.std)}. The distribution is ${shape}; 90% of the values lie between ${formatNumber(s.p5)} and ${formatNumber(s.p95)}.`,
      links(files),
    ].join('\n\n');
  },
};

// ---------------------------------------------------------------- correlation

interface CorrelationOptions {
  file: string;
  x: string;
  y: string;
  stem: string;
}

const correlationSummary = z.object({ x: z.string(), y: z.string(), n: z.number(), r: z.number(), p: z.number(), slope: z.number(), intercept: z.number() });

function correlationOptions(request: AnalystRequest): CorrelationOptions | undefined {
  const choice = pickTable(request, { number: true });
  if (!choice) return undefined;
  const numbers = numbersOf(choice);
  const lower = request.text.toLowerCase();
  const named = numbers.filter((column) => lower.includes(column.name.toLowerCase()) || lower.includes(column.name.toLowerCase().replace(/_/g, ' ')));
  const measures = numbers.filter((column) => !/(^|_)id$|^id|year/i.test(column.name));
  const [x, y] = named.length >= 2 ? named : [...named, ...measures.filter((column) => !named.includes(column))];
  if (!x || !y) return undefined;
  return { file: choice.file.path, x: x.name, y: y.name, stem: slug(`${y.name} vs ${x.name}`) };
}

function strength(r: number): string {
  const size = Math.abs(r);
  const word = size >= 0.7 ? 'strong' : size >= 0.4 ? 'moderate' : size >= 0.2 ? 'weak' : 'very weak or no';
  return `${word} ${r >= 0 ? 'positive' : 'negative'}`;
}

export const correlationRecipe: Recipe = {
  id: 'correlation',
  match(request) {
    return /\b(correlat\w*|relationship|related|scatter|versus|vs\.?|against|depend\w* on)\b/i.test(request.text) ? 5 : 0;
  },
  misfit(request) {
    return correlationOptions(request) ? undefined : 'A correlation needs two numeric columns, and I did not find two in one table of your files.';
  },
  plan(request) {
    const options = correlationOptions(request);
    const choice = pickTable(request, { number: true });
    if (!options || !choice) throw new Error('correlation: the data does not fit');
    const x = JSON.stringify(options.x);
    const y = JSON.stringify(options.y);
    const code = [
      header,
      'from scipy import stats',
      '',
      `# Load ${baseName(options.file)}: ${options.y} against ${options.x}`,
      loadCode(choice, [], [options.x, options.y]),
      `pairs = df[[${x}, ${y}]].dropna()`,
      `r, p = stats.pearsonr(pairs[${x}], pairs[${y}])`,
      `slope, intercept = np.polyfit(pairs[${x}], pairs[${y}], 1)`,
      '',
      'fig, ax = plt.subplots(figsize=(8, 6))',
      `ax.scatter(pairs[${x}], pairs[${y}], s=14, alpha=0.6, label="rows")`,
      `line_x = np.linspace(pairs[${x}].min(), pairs[${x}].max(), 100)`,
      'ax.plot(line_x, slope * line_x + intercept, color="tab:orange", label=f"fit, r = {r:.2f}")',
      `ax.set_title(${JSON.stringify(`${options.y} vs ${options.x}`)})`,
      `ax.set_xlabel(${x})`,
      `ax.set_ylabel(${y})`,
      'ax.grid(alpha=0.3)',
      'ax.legend(loc="upper left", frameon=False)',
      'fig.tight_layout()',
      `fig.savefig("/mnt/data/${options.stem}.png", dpi=120)`,
      'plt.close(fig)',
      `print(df.select_dtypes("number").corr().round(2).to_string())`,
      `print(json.dumps({"x": ${x}, "y": ${y}, "n": int(len(pairs)), "r": float(r), "p": float(p), "slope": float(slope), "intercept": float(intercept)}))`,
      '',
    ].join('\n');
    return { code, options: { ...options } };
  },
  answer(_request, _plan, raw, files) {
    const s = correlationSummary.parse(raw);
    return [
      `**${s.y}** and **${s.x}** have a ${strength(s.r)} correlation: **r = ${s.r.toFixed(2)}** over ${s.n.toLocaleString('en-US')} rows (p ${s.p < 0.001 ? '< 0.001' : `= ${s.p.toFixed(3)}`}). The fitted line is ${s.y} ≈ ${s.slope.toFixed(3)} × ${s.x} ${s.intercept >= 0 ? '+' : '−'} ${Math.abs(s.intercept).toFixed(2)}. Correlation is not causation.`,
      links(files),
    ].join('\n\n');
  },
};

// ---------------------------------------------------------------- summary table and HTML report

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
