import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type OpenAI from 'openai';
import { toFile } from 'openai';
import type { Response } from 'openai/resources/responses/responses';
import type { RunningEmulator } from '../server.js';
import { startTestEmulator } from '../test-support.js';
import { lastJsonLine } from './engine.js';

const include = ['code_interpreter_call.outputs' as const];

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

  async function ask(input: string, files: Array<{ name: string; content: string }>, previous?: string): Promise<Response> {
    const ids = [];
    for (const file of files) ids.push((await client.files.create({ file: await toFile(Buffer.from(file.content), file.name), purpose: 'assistants' })).id);
    return client.responses.create({
      model: 'emulator',
      input,
      tools: [{ type: 'code_interpreter', container: { type: 'auto', file_ids: ids } }],
      include,
      ...(previous ? { previous_response_id: previous } : {}),
    });
  }

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
});
