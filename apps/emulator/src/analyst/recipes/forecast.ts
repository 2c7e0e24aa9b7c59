import { z } from 'zod';
import { fileLinks } from '../../model/answer-text.js';
import type { AnalysisPlan, AnalystRequest, Recipe } from '../recipe.js';
import { baseName, dateColumn, formatNumber, frequencyIn, loadCode, markdownTable, pandasFrequency, periodLabelPython, periodWord, pickTable, slug, valueColumn, type Frequency } from '../tabular.js';

const summarySchema = z.object({
  value: z.string(),
  frequency: z.enum(['daily', 'weekly', 'monthly', 'quarterly', 'yearly']),
  synthetic: z.boolean(),
  history: z.number(),
  first: z.string(),
  last: z.string(),
  model: z.string(),
  simpler: z.string().nullable(),
  confidence: z.number(),
  season: z.number(),
  ranking: z.array(z.object({ model: z.string(), aic: z.number() })),
  forecast: z.array(z.object({ label: z.string(), period: z.string(), mean: z.number(), lower: z.number(), upper: z.number() })),
});

/** Periods per season the order search may model; weekly (52) and yearly series are too short for one. */
const seasonLength: Record<Frequency, number> = { daily: 7, weekly: 0, monthly: 12, quarterly: 4, yearly: 0 };

const modelLabelPython = String.raw`def model_label(order, seasonal, trend):
    """ARIMA(1,1,0) with drift, SARIMA(0,1,1)(1,0,0)[12]: the model as it is usually written."""
    name = "ARIMA(%d,%d,%d)" % order if not seasonal[3] else "SARIMA(%d,%d,%d)(%d,%d,%d)[%d]" % (order + seasonal)
    return name + (" with drift" if trend == "c" else "")
`;

interface ForecastOptions {
  file: string | null;
  date: string | null;
  value: string;
  frequency: Frequency;
  horizon: number;
  window: number | null;
}

/** "next quarter" → 3 months, "next 6 months" → 6, "next year" → 12; in the series' own periods. */
export function horizonIn(text: string, frequency: Frequency): number {
  const lower = text.toLowerCase();
  const count = /\bnext\s+(\d{1,3})\s+(day|week|month|quarter|year)s?\b/.exec(lower);
  const perUnit: Record<string, Record<Frequency, number>> = {
    day: { daily: 1, weekly: 1 / 7, monthly: 1 / 30, quarterly: 1 / 90, yearly: 1 / 365 },
    week: { daily: 7, weekly: 1, monthly: 1 / 4, quarterly: 1 / 13, yearly: 1 / 52 },
    month: { daily: 30, weekly: 4, monthly: 1, quarterly: 1 / 3, yearly: 1 / 12 },
    quarter: { daily: 91, weekly: 13, monthly: 3, quarterly: 1, yearly: 1 / 4 },
    year: { daily: 365, weekly: 52, monthly: 12, quarterly: 4, yearly: 1 },
  };
  const unit = count?.[2] ?? /\bnext\s+(day|week|month|quarter|year)\b/.exec(lower)?.[1];
  const amount = count ? Number(count[1]) : 1;
  if (!unit) return frequency === 'monthly' ? 3 : frequency === 'daily' ? 30 : frequency === 'weekly' ? 12 : frequency === 'quarterly' ? 4 : 2;
  return Math.max(1, Math.round(amount * (perUnit[unit]?.[frequency] ?? 1)));
}

function optionsFor(request: AnalystRequest): ForecastOptions | undefined {
  const previous = request.previous?.recipe === 'forecast' ? (request.previous.options as Partial<ForecastOptions>) : {};
  const window = /\b(?:last|past)\s+(\d{1,3})\s+(?:months|weeks|days|quarters|years)\b/i.exec(request.text);
  const frequency = frequencyIn(request.text) ?? previous.frequency ?? 'monthly';
  const horizon = horizonIn(request.text, frequency);
  if (request.inspection.files.length === 0) return { file: null, date: null, value: /traffic|visit/i.test(request.text) ? 'visits' : 'value', frequency, horizon, window: window ? Number(window[1]) : null };
  const choice = pickTable(request, { date: true, number: true });
  if (!choice) return undefined;
  const date = dateColumn(request.text, choice.table);
  const value = valueColumn(request.text, choice.table, previous.value);
  if (!date || !value) return undefined;
  return { file: choice.file.path, date: date.name, value: value.name, frequency, horizon, window: window ? Number(window[1]) : null };
}

