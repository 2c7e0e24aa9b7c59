import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type OpenAI from 'openai';
import type { Response } from 'openai/resources/responses/responses';
import type { RunningEmulator } from '../server.js';
import { startTestEmulator } from '../../../../tooling/test-stack/emulator.js';
import { fileLink, markdownTableIn, titleFor } from './answer-text.js';
import { explicitScenario, planTurn } from './scenarios.js';

describe('planTurn (the scripted model)', () => {
  const plan = (text: string, userFiles: string[] = []) => planTurn({ text, userFiles, codeInterpreterAvailable: true });

  it('runs each fenced python block as its own call', () => {
    const turn = plan('first\n```python\na = 1\n```\nthen\n```py\nb = 2\n```\n```js\nnot python\n```');
    expect(turn.steps.filter((step) => step.kind === 'call').map((step) => (step.kind === 'call' ? step.code : ''))).toEqual(['a = 1\n', 'b = 2\n']);
  });

  it.each([
    ['error', 'error'],
    ['logs', 'logs'],
    ['Multi.', 'multi'],
    ['scenario: html', 'html'],
    ['scenario: files please', 'files'],
    ['CHART', 'chart'],
    ['table', 'table'],
  ])('plays a scenario asked for by name: %s → %s', (text, scenario) => {
    expect(plan(text).scenario).toBe(scenario);
  });

  it.each([
    'Show me an error in my numbers',
    'print long logs',
    'do it in several steps',
    'make an interactive HTML page',
    'I need a PDF and an Excel file',
    'plot my numbers',
    'give me a table',
    'what can you do?',
  ])('never lands a sentence in a scenario by accident: %s', (text) => {
    expect(explicitScenario(text)).toBeUndefined();
    expect(plan(text).scenario.startsWith('analyst')).toBe(true);
  });

  it('uses an uploaded CSV for charts and tables', () => {
    const turn = plan('scenario: chart', ['/mnt/data/readme.txt', '/mnt/data/sales.csv']);
    const code = turn.steps.find((step) => step.kind === 'call');
    expect(code?.kind === 'call' && code.code).toContain('pd.read_csv("/mnt/data/sales.csv")');
  });

  it('runs nothing when the tool is not enabled', () => {
    expect(planTurn({ text: '```python\n1\n```', userFiles: [], codeInterpreterAvailable: false }).steps.map((step) => step.kind)).toEqual(['message']);
  });

  it('writes links in the seed syntax and finds printed markdown tables', () => {
    expect(titleFor('/mnt/data/sales_by-month.csv')).toBe('Sales by month (CSV)');
    expect(fileLink({ path: '/mnt/data/a.png' })).toBe('**A (PNG)**\n[*Generating your Chart…*](sandbox:/mnt/data/a.png)');
    expect(markdownTableIn('intro\n| a | b |\n| --- | --- |\n| 1 | 2 |\nrest')).toBe('| a | b |\n| --- | --- |\n| 1 | 2 |');
  });
});

function calls(response: Response) {
  return response.output.flatMap((item) => (item.type === 'code_interpreter_call' ? [item] : []));
}

function citedFilenames(response: Response): string[] {
  return response.output.flatMap((item) =>
    item.type === 'message'
      ? item.content.flatMap((part) => (part.type === 'output_text' ? part.annotations.flatMap((annotation) => (annotation.type === 'container_file_citation' ? [annotation.filename] : [])) : []))
      : [],
  );
}

describe('scenarios run for real', { timeout: 30_000 }, () => {
  let server: RunningEmulator;
  let client: OpenAI;
  let previousResponseId: string | undefined;
  // One conversation, so one container and one Python process: pandas is imported once.
  const ask = async (input: string) => {
    const response = await client.responses.create({
      model: 'emulator',
      input,
      previous_response_id: previousResponseId,
      tools: [{ type: 'code_interpreter', container: { type: 'auto' } }],
      include: ['code_interpreter_call.outputs'],
    });
    previousResponseId = response.id;
    return response;
  };

  beforeAll(async () => {
    ({ server, client } = await startTestEmulator({ logLimit: 5000 }));
  });
  afterAll(() => server.close());

  it('table: a CSV, a wide CSV and a markdown table in the answer', async () => {
    const response = await ask('table');
    expect(calls(response).map((call) => call.status)).toEqual(['completed']);
    expect(citedFilenames(response)).toEqual(['sales_table.csv', 'wide_table.csv']);
    expect(response.output_text).toMatch(/\| order_id \| region \| product \| units \| unit_price \| revenue \|\n\| --- \|/);
    const citation = response.output.flatMap((item) => (item.type === 'message' ? item.content : [])).flatMap((part) => (part.type === 'output_text' ? part.annotations : []))[1];
    if (citation?.type !== 'container_file_citation') throw new Error('expected a citation');
    const wide = await (await client.containers.files.content.retrieve(citation.file_id, { container_id: citation.container_id })).text();
    expect(wide.split('\n')[0]?.split(',')).toHaveLength(41);
  });

  it('html: an interactive page with a script', async () => {
    const response = await ask('scenario: html');
    expect(citedFilenames(response)).toEqual(['interactive_page.html']);
    expect(response.output_text).toContain('[*Generating your Page…*](sandbox:/mnt/data/interactive_page.html)');
  });

  it('files: PDF, DOCX, XLSX, Markdown and JSON with real content, and says PPTX is unavailable', async () => {
    const response = await ask('files');
    expect(citedFilenames(response)).toEqual(['report.pdf', 'summary.docx', 'revenue.xlsx', 'notes.md', 'metrics.json']);
    expect(response.output_text).toContain('python-pptx');
    const message = response.output.find((item) => item.type === 'message');
    const part = message?.type === 'message' ? message.content[0] : undefined;
    if (part?.type !== 'output_text') throw new Error('expected text');
    const heads = await Promise.all(
      part.annotations.map(async (annotation) => {
        if (annotation.type !== 'container_file_citation') return '';
        const bytes = Buffer.from(await (await client.containers.files.content.retrieve(annotation.file_id, { container_id: annotation.container_id })).arrayBuffer());
        return bytes.subarray(0, 4).toString('latin1');
      }),
    );
    expect(heads).toEqual(['%PDF', 'PK\u0003\u0004', 'PK\u0003\u0004', '# No', '{"ye']);
  });

  it('error: a failing call, then a recovering one', async () => {
    const response = await ask('scenario: error');
    expect(calls(response).map((call) => call.status)).toEqual(['failed', 'completed']);
    expect(calls(response)[0]?.outputs?.[0]).toMatchObject({ type: 'logs', logs: expect.stringContaining('FileNotFoundError') });
    expect(citedFilenames(response)).toEqual(['quarterly_numbers.csv']);
  });

  it('logs: long output capped with the truncation note', async () => {
    const response = await ask('logs');
    const logs = calls(response)[0]?.outputs?.find((output) => output.type === 'logs');
    expect(logs?.type === 'logs' && logs.logs).toMatch(/\n\[output truncated: \d+ more characters not shown\]$/);
  });

  it('multi: several calls sharing one container, reasoning between them', async () => {
    const response = await ask('multi');
    expect(response.output.map((item) => item.type)).toEqual(['reasoning', 'code_interpreter_call', 'reasoning', 'code_interpreter_call', 'reasoning', 'code_interpreter_call', 'message']);
    expect(new Set(calls(response).map((call) => call.container_id)).size).toBe(1);
    expect(calls(response).every((call) => call.status === 'completed')).toBe(true);
    expect(citedFilenames(response)).toEqual(['scores.csv', 'score_histogram.png']);
  });
});
