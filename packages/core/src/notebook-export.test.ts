import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ajvDraft04 from 'ajv-draft-04';
import { afterAll, describe, expect, it } from 'vitest';
import type { ConversationAction } from './actions.js';
import { foldEvents } from './fold.js';
import { conversationToNotebook, rewriteSandboxLinks, type Notebook, type NotebookCodeCell } from './notebook-export.js';
import type { ConversationState, ExecutionCard } from './state.js';
import { syntheticStream } from './test-support/synthetic-stream.js';
import { listRecordings, loadRecording, upstreamFixturesDirectory, withRecordings } from './test-support/upstream-recordings.js';

// The official schema as Debian's python3-nbformat ships it (the CI bootstrap installs that package).
const schemaPath = '/usr/lib/python3/dist-packages/nbformat/v4/nbformat.v4.5.schema.json';
// A CommonJS module: under NodeNext its default import is `module.exports`, whose `default` is the class.
const Ajv = ajvDraft04.default;
const validate = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(schemaPath, 'utf8')) as object);

function expectValid(notebook: Notebook): void {
  const valid = validate(JSON.parse(JSON.stringify(notebook)));
  expect(validate.errors ?? []).toEqual([]);
  expect(valid).toBe(true);
}

function foldRecording(name: string): ConversationState {
  const recording = loadRecording(name);
  return foldEvents([...recording.streams.flat(), ...recording.responses.map((response) => ({ type: 'response.completed', response }))]);
}

function codeCells(notebook: Notebook): NotebookCodeCell[] {
  return notebook.cells.filter((cell): cell is NotebookCodeCell => cell.cell_type === 'code');
}

const png = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
const userMessage: ConversationAction = { type: 'conversation.user_message', id: 'user_1', text: 'Plot sales', attachments: [{ name: 'sales.csv' }, { name: 'notes.txt' }] };
const chat = foldEvents([
  userMessage,
  ...syntheticStream({
    responseId: 'resp_1',
    containerId: 'cntr_1',
    items: [
      { kind: 'call', id: 'ci_1', codeChunks: ['import pandas as pd\r\n', "plt.savefig('/mnt/data/chart.png')"], logs: 'rows: 3\n', imageUrl: `data:image/png;base64,${png}` },
      { kind: 'message', id: 'msg_1', textChunks: ['**Chart**\n[*Generating your Chart…*](sandbox:/mnt/data/chart.png)\nAnd ![plot](sandbox:/mnt/data/my%20plot.png).'], citedFiles: ['chart.png'] },
    ],
  }),
]);

const failedCall = {
  type: 'response.output_item.done',
  sequence_number: 100,
  output_index: 2,
  item: {
    type: 'code_interpreter_call',
    id: 'ci_2',
    status: 'failed',
    code: '1/0',
    container_id: 'cntr_1',
    outputs: [
      { type: 'logs', logs: 'before\nTraceback (most recent call last):\n  File "<stdin>", line 1, in <module>\nZeroDivisionError: division by zero\n' },
      { type: 'image', url: 'data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciLz4=' },
    ],
  },
};

describe('conversationToNotebook', () => {
  const notebook = conversationToNotebook(foldEvents([failedCall], { state: chat }), { title: 'Sales' });

  it('is a valid nbformat 4.5 notebook with a python kernelspec', () => {
    expectValid(notebook);
    expect(notebook).toMatchObject({ nbformat: 4, nbformat_minor: 5, metadata: { kernelspec: { name: 'python3', language: 'python' }, language_info: { name: 'python' }, title: 'Sales' } });
  });

  it('has the prompt (with attachment names), each call and the answer, in order', () => {
    expect(notebook.cells.map((cell) => cell.cell_type)).toEqual(['markdown', 'code', 'markdown', 'code']);
    expect(notebook.cells[0]?.source).toBe('Plot sales\n\n*Attached: sales.csv, notes.txt*');
    expect(notebook.cells[1]).toMatchObject({ source: "import pandas as pd\nplt.savefig('/mnt/data/chart.png')", execution_count: 1 });
    expect(notebook.cells[3]).toMatchObject({ source: '1/0', execution_count: 2 });
    expect(new Set(notebook.cells.map((cell) => cell.id)).size).toBe(4);
  });

  it('turns logs into stdout and images into display_data (base64 without the data: prefix)', () => {
    expect(codeCells(notebook)[0]?.outputs).toEqual([
      { output_type: 'stream', name: 'stdout', text: 'rows: 3\n' },
      { output_type: 'display_data', data: { 'image/png': png }, metadata: {} },
    ]);
  });

  it('gives a failed call an error output from its traceback, SVG as text', () => {
    expect(codeCells(notebook)[1]?.outputs).toEqual([
      { output_type: 'stream', name: 'stdout', text: 'before\n' },
      { output_type: 'display_data', data: { 'image/svg+xml': '<svg xmlns="http://www.w3.org/2000/svg"/>' }, metadata: {} },
      {
        output_type: 'error',
        ename: 'ZeroDivisionError',
        evalue: 'division by zero',
        traceback: ['Traceback (most recent call last):', '  File "<stdin>", line 1, in <module>', 'ZeroDivisionError: division by zero'],
      },
    ]);
  });

  it('writes an error output for a call the service reported completed whose logs end in a traceback', () => {
    const logs = "reading\nTraceback (most recent call last):\n  File \"<cell 1>\", line 1, in <module>\nFileNotFoundError: [Errno 2] No such file or directory: 'sales.csv'\n";
    const completed = { ...failedCall, item: { ...failedCall.item, status: 'completed', outputs: [{ type: 'logs', logs }] } };
    const exported = conversationToNotebook(foldEvents([completed], { state: chat }));
    expectValid(exported);
    expect(codeCells(exported)[1]?.outputs).toEqual([
      { output_type: 'stream', name: 'stdout', text: 'reading\n' },
      {
        output_type: 'error',
        ename: 'FileNotFoundError',
        evalue: "[Errno 2] No such file or directory: 'sales.csv'",
        traceback: ['Traceback (most recent call last):', '  File "<cell 1>", line 1, in <module>', "FileNotFoundError: [Errno 2] No such file or directory: 'sales.csv'"],
      },
    ]);
  });

  it('says a call the user stopped was stopped', () => {
    const running = foldEvents([userMessage, ...syntheticStream({ responseId: 'resp_s', containerId: 'cntr_1', items: [{ kind: 'call', id: 'ci_s', codeChunks: ['while True: pass'], logs: null }] }).slice(0, 6)]);
    const stopped = foldEvents([{ type: 'conversation.stopped', reason: 'Stopped by the user.' }], { state: running });
    expect(codeCells(conversationToNotebook(stopped))[0]?.outputs).toEqual([{ output_type: 'error', ename: 'Stopped', evalue: 'Stopped by the user.', traceback: ['Stopped by the user.'] }]);
  });

  it('rewrites sandbox: links in the answer to plain file names', () => {
    expect(notebook.cells[2]?.source).toBe('**Chart**\n[chart.png](<chart.png>)\nAnd ![my plot.png](<my plot.png>).');
    expect(rewriteSandboxLinks('no links [a](https://x.test)')).toBe('no links [a](https://x.test)');
  });

  it('an empty conversation is an empty, valid notebook', () => {
    const empty = conversationToNotebook(foldEvents([]));
    expectValid(empty);
    expect(empty.cells).toEqual([]);
    expect(empty.metadata).not.toHaveProperty('title');
  });
});

