import { z } from 'zod';
import { fileLinks } from '../../model/answer-text.js';
import type { AnalysisPlan, AnalystRequest, Recipe } from '../recipe.js';
import { baseName, exportsIn, pickTable, slug } from '../tabular.js';

/** "Export that to Excel / PDF / Word": the previous analysis's table (or the uploaded table) in the asked formats. */

const exportSummary = z.object({ source: z.string(), rows: z.number(), written: z.array(z.string()), shownRows: z.number().optional() });

const formatOrder = ['xlsx', 'csv', 'pdf', 'docx', 'png', 'svg'] as const;
type ExportFormat = (typeof formatOrder)[number];

interface ExportOptions {
  source: string;
  sourceKind: 'csv-output' | 'user-table';
  formats: ExportFormat[];
  stem: string;
}

/** The most rows a PDF or Word table shows; the full table stays in the CSV/Excel exports. */
const documentRows = 200;

function optionsFor(request: AnalystRequest): ExportOptions | undefined {
  const asked = exportsIn(request.text);
  const formats = formatOrder.filter((format) => asked[format]);
  if (formats.length === 0) return undefined;
  const previousOutput = request.previous?.options['output'];
  if (typeof previousOutput === 'string') return { source: previousOutput, sourceKind: 'csv-output', formats, stem: baseName(previousOutput).replace(/\.csv$/i, '') };
  const choice = pickTable(request);
  if (!choice) return undefined;
  return { source: choice.file.path, sourceKind: 'user-table', formats, stem: slug(baseName(choice.file.path).replace(/\.[a-z]+$/i, '')) };
}

/** Python shared by the chart and document exports: a chart of the table, cells as people read them. */
const exportHelpers = String.raw`def table_chart(table, title):
    """The table's first numeric column against its first column: bars for a few categories, else a line."""
    numeric = table.select_dtypes("number")
    if numeric.empty:
        return None
    labels = table.iloc[:, 0].astype(str)
    fig, ax = plt.subplots(figsize=(9, 5))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # pandas warns when it guesses a date format
        periods = pd.to_datetime(labels, errors="coerce").notna().all()  # "2024-03", "March 2024": a line over time
    if len(table) <= 20 and not periods:
        ax.bar(labels, numeric.iloc[:, 0], label=str(numeric.columns[0]))
    else:
        ax.plot(labels, numeric.iloc[:, 0], marker="o", label=str(numeric.columns[0]))
    ax.set_title(title)
    ax.set_xlabel(str(table.columns[0]))
    ax.set_ylabel(str(numeric.columns[0]))
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
    step = max(1, math.ceil(len(table) / 12))  # at most 12 labelled ticks
    ax.set_xticks(range(0, len(table), step))
    ax.set_xticklabels(labels[::step], rotation=45, ha="right")
    ax.grid(alpha=0.3)
    fig.tight_layout()
    return fig


def cell_text(value):
    """1234.5 -> '1,234.50'; blanks empty; everything else as written."""
    if isinstance(value, float) and math.isnan(value):
        return ""
    if isinstance(value, float):
        return f"{value:,.2f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def chart_png(table, title):
    """The chart as PNG bytes for a document, or None when the table has no numbers."""
    fig = table_chart(table, title)
    if fig is None:
        return None
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=150)
    plt.close(fig)
    buffer.seek(0)
    return buffer
`;

function pdfCode(stem: string, title: string): string[] {
  return [
    '# PDF report (reportlab): title, what it holds, the chart, the table with a repeated header row',
    'from reportlab.lib import colors',
    'from reportlab.lib.pagesizes import A4, landscape',
    'from reportlab.lib.styles import getSampleStyleSheet',
    'from reportlab.lib.units import cm',
    'from reportlab.platypus import Image, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle',
    'styles = getSampleStyleSheet()',
    `story = [Paragraph(${JSON.stringify(title)}, styles["Title"]), Paragraph(intro, styles["Normal"]), Spacer(1, 0.4 * cm)]`,
    'png = chart_png(table, title)',
    'if png is not None:',
    '    story += [Image(png, width=22 * cm, height=22 * cm * 5 / 9), Spacer(1, 0.4 * cm)]',
    'cells = [[str(c) for c in table.columns]] + [[cell_text(v) for v in row] for row in shown.itertuples(index=False)]',
    'grid = Table(cells, repeatRows=1)',
    'grid.setStyle(TableStyle([',
    '    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1f4e79")), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),',
    '    ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"), ("FONTSIZE", (0, 0), (-1, -1), 8),',
    '    ("ALIGN", (1, 1), (-1, -1), "RIGHT"), ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#eef3f8")]),',
    '    ("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#9db3c8")),',
    ']))',
    'story.append(grid)',
    `SimpleDocTemplate("/mnt/data/${stem}.pdf", pagesize=landscape(A4), title=${JSON.stringify(title)}).build(story)`,
    `written.append("${stem}.pdf")`,
  ];
}

