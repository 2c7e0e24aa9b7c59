/**
 * What a chart shows, read from the Python that drew it: titles, axis labels, series names and the
 * kind of chart, for matplotlib, seaborn and plotly. A text alternative built from the code, not the
 * pixels: it is only as good as the literals the code uses, and says nothing it cannot find.
 */
import type { ExecutionCard, GeneratedFile } from './state.js';

export type ChartKind = 'line' | 'bar' | 'scatter' | 'histogram' | 'pie' | 'area' | 'box' | 'heatmap';

export interface ChartFacts {
  kinds: ChartKind[];
  titles: string[];
  xLabels: string[];
  yLabels: string[];
  series: string[];
}

const kindOfCall: Record<string, ChartKind> = {
  plot: 'line',
  line: 'line',
  lineplot: 'line',
  relplot: 'line',
  bar: 'bar',
  barh: 'bar',
  barplot: 'bar',
  countplot: 'bar',
  scatter: 'scatter',
  scatterplot: 'scatter',
  hist: 'histogram',
  histogram: 'histogram',
  histplot: 'histogram',
  pie: 'pie',
  fill_between: 'area',
  stackplot: 'area',
  area: 'area',
  boxplot: 'box',
  box: 'box',
  heatmap: 'heatmap',
  imshow: 'heatmap',
};

