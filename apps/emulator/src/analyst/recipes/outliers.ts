import { z } from 'zod';
import { fileLinks } from '../../model/answer-text.js';
import type { AnalysisPlan, AnalystRequest, Recipe } from '../recipe.js';
import { baseName, formatNumber, loadCode, markdownTable, pickTable, valueColumn } from '../tabular.js';

const summarySchema = z.object({
  synthetic: z.boolean(),
  value: z.string(),
  count: z.number(),
  mean: z.number(),
  std: z.number(),
  threshold: z.number(),
  planted: z.array(z.number()).nullable(),
  zscore: z.array(z.object({ index: z.number(), label: z.string(), value: z.number(), z: z.number() })),
  iqr: z.object({ low: z.number(), high: z.number(), count: z.number() }),
});

interface OutlierOptions {
  file: string | null;
  value: string;
  threshold: number;
}

const detector = String.raw`def find_outliers(values, threshold=3.0):
    """Indices, values and z-scores of the points more than threshold standard deviations from the mean."""
    values = np.asarray(values, dtype=float)
    z = (values - np.nanmean(values)) / np.nanstd(values)
    flagged = np.flatnonzero(np.abs(z) > threshold)
    return [(int(i), float(values[i]), float(z[i])) for i in flagged]


def iqr_bounds(values, k=1.5):
    """Tukey's fences: below Q1 - k*IQR or above Q3 + k*IQR is an outlier."""
    q1, q3 = np.nanpercentile(values, [25, 75])
    return q1 - k * (q3 - q1), q3 + k * (q3 - q1)
`;

function optionsFor(request: AnalystRequest): OutlierOptions | undefined {
  const threshold = Number(/\b(?:threshold|z)\s*(?:of|=|>)?\s*(\d(?:\.\d)?)\b/i.exec(request.text)?.[1] ?? 3);
  if (request.inspection.files.length === 0) return { file: null, value: 'value', threshold };
  const choice = pickTable(request, { number: true });
  const value = choice ? valueColumn(request.text, choice.table) : undefined;
  if (!choice || !value) return undefined;
  return { file: choice.file.path, value: value.name, threshold };
}

function code(request: AnalystRequest, options: OutlierOptions): string {
  const choice = options.file ? pickTable(request, { number: true }) : undefined;
  const dates = choice?.table.columns.filter((column) => column.dtype === 'date').map((column) => column.name) ?? [];
  const labelColumn = choice?.table.columns.find((column) => column.dtype === 'date' || column.dtype === 'text')?.name;
  const source = choice
    ? [
        `# Load ${baseName(choice.file.path)} and test its ${options.value} column`,
        loadCode(choice, dates.slice(0, 1), [options.value]),
        `df = df.dropna(subset=[${JSON.stringify(options.value)}]).reset_index(drop=True)`,
        `values = df[${JSON.stringify(options.value)}]`,
        labelColumn ? `labels = df[${JSON.stringify(labelColumn)}].astype(str)` : 'labels = pd.Series([f"row {i + 2}" for i in range(len(df))])',
        'planted = None',
      ]
    : [
        '# A small synthetic dataset: 200 readings around 50, with 4 outliers planted at known places',
        'rng = np.random.default_rng(7)',
        'values = pd.Series(rng.normal(50, 5, 200).round(2), name="value")',
        'planted = [23, 87, 142, 181]',
        'values[planted] = [92.0, 8.5, 104.3, 3.1]',
        'labels = pd.Series([f"point {i}" for i in range(len(values))])',
        'values.rename_axis("index").to_frame().to_csv("/mnt/data/synthetic_data.csv")',
      ];
  return [
    'import json',
    'import numpy as np',
    'import pandas as pd',
    'import matplotlib.pyplot as plt',
    '',
    detector,
    ...source,
    '',
    '# The detector as a module of its own, to reuse outside this notebook',
    `module_source = ${JSON.stringify(`"""Outlier detection by z-score, with Tukey's IQR fences as a robust check."""\nimport numpy as np\n\n\n${detector}`)}`,
    'with open("/mnt/data/outlier_detection.py", "w", encoding="utf-8") as handle:',
    '    handle.write(module_source)',
    '',
    `found = find_outliers(values, threshold=${options.threshold})`,
    'low, high = iqr_bounds(values)',
    'iqr_flags = (values < low) | (values > high)',
    'mean, std = float(values.mean()), float(values.std(ddof=0))',
    'for index, value, z in found:',
    '    print(f"{labels[index]}: {value:.2f} (z = {z:+.2f})")',
    '',
    '# Chart: every point, the z-score outliers circled, the ±threshold band shaded',
    'fig, ax = plt.subplots(figsize=(10, 4.5))',
    'ax.scatter(range(len(values)), values, s=12, label="values")',
    'ax.scatter([i for i, _, _ in found], [v for _, v, _ in found], s=90, facecolors="none", edgecolors="red", linewidths=1.5, label="z-score outliers")',
    `ax.axhspan(mean - ${options.threshold} * std, mean + ${options.threshold} * std, color="grey", alpha=0.12, label="within ±${options.threshold} standard deviations")`,
    `ax.set_title(${JSON.stringify(`Outliers in ${options.value}`)} + (" (synthetic data)" if planted is not None else ""))`,
    'ax.set_xlabel("Row")',
    `ax.set_ylabel(${JSON.stringify(options.value)})`,
    'ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)',
    'fig.tight_layout()',
    'fig.savefig("/mnt/data/outliers.png", dpi=120)',
    'plt.close(fig)',
    'pd.DataFrame([{"label": labels[i], "value": v, "z_score": round(z, 2)} for i, v, z in found], columns=["label", "value", "z_score"]).to_csv("/mnt/data/outliers.csv", index=False)',
    '',
    'summary = {',
    `    "synthetic": planted is not None, "value": ${JSON.stringify(options.value)}, "count": int(len(values)), "mean": mean, "std": std, "threshold": ${options.threshold},`,
    '    "planted": planted, "zscore": [{"index": i, "label": str(labels[i]), "value": v, "z": z} for i, v, z in found],',
    '    "iqr": {"low": float(low), "high": float(high), "count": int(iqr_flags.sum())},',
    '}',
    'print(json.dumps(summary))',
    '',
  ].join('\n');
}

