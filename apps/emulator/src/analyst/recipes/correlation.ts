import { z } from 'zod';
import type { AnalystRequest, Recipe } from '../recipe.js';
import { baseName, loadCode, pickTable, slug } from '../tabular.js';
import { header, links, numbersOf } from './explore-shared.js';

// Correlation: how two numeric columns move together, as a scatter plot with a fitted line.

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
