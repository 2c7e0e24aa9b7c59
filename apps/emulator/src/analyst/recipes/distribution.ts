import { z } from 'zod';
import type { AnalystRequest, Recipe } from '../recipe.js';
import { baseName, formatNumber, loadCode, pickTable, slug, valueColumn } from '../tabular.js';
import { header, links, previousOf } from './explore-shared.js';

// Distribution: how one numeric column spreads, as a histogram and its quantiles.

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