export const outliersRecipe: Recipe = {
  id: 'outliers',
  match(request) {
    const lower = request.text.toLowerCase();
    if (/\b(outliers?|anomal\w*|z-?scores?|iqr|unusual values?)\b/.test(lower)) return 7;
    return 0;
  },
  misfit(request) {
    if (request.inspection.files.length > 0 && !optionsFor(request)) return 'To look for outliers I need a numeric column, and none of your files has one.';
    return undefined;
  },
  plan(request): AnalysisPlan {
    const options = optionsFor(request);
    if (!options) throw new Error('outliers: the data does not fit');
    return { code: code(request, options), options: { ...options, output: '/mnt/data/outliers.csv' } };
  },
  answer(_request, plan, raw, files) {
    const summary = summarySchema.parse(raw);
    const options = plan.options as unknown as OutlierOptions;
    const lines: string[] = [];
    lines.push(
      summary.synthetic
        ? `I wrote \`find_outliers(values, threshold=3.0)\`: it standardises the values (z = (x − mean) / standard deviation) and flags every point with |z| > ${summary.threshold}. To show it working I generated a **synthetic** dataset of ${summary.count} readings around 50 and planted outliers at indices ${(summary.planted ?? []).join(', ')}.`
        : `I tested **${summary.value}** in \`${baseName(options.file ?? '')}\` (${summary.count.toLocaleString('en-US')} values, mean ${formatNumber(summary.mean)}, standard deviation ${formatNumber(summary.std)}) with z-scores (|z| > ${summary.threshold}) and with the IQR rule.`,
    );
    if (summary.zscore.length === 0) lines.push(`No value is more than ${summary.threshold} standard deviations from the mean.`);
    else {
      lines.push(`**${summary.zscore.length} outlier${summary.zscore.length === 1 ? '' : 's'} by z-score:**`);
      lines.push(markdownTable(['Where', 'Value', 'z-score'], summary.zscore.map((row) => [row.label, formatNumber(row.value), `${row.z >= 0 ? '+' : ''}${row.z.toFixed(2)}`])));
    }
    if (summary.planted) {
      const found = new Set(summary.zscore.map((row) => row.index));
      const all = summary.planted.every((index) => found.has(index));
      lines.push(all ? `All ${summary.planted.length} planted outliers were found${summary.zscore.length > summary.planted.length ? ', plus some natural extremes' : ', and nothing else'}.` : `Not every planted outlier was caught at |z| > ${summary.threshold}: a large outlier inflates the standard deviation and can mask smaller ones (the IQR rule is more robust to that).`);
    }
    lines.push(`The IQR rule (outside ${formatNumber(summary.iqr.low)} … ${formatNumber(summary.iqr.high)}) flags ${summary.iqr.count} value${summary.iqr.count === 1 ? '' : 's'}.`);
    lines.push('The detector is saved as a module, `outlier_detection.py`, to reuse in your own code.');
    lines.push(fileLinks(files.map((file) => ({ path: file }))));
    return lines.join('\n\n');
  },
};