function code(request: AnalystRequest, options: ForecastOptions): string {
  const frequency = JSON.stringify(options.frequency);
  const pandas = JSON.stringify(pandasFrequency[options.frequency]);
  const word = periodWord[options.frequency];
  const stem = slug(`${options.value} forecast`);
  const choice = options.file ? pickTable(request, { date: true, number: true }) : undefined;
  const source = choice
    ? [
        `# Load ${baseName(choice.file.path)}: ${options.value} per ${word}`,
        loadCode(choice, [options.date ?? ''], [options.value]),
        `series = df.dropna(subset=[${JSON.stringify(options.date)}]).set_index(${JSON.stringify(options.date)})[${JSON.stringify(options.value)}].resample(${pandas}).sum()`,
        ...(options.window ? [`series = series.iloc[-${options.window}:]  # the last ${options.window} ${word}s, as asked`] : []),
        'synthetic = False',
      ]
    : [
        `# No file was uploaded: a clearly labelled SYNTHETIC series of ${options.window ?? 24} ${word}s (trend + yearly season + noise)`,
        'rng = np.random.default_rng(42)',
        `periods = pd.date_range(end=pd.Timestamp.today().normalize() - pd.offsets.MonthBegin(1), periods=${options.window ?? 24}, freq=${pandas})`,
        'season = 1 + 0.15 * np.sin(2 * np.pi * (periods.month - 3) / 12)',
        `series = pd.Series((20000 + 400 * np.arange(len(periods))) * season + rng.normal(0, 600, len(periods)), index=periods, name=${JSON.stringify(options.value)}).round()`,
        `series.rename_axis("period").to_frame().to_csv("/mnt/data/synthetic_${slug(options.value)}.csv")`,
        'synthetic = True',
      ];
  return [
    'import json, math, warnings',
    'import numpy as np',
    'import pandas as pd',
    'import matplotlib.pyplot as plt',
    'from statsmodels.tsa.statespace.sarimax import SARIMAX',
    '',
    periodLabelPython,
    modelLabelPython,
    ...source,
    'series = series.asfreq(series.index.freq or pd.infer_freq(series.index))',
    '',
    '# The model: an ARIMA order search by AIC (d = 1 for every candidate, so their AICs compare);',
    '# seasonal terms join the search once there are two full seasons; fewer than 12 points get a random walk with drift',
    `horizon = ${options.horizon}`,
    `season = ${seasonLength[options.frequency]}  # periods per season (0: none for this frequency)`,
    'simpler = None',
    'ranking = []',
    'with warnings.catch_warnings():',
    '    warnings.simplefilter("ignore")  # statsmodels warns about convergence on short series; the AIC still ranks the fit',
    '    if len(series) >= 12:',
    '        candidates = [((p, 1, q), (0, 0, 0, 0), trend) for p in range(3) for q in range(3) for trend in ("n", "c")]',
    '        if season and len(series) >= max(24, 2 * season):',
    '            candidates += [((p, 1, q), (P, 0, Q, season), "c") for p in range(2) for q in range(2) for P, Q in ((1, 0), (0, 1))]',
    '        for order, seasonal, trend in candidates:',
    '            try:',
    '                fit = SARIMAX(series, order=order, seasonal_order=seasonal, trend=trend).fit(disp=False)',
    '            except (ValueError, np.linalg.LinAlgError):',
    '                continue  # an order the data cannot support',
    '            if math.isfinite(fit.aic):',
    '                ranking.append((fit.aic, model_label(order, seasonal, trend), fit))',
    '        ranking.sort(key=lambda entry: entry[0])',
    '        aic, model_name, fitted = ranking[0]',
    '        print("Lowest AIC of", len(ranking), "candidates:")',
    '        for entry in ranking[:5]:',
    '            print(f"  {entry[1]:<32} AIC {entry[0]:.1f}")',
    '    else:',
    '        model_name = "random walk with drift (ARIMA(0,1,0) + drift)"',
    '        simpler = f"the series has only {len(series)} points, too few to choose an ARIMA order"',
    '        fitted = SARIMAX(series, order=(0, 1, 0), trend="c").fit(disp=False)',
    'frame = fitted.get_forecast(steps=horizon).summary_frame(alpha=0.05)',
    '',
    '# Chart: the history, the forecast and its 95% confidence interval',
    'fig, ax = plt.subplots(figsize=(10, 5))',
    `ax.plot(series.index, series.values, marker="o", label="History" + (" (synthetic)" if synthetic else ""))`,
    'ax.plot(frame.index, frame["mean"], marker="o", linestyle="--", color="tab:orange", label=f"Forecast ({model_name})")',
    'ax.fill_between(frame.index, frame["mean_ci_lower"], frame["mean_ci_upper"], color="tab:orange", alpha=0.2, label="95% confidence interval")',
    `ax.set_title(("Synthetic " if synthetic else "") + ${JSON.stringify(`${options.value.charAt(0).toUpperCase()}${options.value.slice(1)}: `)} + str(len(series)) + ${JSON.stringify(` ${word}s of history and a forecast of the next `)} + str(horizon) + ${JSON.stringify(` ${word}s`)})`,
    `ax.set_xlabel(${JSON.stringify(word.charAt(0).toUpperCase() + word.slice(1))})`,
    `ax.set_ylabel(${JSON.stringify(options.value)})`,
    'ax.grid(alpha=0.3)',
    'ax.legend(loc="upper left", frameon=False)',
    `date_ticks(ax, list(series.index) + list(frame.index), ${frequency})`,
    'fig.tight_layout()',
    `fig.savefig("/mnt/data/${stem}.png", dpi=120)`,
    'plt.close(fig)',
    `frame.rename(columns={"mean": "forecast", "mean_ci_lower": "lower_95", "mean_ci_upper": "upper_95"})[["forecast", "lower_95", "upper_95"]].round(2).to_csv("/mnt/data/${stem}.csv", index_label="period")`,
    '',
    'summary = {',
    `    "value": ${JSON.stringify(options.value)}, "frequency": ${frequency}, "synthetic": synthetic, "history": int(len(series)),`,
    `    "first": period_label(series.index[0], ${frequency}), "last": period_label(series.index[-1], ${frequency}),`,
    '    "model": model_name, "simpler": simpler, "confidence": 95, "season": season,',
    '    "ranking": [{"model": name, "aic": round(float(aic), 2)} for aic, name, _ in ranking],',
    `    "forecast": [{"label": period_label(i, ${frequency}), "period": str(i.date()), "mean": float(r["mean"]), "lower": float(r["mean_ci_lower"]), "upper": float(r["mean_ci_upper"])} for i, r in frame.iterrows()],`,
    '}',
    'print(frame.round(2).to_string())',
    'print(json.dumps(summary))',
    '',
  ].join('\n');
}

