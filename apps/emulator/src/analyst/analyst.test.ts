import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type OpenAI from 'openai';
import type { Response } from 'openai/resources/responses/responses';
import type { RunningEmulator } from '../server.js';
import { askWithFiles, startTestEmulator } from '../../../../tooling/test-stack/emulator.js';
import { runPython } from './document-fixtures.js';
import { lastJsonLine } from './inspection-schema.js';

/** A seeded generator (mulberry32), so the data and the expected figures are the same every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface SaleRow {
  day: Date;
  region: string;
  product: string;
  units: number;
  revenue: number;
}

/** ~2,000 daily rows over 2024 whose monthly totals move by different amounts each month. */
function salesRows(seed: number): SaleRow[] {
  const next = random(seed);
  const regions = ['North', 'South', 'East', 'West'];
  const products = ['Widget', 'Gadget', 'Doohickey'];
  const monthFactor = [1, 0.9, 1.25, 1.1, 0.95, 1.3, 1.2, 0.8, 1.05, 1.15, 1.4, 1.6];
  const rows: SaleRow[] = [];
  for (let index = 0; index < 2000; index += 1) {
    const day = new Date(Date.UTC(2024, 0, 1) + Math.floor((index * 366) / 2000) * 86_400_000);
    const units = 1 + Math.floor(next() * 20 * (monthFactor[day.getUTCMonth()] ?? 1));
    const price = [9.5, 12, 19.99][Math.floor(next() * 3)] ?? 12;
    rows.push({ day, region: regions[Math.floor(next() * 4)] ?? 'North', product: products[Math.floor(next() * 3)] ?? 'Widget', units, revenue: Math.round(units * price * 100) / 100 });
  }
  return rows;
}

/** The month with the largest month-over-month change (by size) and that change, as "+31.8%". */
function largestMonthlyChange(rows: readonly SaleRow[]): { label: string; percent: string } {
  const totals = new Map<string, number>();
  for (const row of rows) {
    const key = `${row.day.getUTCFullYear()}-${String(row.day.getUTCMonth() + 1).padStart(2, '0')}`;
    totals.set(key, (totals.get(key) ?? 0) + row.revenue);
  }
  const months = [...totals.keys()].sort();
  let best = { key: '', change: 0 };
  for (let index = 1; index < months.length; index += 1) {
    const before = totals.get(months[index - 1] ?? '') ?? 0;
    const after = totals.get(months[index] ?? '') ?? 0;
    const change = ((after - before) / before) * 100;
    if (Math.abs(change) > Math.abs(best.change)) best = { key: months[index] ?? '', change };
  }
  const [year, month] = best.key.split('-').map(Number);
  const label = new Date(Date.UTC(year ?? 2024, (month ?? 1) - 1, 1)).toLocaleString('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' });
  return { label, percent: `${best.change >= 0 ? '+' : ''}${best.change.toFixed(1)}%` };
}

interface ForecastSummary {
  history: number;
  model: string;
  ranking: Array<{ model: string; aic: number }>;
  forecast: Array<{ label: string; mean: number; lower: number; upper: number }>;
}

/** The model answered is the candidate with the lowest AIC; seasonal candidates were tried when expected. */
function expectChosenByAic(summary: ForecastSummary, seasonal: boolean): void {
  const lowest = Math.min(...summary.ranking.map((entry) => entry.aic));
  expect(summary.ranking.find((entry) => entry.aic === lowest)?.model).toBe(summary.model);
  expect(summary.ranking.some((entry) => entry.model.startsWith('SARIMA('))).toBe(seasonal);
  expect(summary.ranking.length).toBeGreaterThanOrEqual(seasonal ? 20 : 12);
}

function iso(day: Date): string {
  return day.toISOString().slice(0, 10);
}

function answerOf(response: Response): string {
  return response.output_text;
}

function callsOf(response: Response) {
  return response.output.flatMap((item) => (item.type === 'code_interpreter_call' ? [item] : []));
}

