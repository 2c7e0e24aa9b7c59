import { z } from 'zod';
import type { AnalysisPlan, AnalystRequest, Recipe } from '../recipe.js';
import { baseName, categoryColumn, chartKindIn, defaultCategory, exportsIn, formatNumber, loadCode, markdownTable, pickTable, slug, valueColumn } from '../tabular.js';
import { header, links, previousOf } from './explore-shared.js';

// Compare by category: a value totalled or averaged per category, as a bar chart and a table.

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