/** How the model was chosen: the AIC search, its space, and the runner-up. */
function searchSentence(summary: z.infer<typeof summarySchema>): string {
  const [best, runnerUp] = summary.ranking;
  const seasonal = summary.season > 0 && summary.ranking.some((entry) => entry.model.startsWith('SARIMA'));
  const space = `ARIMA(p,1,q) with p, q ≤ 2, with and without drift${seasonal ? `, and, as the series spans two seasons, seasonal SARIMA terms at lag ${summary.season}` : ''}`;
  const second = runnerUp ? ` The runner-up was ${runnerUp.model} (AIC ${runnerUp.aic.toFixed(1)}).` : '';
  return `The model is **${summary.model}**, the lowest AIC${best ? ` (${best.aic.toFixed(1)})` : ''} of ${summary.ranking.length} candidates: ${space}.${second}`;
}

export const forecastRecipe: Recipe = {
  id: 'forecast',
  match(request) {
    const lower = request.text.toLowerCase();
    if (/\b(forecast\w*|predict\w*|projection|project the|arima|sarimax)\b/.test(lower)) return 8;
    if (request.previous?.recipe === 'forecast' && /\b(now|instead|again|next|longer|same)\b/.test(lower)) return 3;
    return 0;
  },
  misfit(request) {
    if (request.inspection.files.length > 0 && !optionsFor(request)) return 'To forecast I need a table with a date column and a numeric column, and none of your files has both.';
    return undefined;
  },
  plan(request): AnalysisPlan {
    const options = optionsFor(request);
    if (!options) throw new Error('forecast: the data does not fit');
    return { code: code(request, options), options: { ...options, output: `/mnt/data/${slug(`${options.value} forecast`)}.csv` } };
  },
  answer(_request, plan, raw, files) {
    const summary = summarySchema.parse(raw);
    const options = plan.options as unknown as ForecastOptions;
    const word = periodWord[summary.frequency];
    const lines: string[] = [];
    if (summary.synthetic) {
      lines.push(`No file was uploaded, so this runs on a **synthetic** series I generated (${summary.history} ${word}s of ${summary.value}, trend + yearly season + noise; saved as CSV below). Upload your own data for a real forecast.`);
    } else {
      lines.push(`I totalled **${summary.value}** per ${word} from \`${baseName(options.file ?? '')}\` (${summary.history} ${word}s, ${summary.first} to ${summary.last}).`);
    }
    if (summary.simpler) lines.push(`I used a simpler model, a ${summary.model}, because ${summary.simpler}.`);
    else lines.push(searchSentence(summary));
    const next = summary.forecast;
    lines.push(`Forecast for the next ${next.length} ${word}${next.length === 1 ? '' : 's'}, with ${summary.confidence}% confidence intervals:`);
    lines.push(markdownTable([word.charAt(0).toUpperCase() + word.slice(1), 'Forecast', `Lower ${summary.confidence}%`, `Upper ${summary.confidence}%`], next.map((row) => [row.label, formatNumber(row.mean, 0), formatNumber(row.lower, 0), formatNumber(row.upper, 0)])));
    const total = next.reduce((sum, row) => sum + row.mean, 0);
    lines.push(`In total about ${formatNumber(total, 0)} over the period; the interval widens further out because each step adds uncertainty.`);
    lines.push(fileLinks(files.map((file) => ({ path: file }))));
    return lines.join('\n\n');
  },
};
