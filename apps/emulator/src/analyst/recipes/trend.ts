import { z } from 'zod';
import { fileLinks } from '../../model/answer-text.js';
import type { AnalysisPlan, AnalystRequest, Recipe } from '../recipe.js';
import {
  baseName,
  categoryColumn,
  chartKindIn,
  dateColumn,
  exportsIn,
  formatNumber,
  frequencyIn,
  normalized,
  loadCode,
  markdownTable,
  pandasFrequency,
  periodLabelPython,
  periodWord,
  pickTable,
  signedPercent,
  slug,
  valueColumn,
  type Frequency,
} from '../tabular.js';

const trendWords = /\b(growth|grow|grew|trend\w*|over time|time series|evolution|change[sd]?|increase[sd]?|decrease[sd]?|month over month|year over year|mom|yoy|per (day|week|month|quarter|year)|monthly|weekly|quarterly|daily|yearly|annual)\b/i;

const summarySchema = z.object({
  value: z.string(),
  frequency: z.enum(['daily', 'weekly', 'monthly', 'quarterly', 'yearly']),
  rows: z.number(),
  start: z.string(),
  end: z.string(),
  total: z.number(),
  periods: z.array(z.object({ label: z.string(), value: z.number(), growth: z.number().nullable() })),
  largest: z.object({ label: z.string(), growth: z.number(), from: z.number(), to: z.number() }).nullable(),
  group: z.string().nullable(),
  groups: z.array(z.object({ name: z.string(), total: z.number(), largest: z.string().nullable(), growth: z.number().nullable() })),
});

interface TrendOptions {
  file: string;
  table: string;
  date: string;
  value: string;
  frequency: Frequency;
  group: string | null;
  chart: 'line' | 'bar';
  svg: boolean;
  /** The inspected name of a column the user quoted in another spelling (used when the quoted one fails). */
  inspectedValue?: string;
}

/** A column name the user put in quotes or backticks, as typed. */
function quotedName(text: string): string | undefined {
  return /[`"“]([^`"”]{1,60})[`"”]/.exec(text)?.[1];
}

function optionsFor(request: AnalystRequest): TrendOptions | undefined {
  const previous = request.previous?.recipe === 'trend' ? (request.previous.options as Partial<TrendOptions>) : {};
  const choice = pickTable(request, { date: true, number: true });
  if (!choice) return undefined;
  const date = dateColumn(request.text, choice.table);
  const value = valueColumn(request.text, choice.table, previous.value);
  if (!date || !value) return undefined;
  const group = categoryColumn(request.text, choice.table)?.name ?? (previous.group !== undefined ? previous.group : null);
  const spanDays = spanOf(date.sample);
  const frequency = frequencyIn(request.text) ?? previous.frequency ?? (spanDays === undefined || spanDays > 62 ? 'monthly' : 'daily');
  const kind = chartKindIn(request.text);
  // Like a model, trust the name the user typed; if it is spelled differently in the file the call raises and repair() uses the inspected one.
  const quoted = quotedName(request.text);
  const typed = quoted !== undefined && quoted !== value.name && normalized(quoted) === normalized(value.name) ? quoted : undefined;
  return {
    file: choice.file.path,
    table: choice.table.name,
    date: date.name,
    value: typed ?? value.name,
    ...(typed ? { inspectedValue: value.name } : {}),
    frequency,
    group,
    chart: kind === 'bar' ? 'bar' : kind === 'line' ? 'line' : (previous.chart ?? 'line'),
    svg: exportsIn(request.text).svg || previous.svg === true,
  };
}