function logsOf(call: ReturnType<typeof callsOf>[number] | undefined): string {
  return (call?.outputs ?? []).flatMap((output) => (output.type === 'logs' ? [output.logs] : [])).join('');
}

describe('the analyst, with real Python', { timeout: 120_000 }, () => {
  let server: RunningEmulator;
  let client: OpenAI;
  beforeAll(async () => {
    ({ server, client } = await startTestEmulator({ callTimeoutMs: 60_000 }));
  });
  afterAll(() => server.close());

  const ask = (input: string, files: Array<{ name: string; content: string }>, previous?: string): Promise<Response> => askWithFiles(client, input, files, previous);

  it('computes monthly revenue growth of a daily sales CSV and names the month with the largest change', async () => {
    const rows = salesRows(2024);
    const csv = ['date,region,product,units,revenue', ...rows.map((row) => `${iso(row.day)},${row.region},${row.product},${row.units},${row.revenue}`)].join('\n');
    const response = await ask("I've uploaded sales_2024.csv. Can you calculate monthly revenue growth and visualize it with a line chart?", [{ name: 'sales_2024.csv', content: csv }]);
    const calls = callsOf(response);
    expect(calls).toHaveLength(2);
    expect(logsOf(calls[0])).toContain('sales_2024.csv (csv');
    expect(calls[1]?.code).toContain('.resample("MS").sum()');
    const expected = largestMonthlyChange(rows);
    expect(answerOf(response)).toContain(`${expected.label} had the largest change, ${expected.percent}`);
    expect(answerOf(response)).toContain('[*Generating your Chart…*](sandbox:/mnt/data/monthly_revenue_growth.png)');
    const summary = lastJsonLine(logsOf(calls[1])) as { periods: unknown[] };
    expect(summary.periods).toHaveLength(12);
  });

  it('reads a semicolon file with other column names, decimal commas and day-first dates', async () => {
    const rows = salesRows(7);
    const csv = [
      'Order Date;Area;Item;Qty;Sales Amount',
      ...rows.map((row) => `${String(row.day.getUTCDate()).padStart(2, '0')}.${String(row.day.getUTCMonth() + 1).padStart(2, '0')}.${row.day.getUTCFullYear()};${row.region};${row.product};${row.units};${row.revenue.toFixed(2).replace('.', ',')}`),
    ].join('\n');
    const response = await ask('How did monthly sales grow over the year? Show a line chart.', [{ name: 'umsatz.csv', content: csv }]);
    const expected = largestMonthlyChange(rows);
    expect(answerOf(response)).toContain(`${expected.label} had the largest change, ${expected.percent}`);
    expect(answerOf(response)).toContain('Sales Amount');
  });

  it('reads a tab-separated file with other names and long written dates, asked another way', async () => {
    const rows = salesRows(31);
    const day = (date: Date) => `${date.getUTCDate()} ${date.toLocaleString('en-US', { month: 'short', timeZone: 'UTC' })} ${date.getUTCFullYear()}`;
    const tsv = ['Sold on\tShop\tLine\tPieces\tNet revenue', ...rows.map((row) => `${day(row.day)}\t${row.region}\t${row.product}\t${row.units}\t${row.revenue}`)].join('\n');
    const response = await ask('What was the month-over-month growth of net revenue in shop_sales.tsv? Plot it please.', [{ name: 'shop_sales.tsv', content: tsv }]);
    const calls = callsOf(response);
    expect(logsOf(calls[0])).toContain('shop_sales.tsv (tsv');
    expect(calls.at(-1)?.code).toContain('sep="\\t"');
    const expected = largestMonthlyChange(rows);
    expect(answerOf(response)).toContain(`${expected.label} had the largest change, ${expected.percent}`);
    expect(answerOf(response)).toContain('Net revenue');
    const summary = lastJsonLine(logsOf(calls.at(-1))) as { periods: unknown[] };
    expect(summary.periods).toHaveLength(12);
  });

  it('reads months written without a day (2024-03, Mar 2024) as dates', async () => {
    const totals = [120, 150, 90, 99, 130, 140, 70, 77, 100, 101, 160, 150];
    const monthName = (index: number) => new Date(Date.UTC(2024, index, 1)).toLocaleString('en-US', { month: 'short', timeZone: 'UTC' });
    const iso = ['Month,Bookings', ...totals.map((total, index) => `2024-${String(index + 1).padStart(2, '0')},${total}`)].join('\n');
    const named = ['Period;Bookings', ...totals.map((total, index) => `${monthName(index)} 2024;${total}`)].join('\n');
    // Independently: the month-over-month changes, the largest by size is July (-50.0%).
    const changes = totals.slice(1).map((total, index) => ((total - (totals[index] ?? 1)) / (totals[index] ?? 1)) * 100);
    const largest = changes.reduce((best, change, index) => (Math.abs(change) > Math.abs(changes[best] ?? 0) ? index : best), 0);
    const label = new Date(Date.UTC(2024, largest + 1, 1)).toLocaleString('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' });
    const percent = `${(changes[largest] ?? 0) >= 0 ? '+' : ''}${(changes[largest] ?? 0).toFixed(1)}%`;
    for (const file of [{ name: 'bookings.csv', content: iso }, { name: 'bookings_named.csv', content: named }]) {
      const response = await ask('Show the monthly growth of bookings.', [file]);
      expect(answerOf(response)).toContain(`${label} had the largest change, ${percent}`);
    }
  });

  it('follows up: "now per region" keeps the monthly growth and splits it, "as a bar chart" redraws it, "export that to PDF" exports its table', async () => {
    const rows = salesRows(99);
    const csv = ['date,region,product,units,revenue', ...rows.map((row) => `${iso(row.day)},${row.region},${row.product},${row.units},${row.revenue}`)].join('\n');
    const first = await ask('Calculate monthly revenue growth as a line chart.', [{ name: 'sales.csv', content: csv }]);
    const perRegion = await ask('now per region', [], first.id);
    const perRegionCall = callsOf(perRegion).at(-1);
    expect(perRegionCall?.code).toContain('columns="region"');
    expect(answerOf(perRegion)).toContain('Per region: ');
    expect(answerOf(perRegion)).toContain(largestMonthlyChange(rows).percent);
    const bars = await ask('as a bar chart', [], perRegion.id);
    expect(callsOf(bars).at(-1)?.code).toContain('top.bar(');
    expect(callsOf(bars).at(-1)?.code).toContain('columns="region"');
    const exported = await ask('export that to PDF', [], bars.id);
    expect(answerOf(exported)).toContain('I exported `monthly_revenue_growth_by_region.csv` (12 rows)');
    expect(answerOf(exported)).toContain('sandbox:/mnt/data/monthly_revenue_growth_by_region.pdf');
  });

  it('forecasts next quarter from a 24-month CSV with ARIMA: three months, each with bounds around the forecast', async () => {
    const next = random(5);
    const months = Array.from({ length: 24 }, (_, index) => new Date(Date.UTC(2023, index, 1)));
    const csv = ['month,visits', ...months.map((month, index) => `${iso(month)},${Math.round(20000 + 350 * index + 3000 * Math.sin((index / 12) * 2 * Math.PI) + next() * 800)}`)].join('\n');
    const response = await ask(
      "Forecast next quarter's website traffic from the last 24 months using ARIMA and plot the prediction with confidence intervals.",
      [{ name: 'website_traffic.csv', content: csv }],
    );
    const analysis = callsOf(response).at(-1);
    expect(analysis?.code).toContain('SARIMAX(series, order=order, seasonal_order=seasonal, trend=trend)');
    const summary = lastJsonLine(logsOf(analysis)) as ForecastSummary;
    expect(summary.history).toBe(24);
    expectChosenByAic(summary, true);
    expect(summary.forecast.map((row) => row.label)).toEqual(['January 2025', 'February 2025', 'March 2025']);
    for (const row of summary.forecast) {
      expect(row.lower).toBeLessThan(row.mean);
      expect(row.upper).toBeGreaterThan(row.mean);
      expect(answerOf(response)).toContain(`| ${row.label} | ${Math.round(row.mean).toLocaleString('en-US')} | ${Math.round(row.lower).toLocaleString('en-US')} | ${Math.round(row.upper).toLocaleString('en-US')} |`);
    }
    expect(answerOf(response)).toContain(`The model is **${summary.model}**, the lowest AIC (${Math.min(...summary.ranking.map((entry) => entry.aic)).toFixed(1)}) of ${summary.ranking.length} candidates`);
    expect(answerOf(response)).toContain('seasonal SARIMA terms at lag 12');
    expect(answerOf(response)).toContain('sandbox:/mnt/data/visits_forecast.png');
  });

  it('forecasts another way: a TSV of 30 months written "Jan 2023", other column names, asked for the next three months', async () => {
    const next = random(17);
    const months = Array.from({ length: 30 }, (_, index) => new Date(Date.UTC(2022, 6 + index, 1)));
    const label = (month: Date) => `${month.toLocaleString('en-US', { month: 'short', timeZone: 'UTC' })} ${month.getUTCFullYear()}`;
    const values = months.map((_, index) => Math.round(5000 + 120 * index + 900 * Math.sin((index / 12) * 2 * Math.PI) + next() * 300));
    const tsv = ['Period\tNotes\tPage views', ...months.map((month, index) => `${label(month)}\tok\t${values[index] ?? 0}`)].join('\n');
    const response = await ask('Predict page views for the next 3 months with confidence intervals.', [{ name: 'pageviews.tsv', content: tsv }]);
    const analysis = callsOf(response).at(-1);
    const summary = lastJsonLine(logsOf(analysis)) as ForecastSummary;
    expect(summary.history).toBe(30);
    expectChosenByAic(summary, true);
    // The three months after the last one in the file (December 2024), computed here.
    const after = [1, 2, 3].map((step) => new Date(Date.UTC(2024, 11 + step, 1)).toLocaleString('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' }));
    expect(summary.forecast.map((row) => row.label)).toEqual(after);
    const [low, high] = [Math.min(...values), Math.max(...values)];
    for (const row of summary.forecast) {
      expect(row.lower).toBeLessThan(row.mean);
      expect(row.upper).toBeGreaterThan(row.mean);
      // A sane forecast of this series stays near its range.
      expect(row.mean).toBeGreaterThan(low * 0.8);
      expect(row.mean).toBeLessThan(high * 1.3);
      expect(answerOf(response)).toContain(`| ${row.label} | ${Math.round(row.mean).toLocaleString('en-US')} | ${Math.round(row.lower).toLocaleString('en-US')} | ${Math.round(row.upper).toLocaleString('en-US')} |`);
    }
    expect(answerOf(response)).toContain(`**${summary.model}**`);
    expect(answerOf(response)).toContain('sandbox:/mnt/data/page_views_forecast.png');
  });

  it('forecasts a short series with a simpler model, and says so; without a file it labels the data synthetic', async () => {
    const csv = ['Month;Sessions', ...Array.from({ length: 8 }, (_, index) => `${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug'][index] ?? ''} 2024;${1000 + index * 40}`)].join('\n');
    const short = await ask('Forecast next quarter of sessions.', [{ name: 'short.csv', content: csv }]);
    expect(answerOf(short)).toContain('I used a simpler model, a random walk with drift');
    expect(answerOf(short)).toContain('September 2024');
    // 15 points: the order search runs, without seasonal candidates (fewer than 24 points).
    const medium = ['week_start\tsignups', ...Array.from({ length: 15 }, (_, index) => `${iso(new Date(Date.UTC(2024, index, 1)))}\t${300 + index * 12 + (index % 3) * 9}`)].join('\n');
    const searched = await ask('Forecast signups for the next 2 months.', [{ name: 'signups.tsv', content: medium }]);
    const summary15 = lastJsonLine(logsOf(callsOf(searched).at(-1))) as ForecastSummary;
    expectChosenByAic(summary15, false);
    expect(summary15.forecast.map((row) => row.label)).toEqual(['April 2025', 'May 2025']);
    expect(answerOf(searched)).not.toContain('seasonal SARIMA terms');
    const synthetic = await ask("Forecast next quarter's website traffic from the last 24 months using ARIMA and plot the prediction with confidence intervals.", []);
    expect(answerOf(synthetic)).toContain('**synthetic** series');
    const summary = lastJsonLine(logsOf(callsOf(synthetic).at(-1))) as { synthetic: boolean; forecast: unknown[] };
    expect(summary).toMatchObject({ synthetic: true });
    expect(summary.forecast).toHaveLength(3);
  });

  it('prototypes a z-score outlier detector on synthetic data and reports the points it planted', async () => {
    const response = await ask('Prototype a function that detects outliers using z-scores and show it working on a small synthetic dataset.', []);
    const analysis = callsOf(response).at(-1);
    expect(analysis?.code).toContain('def find_outliers(values, threshold=3.0):');
    // Independently: read the dataset the code saved and flag |z| > 3 here.
    const files = await client.containers.files.list(analysis?.container_id ?? '');
    const data = files.data.find((file) => file.path === '/mnt/data/synthetic_data.csv');
    const text = await (await client.containers.files.content.retrieve(data?.id ?? '', { container_id: analysis?.container_id ?? '' })).text();
    const values = text.trim().split('\n').slice(1).map((line) => Number(line.split(',')[1]));
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const std = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length);
    const flagged = values.flatMap((value, index) => (Math.abs((value - mean) / std) > 3 ? [index] : []));
    const planted = /planted outliers at indices ([\d, ]+)\./.exec(answerOf(response))?.[1]?.split(', ').map(Number);
    expect(planted).toHaveLength(4);
    expect(flagged).toEqual(planted);
    for (const index of flagged) expect(answerOf(response)).toContain(`| point ${index} | ${(values[index] ?? 0).toFixed(2)} |`);
    expect(answerOf(response)).toContain('All 4 planted outliers were found, and nothing else');
    // The detector is also a file of its own, and a valid Python module.
    const module = files.data.find((file) => file.path === '/mnt/data/outlier_detection.py');
    const source = await (await client.containers.files.content.retrieve(module?.id ?? '', { container_id: analysis?.container_id ?? '' })).text();
    expect(source).toContain('def find_outliers(values, threshold=3.0):');
    expect(source).toContain('import numpy as np');
    expect(answerOf(response)).toContain('(sandbox:/mnt/data/outlier_detection.py)');
  });

  it('finds outliers in an uploaded column by z-score and IQR', async () => {
    const values = Array.from({ length: 60 }, (_, index) => 100 + ((index * 37) % 11));
    values[12] = 400;
    const csv = ['id,reading', ...values.map((value, index) => `${index + 1},${value}`)].join('\n');
    const response = await ask('Are there outliers in the readings?', [{ name: 'readings.csv', content: csv }]);
    expect(answerOf(response)).toContain('| 400.00 |');
    expect(answerOf(response)).toContain('1 outlier by z-score');
  });

  it('prototypes the detector when asked another way, and finds outliers planted in a TSV by z-score and IQR', async () => {
    const synthetic = await ask('Write a small z-score anomaly detector in Python and demo it on made-up data.', []);
    expect(callsOf(synthetic).at(-1)?.code).toContain('def find_outliers(values, threshold=3.0):');
    expect(answerOf(synthetic)).toContain('All 4 planted outliers were found');

    const next = random(23);
    const readings = Array.from({ length: 120 }, () => Math.round((70 + next() * 10) * 10) / 10);
    const plantedAt = [17, 64, 101];
    readings[17] = 140.5;
    readings[64] = 5.2;
    readings[101] = 133;
    const tsv = ['Sensor\tTemp (F)', ...readings.map((value, index) => `S${String(index + 1).padStart(3, '0')}\t${value}`)].join('\n');
    const response = await ask('Flag anomalies in the Temp (F) column using z-scores.', [{ name: 'sensors.tsv', content: tsv }]);
    // Independently: |z| > 3 with the population standard deviation, and Tukey's fences.
    const mean = readings.reduce((a, b) => a + b, 0) / readings.length;
    const std = Math.sqrt(readings.reduce((a, b) => a + (b - mean) ** 2, 0) / readings.length);
    const flagged = readings.flatMap((value, index) => (Math.abs((value - mean) / std) > 3 ? [index] : []));
    expect(flagged).toEqual(plantedAt);
    expect(answerOf(response)).toContain(`${plantedAt.length} outliers by z-score`);
    for (const index of plantedAt) expect(answerOf(response)).toContain(`| S${String(index + 1).padStart(3, '0')} | ${(readings[index] ?? 0).toFixed(2)} |`);
    const sorted = [...readings].sort((a, b) => a - b);
    const quantile = (q: number) => {
      const at = (sorted.length - 1) * q;
      const below = sorted[Math.floor(at)] ?? 0;
      return below + ((sorted[Math.ceil(at)] ?? 0) - below) * (at - Math.floor(at));
    };
    const [q1, q3] = [quantile(0.25), quantile(0.75)];
    const fenced = readings.filter((value) => value < q1 - 1.5 * (q3 - q1) || value > q3 + 1.5 * (q3 - q1)).length;
    expect(answerOf(response)).toContain(`flags ${fenced} value${fenced === 1 ? '' : 's'}`);
  });

  it('compares revenue per region (bar), then exports that table to Excel, PDF and Word as follow-ups', async () => {
    const rows = salesRows(3);
    const csv = ['date,region,product,units,revenue', ...rows.map((row) => `${iso(row.day)},${row.region},${row.product},${row.units},${row.revenue}`)].join('\n');
    const response = await ask('Show the revenue per region as a table.', [{ name: 'sales_2024.csv', content: csv }]);
    const totals = new Map<string, number>();
    for (const row of rows) totals.set(row.region, (totals.get(row.region) ?? 0) + row.revenue);
    const [top] = [...totals.entries()].sort((a, b) => b[1] - a[1]);
    const format = (value: number) => value.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    expect(answerOf(response)).toContain(`**${top?.[0] ?? ''}** is highest with ${format(top?.[1] ?? 0)}`);
    for (const [region, total] of totals) expect(answerOf(response)).toContain(`| ${region} | ${format(total)} |`);
    expect(answerOf(response)).toContain('sandbox:/mnt/data/revenue_by_region.png');
    const excel = await ask('export that to Excel', [], response.id);
    expect(answerOf(excel)).toContain('sandbox:/mnt/data/revenue_by_region.xlsx');

    // PDF and Word: read back here with pdftotext and python-docx, every region's total must be in them.
    const documents = await ask('now export it to PDF and to a Word document', [], excel.id);
    expect(answerOf(documents)).toContain('sandbox:/mnt/data/revenue_by_region.pdf');
    expect(answerOf(documents)).toContain('sandbox:/mnt/data/revenue_by_region.docx');
    const container = callsOf(documents).at(-1)?.container_id ?? '';
    const listed = await client.containers.files.list(container);
    const directory = mkdtempSync(path.join(tmpdir(), 'analyst-export-'));
    try {
      const texts: string[] = [];
      for (const name of ['revenue_by_region.pdf', 'revenue_by_region.docx']) {
        const file = listed.data.find((candidate) => candidate.path === `/mnt/data/${name}`);
        const bytes = Buffer.from(await (await client.containers.files.content.retrieve(file?.id ?? '', { container_id: container })).arrayBuffer());
        writeFileSync(path.join(directory, name), bytes);
      }
      const pdfPath = JSON.stringify(path.join(directory, 'revenue_by_region.pdf'));
      texts.push(runPython(`import subprocess; print(subprocess.run(["pdftotext", "-layout", ${pdfPath}, "-"], capture_output=True, text=True).stdout)`));
      texts.push(runPython(`import docx; d = docx.Document(${JSON.stringify(path.join(directory, 'revenue_by_region.docx'))}); print("\\n".join(" | ".join(c.text for c in r.cells) for t in d.tables for r in t.rows)); print(len(d.inline_shapes), "pictures")`));
      for (const text of texts) for (const [region, total] of totals) expect(text).toMatch(new RegExp(`${region}\\s*\\|?\\s*${format(total).replace(/\./g, '\\.')}`));
      expect(texts[1]).toContain('1 pictures');
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  it('draws a histogram, a scatter with r, and an HTML report of the real data', async () => {
    const next = random(11);
    const rows = Array.from({ length: 300 }, () => {
      const spend = Math.round(next() * 1000);
      return { spend, sales: Math.round(spend * 3 + next() * 400), store: ['A', 'B', 'C'][Math.floor(next() * 3)] ?? 'A' };
    });
    const csv = ['store,ad_spend,sales', ...rows.map((row) => `${row.store},${row.spend},${row.sales}`)].join('\n');
    const file = [{ name: 'stores.csv', content: csv }];
    const histogram = await ask('Show the distribution of sales as a histogram.', file);
    expect(callsOf(histogram).at(-1)?.code).toContain('ax.hist(values');
    expect(answerOf(histogram)).toContain(`${rows.length} values`);
    const scatter = await ask('Is sales correlated with ad_spend? Scatter plot please.', file);
    const n = rows.length;
    const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / n;
    const xs = rows.map((row) => row.spend);
    const ys = rows.map((row) => row.sales);
    const [mx, my] = [mean(xs), mean(ys)];
    const r = xs.reduce((sum, x, i) => sum + (x - mx) * ((ys[i] ?? 0) - my), 0) / Math.sqrt(xs.reduce((sum, x) => sum + (x - mx) ** 2, 0) * ys.reduce((sum, y) => sum + (y - my) ** 2, 0));
    expect(answerOf(scatter)).toContain(`**r = ${r.toFixed(2)}**`);
    const report = await ask('Build an interactive HTML report of sales per store.', file);
    expect(answerOf(report)).toContain('sandbox:/mnt/data/stores_report.html');
  });

  it('retries with the inspected column name after a KeyError, as a model does', async () => {
    const rows = salesRows(5);
    const csv = ['date,region,product,units,revenue', ...rows.map((row) => `${iso(row.day)},${row.region},${row.product},${row.units},${row.revenue}`)].join('\n');
    const response = await ask('Plot the monthly growth of `Revenue`.', [{ name: 'sales.csv', content: csv }]);
    const calls = callsOf(response);
    expect(calls.map((call) => call.status)).toEqual(['completed', 'failed', 'completed']);
    expect(logsOf(calls[1])).toContain("KeyError: 'Revenue'");
    expect(answerOf(response)).toContain("My first attempt raised `KeyError: 'Revenue'`");
    expect(answerOf(response)).toContain(largestMonthlyChange(rows).percent);
  });

  it('says why and what it found when the data does not fit the request', async () => {
    const response = await ask('Show me the monthly trend.', [{ name: 'people.csv', content: 'name,team\nAda,Blue\nGrace,Red\n' }]);
    expect(answerOf(response)).toContain('I need a table with a date column and a numeric column');
    expect(answerOf(response)).toContain('`name` (text), `team` (text)');
  });
});