const stringLiteral = /^[rRbBuU]?([fF]?)[rR]?("""|'''|"|')([\s\S]*)\2$/;

/** The text of a Python string expression: literals kept, `+`-joined names and f-string fields as "…"; null when no literal text. */
function literalText(expression: string): string | null {
  const pieces = splitTopLevel(expression.trim(), '+').map((piece) => {
    const match = stringLiteral.exec(piece.trim());
    if (!match) return '…';
    const [, fString, , body = ''] = match;
    return fString ? body.replace(/\{[^{}]*\}/g, '…') : body;
  });
  const text = pieces
    .join('')
    .replace(/\\n/g, ' ')
    .replace(/(…\s*)+/g, '… ')
    .replace(/^[\s…]+/, '')
    .replace(/[\s…,:;-]+$/, '')
    .replace(/\s+/g, ' ')
    .replace(/… (?=[)\]}.,:;])/g, '…')
    .trim();
  return text === '' ? null : text;
}

/**
 * Walks Python source from `start`, skipping string literals, and calls `visit` with each character outside them and
 * the bracket depth before it (the depth starts at `depth`). Stops when `visit` returns false or the depth drops below
 * zero; returns the index it stopped at.
 */
function walkCode(text: string, start: number, depth: number, visit: (char: string, index: number, depth: number) => boolean): number {
  let quote: string | null = null;
  let index = start;
  for (; index < text.length; index += 1) {
    const char = text[index] ?? '';
    if (quote) {
      if (char === '\\') index += 1;
      else if (char === quote) quote = null;
      continue;
    }
    if (char === '"' || char === "'") {
      quote = char;
      continue;
    }
    if (!visit(char, index, depth)) break;
    if (char === '(' || char === '[' || char === '{') depth += 1;
    else if (char === ')' || char === ']' || char === '}') {
      depth -= 1;
      if (depth < 0) break;
    }
  }
  return index;
}

/** Splits at a separator outside brackets and strings. */
function splitTopLevel(text: string, separator: string): string[] {
  const parts: string[] = [];
  let start = 0;
  walkCode(text, 0, 0, (char, index, depth) => {
    if (depth === 0 && char === separator) {
      parts.push(text.slice(start, index));
      start = index + 1;
    }
    return true;
  });
  parts.push(text.slice(start));
  return parts;
}

interface Call {
  name: string;
  /** The name before the dot (`px` in `px.line(`), or '' for a bare call. */
  owner: string;
  /** The call's arguments, unparsed. */
  args: string;
  /** Offset just after the closing parenthesis. */
  end: number;
}

/** Every `name(` … `)` call in the code (dotted prefixes dropped), with its balanced argument text. */
function calls(code: string): Call[] {
  const found: Call[] = [];
  const pattern = /(?:\b([A-Za-z_][A-Za-z0-9_]*)\s*\.\s*)?\b([A-Za-z_][A-Za-z0-9_]*)\s*\(/g;
  for (let match = pattern.exec(code); match; match = pattern.exec(code)) {
    // The closing parenthesis takes the depth below zero: the walk stops on it.
    const close = walkCode(code, pattern.lastIndex, 0, () => true);
    found.push({ owner: match[1] ?? '', name: match[2] ?? '', args: code.slice(pattern.lastIndex, close), end: Math.min(close + 1, code.length) });
  }
  return found;
}

function keywordArguments(args: string): Map<string, string> {
  const result = new Map<string, string>();
  for (const part of splitTopLevel(args, ',')) {
    const match = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=(?!=)([\s\S]*)$/.exec(part);
    if (match?.[1] && match[2] !== undefined) result.set(match[1], match[2].trim());
  }
  return result;
}

function positional(args: string, position: number): string | undefined {
  return splitTopLevel(args, ',').filter((part) => !/^\s*[A-Za-z_][A-Za-z0-9_]*\s*=(?!=)/.test(part))[position];
}

/** The strings of a list or dict literal (`["a", "b"]`, `{"x": "Month"}` values). */
function listItems(expression: string): string[] {
  const inner = /^[[(]([\s\S]*)[\])]$/.exec(expression.trim())?.[1];
  if (inner === undefined) return [];
  return splitTopLevel(inner, ',').flatMap((item) => {
    const text = literalText(item);
    return text ? [text] : [];
  });
}

function dictEntry(expression: string | undefined, key: string | null): string | null {
  if (!expression || !key) return null;
  const inner = /^\{([\s\S]*)\}$/.exec(expression.trim())?.[1];
  if (inner === undefined) return null;
  for (const entry of splitTopLevel(inner, ',')) {
    const [name, value] = splitTopLevel(entry, ':');
    if (name !== undefined && value !== undefined && literalText(name) === key) return literalText(value);
  }
  return null;
}

function addUnique(list: string[], value: string | null | undefined): void {
  if (value && !list.includes(value)) list.push(value);
}

/** The part of the code that draws `filename`: from after the previous savefig of another file to its own savefig. */
function codeForFile(code: string, filename: string | null): string {
  if (!filename) return code;
  const stem = filename.replace(/\.[^.]+$/, '');
  const saves = calls(code).filter((call) => call.name === 'savefig' || call.name === 'write_image' || call.name === 'write_html');
  let start = 0;
  for (const save of saves) {
    const target = literalText(positional(save.args, 0) ?? '') ?? '';
    const targetName = target.slice(target.lastIndexOf('/') + 1);
    if (targetName === filename) return code.slice(start, save.end);
    if (targetName.replace(/\.[^.]+$/, '') !== stem) start = save.end;
  }
  return code;
}

/** Title, axis labels, series and kinds of the chart `filename` (or of all charts in the code when null). */
export function chartFacts(code: string, filename: string | null = null): ChartFacts {
  const facts: ChartFacts = { kinds: [], titles: [], xLabels: [], yLabels: [], series: [] };
  const columnX: string[] = [];
  const columnY: string[] = [];
  for (const call of calls(codeForFile(code, filename))) {
    const keywords = keywordArguments(call.args);
    const first = positional(call.args, 0);
    // pandas: `df.plot(kind="bar")` draws a bar chart, not a line.
    const pandasKind = call.name === 'plot' ? keywords.get('kind') : undefined;
    const kind = (pandasKind ? kindOfCall[literalText(pandasKind) ?? ''] : undefined) ?? kindOfCall[call.name];
    if (kind && !facts.kinds.includes(kind)) facts.kinds.push(kind);
    switch (call.name) {
      case 'set_title':
      case 'title':
      case 'suptitle':
        addUnique(facts.titles, first === undefined ? null : literalText(first));
        break;
      case 'set_xlabel':
      case 'xlabel':
        addUnique(facts.xLabels, first === undefined ? null : literalText(first));
        break;
      case 'set_ylabel':
      case 'ylabel':
        addUnique(facts.yLabels, first === undefined ? null : literalText(first));
        break;
      case 'legend': {
        const entries = keywords.get('labels') ?? first;
        for (const item of entries ? listItems(entries) : []) addUnique(facts.series, item);
        break;
      }
      case 'update_layout':
      case 'set': {
        const title = keywords.get('title') ?? keywords.get('title_text');
        addUnique(facts.titles, title ? literalText(title) : null);
        const x = keywords.get('xaxis_title') ?? keywords.get('xlabel');
        const y = keywords.get('yaxis_title') ?? keywords.get('ylabel');
        addUnique(facts.xLabels, x ? literalText(x) : null);
        addUnique(facts.yLabels, y ? literalText(y) : null);
        break;
      }
      default:
        break;
    }
    if (!kind) continue;
    const label = keywords.get('label') ?? keywords.get('name');
    addUnique(facts.series, label ? literalText(label) : null);
    // Plotly express and seaborn name their axes after columns (or plotly's `labels=`) unless the code sets them.
    const title = keywords.get('title');
    addUnique(facts.titles, title ? literalText(title) : null);
    const labels = keywords.get('labels');
    const column = (name: string) => {
      const value = keywords.get(name);
      const text = value && /^\s*[fFrRbBuU]?["']/.test(value) ? literalText(value) : null;
      return text ? (dictEntry(labels, text) ?? text) : null;
    };
    addUnique(columnX, column('x'));
    addUnique(columnY, column('y'));
    const group = column('hue') ?? (call.owner === 'px' ? column('color') : null);
    if (group) addUnique(facts.series, `by ${group}`);
  }
  if (facts.xLabels.length === 0) facts.xLabels.push(...columnX);
  if (facts.yLabels.length === 0) facts.yLabels.push(...columnY);
  return facts;
}

const kindWords: Record<ChartKind, string> = { line: 'line', bar: 'bar', scatter: 'scatter', histogram: 'histogram', pie: 'pie', area: 'area', box: 'box', heatmap: 'heatmap' };

function listed(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

/** The facts as one English sentence, e.g. `Line chart "Revenue per month": Month on the x-axis, revenue on the y-axis; series: Total revenue.` */
export function chartSentence(facts: ChartFacts): string | null {
  if (facts.kinds.length === 0 && facts.titles.length === 0 && facts.xLabels.length === 0 && facts.yLabels.length === 0) return null;
  const standsAlone = facts.kinds.length === 1 && (facts.kinds[0] === 'histogram' || facts.kinds[0] === 'heatmap');
  const kind = facts.kinds.length === 0 ? 'Chart' : `${listed(facts.kinds.map((k) => kindWords[k]))}${standsAlone ? '' : ' chart'}`;
  const head = `${kind.charAt(0).toUpperCase()}${kind.slice(1)}${facts.titles.length > 0 ? ` “${facts.titles.join(' / ')}”` : ''}`;
  const axes = [facts.xLabels.length > 0 ? `${listed(facts.xLabels)} on the x-axis` : null, facts.yLabels.length > 0 ? `${listed(facts.yLabels)} on the y-axis` : null].filter((part) => part !== null);
  const series = facts.series.length > 0 ? `series: ${facts.series.join(', ')}` : null;
  return `${head}${axes.length > 0 ? `: ${axes.join(', ')}` : ''}${series ? `; ${series}` : ''}.`;
}

/** A short text alternative for the chart `file` that `call` drew, or null when its code says nothing about it. */
export function describeChart(call: Pick<ExecutionCard, 'code'>, file: Pick<GeneratedFile, 'filename'> | null): string | null {
  return chartSentence(chartFacts(call.code, file?.filename ?? null));
}