/** Days between the first and last sample dates when they are ISO, else unknown (monthly is the safe default). */
function spanOf(samples: readonly string[]): number | undefined {
  const times = samples.map((sample) => Date.parse(sample)).filter((time) => !Number.isNaN(time));
  if (times.length < 2) return undefined;
  return (Math.max(...times) - Math.min(...times)) / 86_400_000;
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function code(request: AnalystRequest, options: TrendOptions): string {
  const choice = pickTable(request, { date: true, number: true });
  if (!choice) throw new Error('no table');
  const word = periodWord[options.frequency];
  const value = JSON.stringify(options.value);
  const date = JSON.stringify(options.date);
  const stem = trendStem(options);
  const group = options.group ? JSON.stringify(options.group) : null;
  const draw = (axis: string, x: string, y: string, label: string, extra = '') =>
    options.chart === 'bar' ? `${axis}.bar(${x}, ${y}, width=width, label=${label}${extra})` : `${axis}.plot(${x}, ${y}, marker="o", label=${label}${extra})`;
  return [
    'import json, math',
    'import numpy as np',
    'import pandas as pd',
    'import matplotlib.pyplot as plt',
    '',
    periodLabelPython,
    `# Load ${baseName(options.file)} and read its dates`,
    loadCode(choice, [options.date], [options.value]),
    `df = df.dropna(subset=[${date}])`,
    '',
    `# Total ${options.value} per ${word}, and the change from one ${word} to the next`,
    `series = df.set_index(${date})[${value}].resample(${JSON.stringify(pandasFrequency[options.frequency])}).sum()`,
    'growth = (series.pct_change() * 100).replace([np.inf, -np.inf], np.nan)',
    `table = pd.DataFrame({${JSON.stringify(word)}: [period_label(s, ${JSON.stringify(options.frequency)}) for s in series.index], ${value}: series.round(2).values, "change_pct": growth.round(2).values})`,
    ...(group
      ? [
          `by_group = df.pivot_table(index=pd.Grouper(key=${date}, freq=${JSON.stringify(pandasFrequency[options.frequency])}), columns=${group}, values=${value}, aggfunc="sum").reindex(series.index).fillna(0)`,
          'for name in by_group.columns:',
          '    table[f"{name}"] = by_group[name].round(2).values',
        ]
      : []),
    `table.to_csv("/mnt/data/${stem}.csv", index=False)`,
    '',
    `# Chart: the ${word}ly totals on top, the change in % below`,
    'fig, (top, bottom) = plt.subplots(2, 1, figsize=(10, 7), sharex=True, gridspec_kw={"height_ratios": [3, 2]})',
    `width = ${options.frequency === 'daily' ? 0.8 : options.frequency === 'weekly' ? 5 : options.frequency === 'monthly' ? 20 : options.frequency === 'quarterly' ? 60 : 250}  # bar width in days`,
    ...(group
      ? [
          'for name in by_group.columns:',
          options.chart === 'bar'
            ? '    top.bar(by_group.index, by_group[name], width=width, bottom=by_group.loc[:, :name].iloc[:, :-1].sum(axis=1), label=str(name))'
            : '    top.plot(by_group.index, by_group[name], marker="o", label=str(name))',
        ]
      : [draw('top', 'series.index', 'series.values', `"Total ${options.value}"`)]),
    `span = period_label(series.index[0], ${JSON.stringify(options.frequency)}) + " to " + period_label(series.index[-1], ${JSON.stringify(options.frequency)})`,
    `top.set_title(${JSON.stringify(`${capitalized(options.value)} per ${word}, `)} + span)`,
    `top.set_ylabel(${value})`,
    'top.grid(alpha=0.3)',
    'top.legend(loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)  # beside the plot, clear of the data',
    draw('bottom', 'growth.index', 'growth.values', `"Change vs previous ${word} (%)"`, ', color="tab:orange"'),
    'bottom.axhline(0, color="grey", linewidth=0.8)',
    `bottom.set_ylabel("Change (%)")`,
    `bottom.set_xlabel(${JSON.stringify(word.charAt(0).toUpperCase() + word.slice(1))})`,
    'bottom.grid(alpha=0.3)',
    'bottom.legend(loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)',
    `date_ticks(bottom, series.index, ${JSON.stringify(options.frequency)})`,
    'fig.tight_layout()',
    `fig.savefig("/mnt/data/${stem}.png", dpi=120)`,
    ...(options.svg ? [`fig.savefig("/mnt/data/${stem}.svg")`] : []),
    'plt.close(fig)',
    '',
    '# The summary the answer is written from',
    'changes = growth.dropna()',
    'largest = changes.abs().idxmax() if len(changes) else None',
    'summary = {',
    `    "value": ${value}, "frequency": ${JSON.stringify(options.frequency)}, "rows": int(len(df)),`,
    `    "start": str(df[${date}].min().date()), "end": str(df[${date}].max().date()), "total": float(series.sum()),`,
    `    "periods": [{"label": period_label(s, ${JSON.stringify(options.frequency)}), "value": float(v), "growth": None if pd.isna(g) else float(g)} for s, v, g in zip(series.index, series.values, growth.values)],`,
    `    "largest": None if largest is None else {"label": period_label(largest, ${JSON.stringify(options.frequency)}), "growth": float(growth[largest]), "from": float(series.shift(1)[largest]), "to": float(series[largest])},`,
    `    "group": ${group ?? 'None'}, "groups": [],`,
    '}',
    ...(group
      ? [
          'for name in by_group.columns:',
          '    g = (by_group[name].pct_change() * 100).replace([np.inf, -np.inf], np.nan).dropna()',
          `    top_change = g.abs().idxmax() if len(g) else None`,
          `    summary["groups"].append({"name": str(name), "total": float(by_group[name].sum()), "largest": None if top_change is None else period_label(top_change, ${JSON.stringify(options.frequency)}), "growth": None if top_change is None else float(g[top_change])})`,
        ]
      : []),
    'print(table.tail(12).to_string(index=False))',
    'print(json.dumps(summary))',
    '',
  ].join('\n');
}

/** "now per region", "as a bar chart": short, or opening with a word that continues the last request. */
export function isFollowUp(lower: string): boolean {
  const text = lower.trim();
  return /^(now|and|instead|same|as an?|but|then|also|only|just)\b/.test(text) || text.split(/\s+/).length <= 5;
}

/** The file name of the analysis's chart and table: "monthly_revenue_growth". */
function trendStem(options: { frequency: string; value: string; group: string | null }): string {
  return slug(`${options.frequency} ${options.value} growth${options.group ? ` by ${options.group}` : ''}`);
}

export const trendRecipe: Recipe = {
  id: 'trend',
  match(request) {
    const lower = request.text.toLowerCase();
    if (/\b(forecast|predict|projection|arima)\b/.test(lower)) return 0;
    if (trendWords.test(lower)) return 5;
    if (/\b(line chart|line graph|over the (year|months))\b/.test(lower)) return 4;
    if (request.previous?.recipe === 'trend' && isFollowUp(lower)) return 6;
    return 0;
  },
  misfit(request) {
    if (request.inspection.files.length === 0) return 'To show a trend I need a file with dates and numbers, and there is none in this conversation yet.';
    if (!optionsFor(request)) return 'To show a trend over time I need a table with a date column and a numeric column, and none of your files has both.';
    return undefined;
  },
  plan(request): AnalysisPlan {
    const options = optionsFor(request);
    if (!options) throw new Error('trend: the data does not fit (misfit should have said so)');
    return { code: code(request, options), options: { ...options, output: `/mnt/data/${trendStem(options)}.csv` } };
  },
  repair(request, plan, error) {
    const options = plan.options as unknown as TrendOptions;
    if (!/KeyError/.test(error) || !options.inspectedValue) return undefined;
    const fixed: TrendOptions = { ...options, value: options.inspectedValue };
    delete fixed.inspectedValue;
    return { code: code(request, fixed), options: { ...fixed, output: `/mnt/data/${trendStem(fixed)}.csv` } };
  },
  answer(_request, plan, raw, files) {
    const summary = summarySchema.parse(raw);
    const options = plan.options as unknown as TrendOptions;
    const word = periodWord[summary.frequency];
    const lines: string[] = [];
    lines.push(
      `I summed **${summary.value}** per ${word} in \`${baseName(options.file)}\` (${summary.rows.toLocaleString('en-US')} rows, ${summary.start} to ${summary.end}) and computed the change from each ${word} to the next.`,
    );
    if (summary.largest) {
      lines.push(
        `**${summary.largest.label} had the largest change, ${signedPercent(summary.largest.growth)}** (from ${formatNumber(summary.largest.from)} to ${formatNumber(summary.largest.to)}). Over the whole period the total was ${formatNumber(summary.total)}.`,
      );
    } else {
      lines.push(`There is only one ${word} in the data, so there is no change to report; the total was ${formatNumber(summary.total)}.`);
    }
    const shown = summary.periods.slice(-24);
    lines.push(
      markdownTable(
        [word.charAt(0).toUpperCase() + word.slice(1), summary.value, 'Change'],
        shown.map((period) => [period.label, formatNumber(period.value), period.growth === null ? '–' : signedPercent(period.growth)]),
      ),
    );
    if (summary.groups.length > 0) {
      lines.push(
        `Per ${summary.group ?? 'group'}: ${summary.groups
          .map((group) => `${group.name} ${formatNumber(group.total)}${group.largest && group.growth !== null ? ` (largest change ${group.largest}, ${signedPercent(group.growth)})` : ''}`)
          .join('; ')}.`,
      );
    }
    lines.push(fileLinks(files.map((file) => ({ path: file }))));
    return lines.join('\n\n');
  },
};