function docxCode(stem: string, title: string): string[] {
  return [
    '# Word document (python-docx): heading, what it holds, the chart, the table',
    'import docx',
    'from docx.shared import Cm',
    'document = docx.Document()',
    `document.add_heading(${JSON.stringify(title)}, level=1)`,
    'document.add_paragraph(intro)',
    'png = chart_png(table, title)',
    'if png is not None:',
    '    document.add_picture(png, width=Cm(16))',
    'grid = document.add_table(rows=1, cols=len(table.columns))',
    'grid.style = "Light Grid Accent 1"',
    'for cell, name in zip(grid.rows[0].cells, table.columns):',
    '    cell.text = str(name)',
    'for row in shown.itertuples(index=False):',
    '    for cell, value in zip(grid.add_row().cells, row):',
    '        cell.text = cell_text(value)',
    `document.save("/mnt/data/${stem}.docx")`,
    `written.append("${stem}.docx")`,
  ];
}

export const exportRecipe: Recipe = {
  id: 'export',
  match(request) {
    const lower = request.text.toLowerCase();
    const asked = exportsIn(lower);
    if (!formatOrder.some((format) => asked[format])) return 0;
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
    const title = options.stem.replace(/_/g, ' ').replace(/^./, (first) => first.toUpperCase());
    const documents = options.formats.includes('pdf') || options.formats.includes('docx');
    const lines = ['import io, json, math, warnings', 'import pandas as pd', 'import matplotlib.pyplot as plt', '', exportHelpers, `# The table to export: ${baseName(options.source)}`, load, `title = ${JSON.stringify(title)}`, 'written = []'];
    if (documents) {
      lines.push(
        `shown = table.head(${documentRows})  # documents show at most ${documentRows} rows; the CSV/Excel exports keep all`,
        `intro = f"{len(table):,} rows from ${baseName(options.source)}" + (f", the first {len(shown)} shown" if len(shown) < len(table) else "") + "."`,
      );
    }
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
    if (options.formats.includes('pdf')) lines.push(...pdfCode(options.stem, title));
    if (options.formats.includes('docx')) lines.push(...docxCode(options.stem, title));
    for (const format of options.formats.filter((f) => f === 'png' || f === 'svg')) {
      lines.push(
        'fig = table_chart(table, title)',
        'if fig is not None:',
        `    fig.savefig("/mnt/data/${options.stem}.${format}"${format === 'png' ? ', dpi=120' : ''})`,
        '    plt.close(fig)',
        `    written.append("${options.stem}.${format}")`,
      );
    }
    const shownRows = documents ? ', "shownRows": int(len(shown))' : '';
    lines.push(`print(json.dumps({"source": ${JSON.stringify(baseName(options.source))}, "rows": int(len(table)), "written": written${shownRows}}))`, '');
    return { code: lines.join('\n'), options: { ...options, output: options.sourceKind === 'csv-output' ? options.source : undefined } };
  },
  answer(_request, plan, raw, files) {
    const s = exportSummary.parse(raw);
    const options = plan.options as unknown as ExportOptions;
    const lines = [`I exported \`${s.source}\` (${s.rows.toLocaleString('en-US')} rows) as ${s.written.map((name) => `\`${name}\``).join(', ')}.`];
    const charts = options.formats.filter((format) => format === 'png' || format === 'svg');
    if (charts.length > 0 && !s.written.some((name) => /\.(png|svg)$/.test(name))) lines.push('The table has no numeric column, so there was no chart to draw.');
    if (s.shownRows !== undefined && s.shownRows < s.rows) lines.push(`The PDF/Word table shows the first ${s.shownRows} rows; the CSV and Excel exports hold them all.`);
    lines.push(fileLinks(files.map((file) => ({ path: file }))));
    return lines.join('\n\n');
  },
};
