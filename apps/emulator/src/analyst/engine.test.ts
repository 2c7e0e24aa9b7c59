import { describe, expect, it } from 'vitest';
import { explicitScenario, planTurn } from '../model/scenarios.js';
import { analystTurn, chooseRecipe, describeInspection, smallTalk } from './engine.js';
import { lastJsonLine } from './inspection-schema.js';
import type { AnalystRequest, InspectedColumn, Inspection } from './recipe.js';
import { horizonIn } from './recipes/forecast.js';
import { categoryColumn, chartKindIn, frequencyIn, valueColumn } from './tabular.js';

const column = (name: string, dtype: InspectedColumn['dtype'], distinct = 10): InspectedColumn => ({ name, dtype, nonNull: 100, distinct, sample: [] });

const sales: Inspection = {
  files: [
    {
      path: '/mnt/data/sales_2024.csv',
      kind: 'csv',
      bytes: 1000,
      delimiter: ',',
      encoding: 'utf-8',
      tables: [{ name: 'sales_2024.csv', rows: 2000, columns: [column('date', 'date', 366), column('region', 'text', 4), column('product', 'text', 3), column('units', 'number'), column('revenue', 'number')] }],
    },
  ],
};

const request = (text: string, inspection: Inspection = sales, previous?: AnalystRequest['previous']): AnalystRequest => ({ text, inspection, ...(previous ? { previous } : {}) });
const chosen = (text: string, inspection: Inspection = sales, previous?: AnalystRequest['previous']) => chooseRecipe(request(text, inspection, previous))?.id;

describe('choosing a recipe', () => {
  it.each([
    ["I've uploaded sales_2024.csv. Can you calculate monthly revenue growth and visualize it with a line chart?", 'trend'],
    ['Make a chart of monthly revenue by region from sales_2024.csv.', 'trend'],
    ['Show the revenue per region as a table.', 'compare'],
    ['Revenue by product as a pie chart', 'compare'],
    ['Show the distribution of units', 'distribution'],
    ['Is revenue correlated with units?', 'correlation'],
    ['Are there any outliers in revenue?', 'outliers'],
    ["Forecast next quarter's revenue", 'forecast'],
    ['Build an interactive HTML report of units sold per product', 'html-report'],
    ['Summarize this file', 'summary'],
    ['Export this table to Excel', 'export'],
  ])('%s → %s', (text, recipe) => {
    expect(chosen(text)).toBe(recipe);
  });

  it('needs no file for the outlier prototype and the forecast, and nothing matches small talk', () => {
    const none: Inspection = { files: [] };
    expect(chosen('Prototype a function that detects outliers using z-scores and show it working on a small synthetic dataset.', none)).toBe('outliers');
    expect(chosen("Forecast next quarter's website traffic from the last 24 months using ARIMA and plot the prediction with confidence intervals.", none)).toBe('forecast');
    expect(chosen('hello there', none)).toBeUndefined();
  });

  it('builds follow-ups on the previous analysis', () => {
    const previous = { recipe: 'trend', options: { value: 'revenue', frequency: 'monthly', group: null, chart: 'line' } };
    expect(chosen('now per region', sales, previous)).toBe('trend');
    expect(chosen('as a bar chart', sales, previous)).toBe('trend');
    expect(chosen('Show the distribution of units across all the rows', sales, previous)).toBe('distribution');
    expect(chosen('export that to Excel', sales, previous)).toBe('export');
    expect(chosen('export that to Excel', sales, { recipe: 'compare', options: { output: '/mnt/data/revenue_by_region.csv' } })).toBe('export');
    const compared = { recipe: 'compare', options: { output: '/mnt/data/revenue_by_region.csv' } };
    expect(chosen('export that table to PDF', sales, compared)).toBe('export');
    expect(chosen('save it as a Word document', sales, compared)).toBe('export');
    const pdf: Inspection = { files: [{ path: '/mnt/data/r.pdf', kind: 'pdf', bytes: 10, tables: [] }] };
    expect(chosen('Extract the table from page 3 of this PDF into a CSV and summarize the key metrics by category.', pdf, compared)).toBe('pdf-table');
  });
});

describe('reading the request', () => {
  const table = sales.files[0]?.tables[0];
  it('finds measures, categories, frequencies, chart kinds and horizons from the words', () => {
    if (!table) throw new Error('no table');
    expect(valueColumn('monthly sales growth', table)?.name).toBe('revenue');
    expect(valueColumn('units per region', table)?.name).toBe('units');
    expect(categoryColumn('now per region', table)?.name).toBe('region');
    expect(frequencyIn('calculate monthly revenue growth')).toBe('monthly');
    expect(frequencyIn('quarter over quarter')).toBe('quarterly');
    expect(chartKindIn('visualize it with a line chart')).toBe('line');
    expect(chartKindIn('as a bar chart')).toBe('bar');
    expect(horizonIn("Forecast next quarter's website traffic", 'monthly')).toBe(3);
    expect(horizonIn('the next 6 months', 'monthly')).toBe(6);
    expect(horizonIn('next year', 'quarterly')).toBe(4);
  });

  it('reads the last JSON line of a call and describes what the inspection found', () => {
    expect(lastJsonLine('a table\n{"x": 1}\n')).toEqual({ x: 1 });
    expect(lastJsonLine('no json')).toBeUndefined();
    expect(describeInspection(sales)).toContain('`revenue` (number)');
  });
});

describe('routing: a sentence reaches the analyst, never a test scenario by accident', () => {
  it.each(['Draw a chart of my sales', 'Show the error bars', 'Turn this into files: a PDF and an Excel workbook', 'Give me the logs of last week as a table', 'an HTML page please'])('%s', (text) => {
    expect(explicitScenario(text)).toBeUndefined();
    expect(planTurn({ text, userFiles: ['/mnt/data/a.csv'], codeInterpreterAvailable: true }).scenario).toBe('analyst');
  });

  it('answers greetings, thanks and "what can you do" without running Python, naming the uploads', () => {
    for (const text of ['hello', 'Hi there!', 'What can you do?', 'hey, what can you do for me?', 'thanks!', 'help']) {
      const turn = analystTurn({ text, userFiles: ['/mnt/data/sales_2024.csv'] });
      expect(turn.steps.map((step) => step.kind)).toEqual(['message']);
      expect(smallTalk(text, ['/mnt/data/sales_2024.csv'])).toContain('`sales_2024.csv`');
    }
    expect(smallTalk('What can you do?', [])).toContain('exports to CSV, Excel, PDF, Word, PNG and SVG');
    for (const text of ['Hi, can you chart monthly revenue?', 'help me forecast traffic', 'what can you do with the outliers in revenue']) expect(smallTalk(text, [])).toBeUndefined();
  });

  it('starts with an inspection call when there are files', () => {
    const turn = analystTurn({ text: 'monthly growth', userFiles: ['/mnt/data/a.csv'] });
    const call = turn.steps.find((step) => step.kind === 'call');
    expect(call?.kind === 'call' && typeof call.code === 'string' && call.code).toContain('inspect_delimited("/mnt/data/a.csv")');
  });
});