withRecordings(upstreamFixturesDirectory, () => {
  describe('conversationToNotebook on every real recording', () => {
    const names = listRecordings();

    it.each(names)('%s: valid, one code cell per call with its code and images', (name) => {
      const state = foldRecording(name);
      const notebook = conversationToNotebook(state);
      expectValid(notebook);
      const cards = state.turns.flatMap((turn) => turn.items.filter((item): item is ExecutionCard => item.kind === 'execution'));
      const cells = codeCells(notebook);
      expect(cells.map((cell) => cell.source)).toEqual(cards.map((card) => card.code.replace(/\r\n?/g, '\n')));
      expect(cells.map((cell) => cell.execution_count)).toEqual(cards.map((_, index) => index + 1));
      expect(cells.map((cell) => cell.outputs.filter((output) => output.output_type === 'display_data').length)).toEqual(cards.map((card) => card.images.length));
      for (const [index, card] of cards.entries()) {
        for (const [imageIndex, image] of card.images.entries()) {
          const display = cells[index]?.outputs.filter((output) => output.output_type === 'display_data')[imageIndex];
          expect(display && 'data' in display ? `data:image/png;base64,${display.data['image/png'] ?? ''}` : null).toBe(image.url);
        }
      }
    });

    it('the recordings hold images to export (so the checks above are not vacuous)', () => {
      const imageCount = names.reduce((total, name) => total + codeCells(conversationToNotebook(foldRecording(name))).flatMap((cell) => cell.outputs.filter((output) => output.output_type === 'display_data')).length, 0);
      expect(imageCount).toBeGreaterThanOrEqual(3);
    });
  });

  describe('Python nbformat reads the export', () => {
    const directory = mkdtempSync(path.join(tmpdir(), 'execards-notebook-'));
    afterAll(() => rmSync(directory, { recursive: true, force: true }));

    it('nbformat.validate accepts a notebook with images, an error and the chat', () => {
      const withImages = listRecordings().find((name) => foldRecording(name).turns.some((turn) => turn.items.some((item) => item.kind === 'execution' && item.images.length > 0)));
      expect(withImages).toBeDefined();
      const raised = { ...failedCall, item: { ...failedCall.item, status: 'completed', outputs: [{ type: 'logs', logs: 'Traceback (most recent call last):\n  File "<cell 1>", line 1\nKeyError: \'x\'\n' }] } };
      for (const [index, state] of [foldRecording(withImages ?? ''), foldEvents([failedCall], { state: chat }), foldEvents([raised], { state: chat })].entries()) {
        const file = path.join(directory, `export-${index}.ipynb`);
        writeFileSync(file, JSON.stringify(conversationToNotebook(state, { title: 'Export' })));
        const script = 'import nbformat,sys,json; nb = nbformat.read(sys.argv[1], as_version=4); nbformat.validate(nb); print(json.dumps([len(nb.cells), [o.ename for c in nb.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"]]))';
        const output = execFileSync('/usr/bin/python3', ['-c', script, file], { encoding: 'utf8' });
        expect(JSON.parse(output)).toEqual([conversationToNotebook(state).cells.length, [[], ['ZeroDivisionError'], ['KeyError']][index]]);
      }
      // Each Python start-up takes seconds on a loaded machine.
    }, 60_000);
  });
});
