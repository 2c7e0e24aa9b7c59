import { z } from 'zod';
import { fileLinks } from '../../model/answer-text.js';
import type { AnalysisPlan, AnalystRequest, Recipe } from '../recipe.js';
import { baseName, exportsIn, pickTable, slug } from '../tabular.js';

/** "Export that to Excel": the previous analysis's table (or the uploaded table) in the asked formats. */

const exportSummary = z.object({ source: z.string(), rows: z.number(), written: z.array(z.string()) });

interface ExportOptions {
  source: string;
  sourceKind: 'csv-output' | 'user-table';
  formats: Array<'xlsx' | 'csv' | 'png' | 'svg'>;
  stem: string;
}

function optionsFor(request: AnalystRequest): ExportOptions | undefined {
  const asked = exportsIn(request.text);
  const formats = (['xlsx', 'csv', 'png', 'svg'] as const).filter((format) => asked[format]);
  if (formats.length === 0) return undefined;
  const previousOutput = request.previous?.options['output'];
  if (typeof previousOutput === 'string') return { source: previousOutput, sourceKind: 'csv-output', formats, stem: baseName(previousOutput).replace(/\.csv$/i, '') };
  const choice = pickTable(request);
  if (!choice) return undefined;
  return { source: choice.file.path, sourceKind: 'user-table', formats, stem: slug(baseName(choice.file.path).replace(/\.[a-z]+$/i, '')) };
}

export const exportRecipe: Recipe = {
  id: 'export',
  match(request) {
    const lower = request.text.toLowerCase();
    const asked = exportsIn(lower);
    if (!(asked.xlsx || asked.csv || asked.png || asked.svg)) return 0;
    if (/\b(export|save|convert|download|turn|write|as an?|to)\b/.test(lower) && (request.previous || /\b(convert|export)\b/.test(lower))) return 7;
    return 0;
  },
  misfit(request) {
    return optionsFor(request) ? undefined : 'There is no table to export yet: run an analysis first, or upload a table.';
  },
  plan(request): AnalysisPlan {
    const options = optionsFor(request);
    const choice = pickTable(request);
    if (!options) throw new Error('export: nothing to export');
    const load =
      options.sourceKind === 'csv-output' || !choice
        ? `table = pd.read_csv(${JSON.stringify(options.source)})`
        : choice.file.kind === 'xlsx'
          ? `table = pd.read_excel(${JSON.stringify(options.source)}, sheet_name=${JSON.stringify(choice.table.name)}, header=${choice.table.headerRow ?? 0})`
          : `table = pd.read_csv(${JSON.stringify(options.source)}, sep=${JSON.stringify(choice.file.delimiter ?? ',')}, encoding=${JSON.stringify(choice.file.encoding ?? 'utf-8')}${choice.file.decimal === ',' ? ', decimal=",", thousands="."' : ''})`;
    const lines = ['import json', 'import pandas as pd', 'import matplotlib.pyplot as plt', '', `# The table to export: ${baseName(options.source)}`, load, 'written = []'];
    if (options.formats.includes('xlsx')) {
      lines.push(
        `with pd.ExcelWriter("/mnt/data/${options.stem}.xlsx", engine="openpyxl") as writer:`,
        `    table.to_excel(writer, sheet_name=${JSON.stringify(options.stem.slice(0, 31))}, index=False)`,
        `    sheet = writer.sheets[${JSON.stringify(options.stem.slice(0, 31))}]`,
        '    for cells in sheet.columns:  # widths that fit the longest value',
        '        sheet.column_dimensions[cells[0].column_letter].width = min(50, max(len(str(c.value or "")) for c in cells) + 2)',
        `written.append("${options.stem}.xlsx")`,
      );
    }
    if (options.formats.includes('csv')) lines.push(`table.to_csv("/mnt/data/${options.stem}_export.csv", index=False)`, `written.append("${options.stem}_export.csv")`);
    for (const format of options.formats.filter((f) => f === 'png' || f === 'svg')) {
      lines.push(
        'fig, ax = plt.subplots(figsize=(9, 5))',
        'numeric = table.select_dtypes("number")',
        'ax.plot(table.iloc[:, 0].astype(str), numeric.iloc[:, 0], marker="o", label=str(numeric.columns[0]))',
        `ax.set_title(${JSON.stringify(options.stem.replace(/_/g, ' '))})`,
        'ax.set_xlabel(str(table.columns[0]))',
        'ax.set_ylabel(str(numeric.columns[0]))',
        'ax.legend(loc="upper left", frameon=False)',
        'ax.set_xticks(ax.get_xticks()[:: max(1, len(table) // 12)])',
        'plt.setp(ax.get_xticklabels(), rotation=45, ha="right")',
        'fig.tight_layout()',
        `fig.savefig("/mnt/data/${options.stem}.${format}"${format === 'png' ? ', dpi=120' : ''})`,
        'plt.close(fig)',
        `written.append("${options.stem}.${format}")`,
      );
    }
    lines.push(`print(json.dumps({"source": ${JSON.stringify(baseName(options.source))}, "rows": int(len(table)), "written": written}))`, '');
    return { code: lines.join('\n'), options: { ...options, output: options.sourceKind === 'csv-output' ? options.source : undefined } };
  },
  answer(_request, _plan, raw, files) {
    const s = exportSummary.parse(raw);
    return [`I exported \`${s.source}\` (${s.rows.toLocaleString('en-US')} rows) as ${s.written.map((name) => `\`${name}\``).join(', ')}.`, fileLinks(files.map((file) => ({ path: file })))].join('\n\n');
  },
};
