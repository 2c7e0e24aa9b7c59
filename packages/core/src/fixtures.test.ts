/**
 * Every real upstream recording (../shared/fixtures/upstream and ../shared/fixtures/upstream-extra,
 * see their SOURCES.md) folds without diagnostics into the state its events imply.
 */
import { describe, expect, it } from 'vitest';
import { cardForFile } from './card-for-file.js';
import { foldEvents } from './fold.js';
import { parseEvent } from './parse-event.js';
import type { ConversationState, ExecutionCard, MessageItem, OutputItem, Turn } from './state.js';
import { extraFixturesDirectory, listExtraRecordings, listRecordings, loadRecording, upstreamFixturesDirectory, withRecordings } from './test-support/upstream-recordings.js';

/** All streams of a recording, then its whole responses, folded into one conversation. */
function foldRecording(name: string): ConversationState {
  const recording = loadRecording(name);
  const events: unknown[] = [...recording.streams.flat(), ...recording.responses.map((response) => ({ type: 'response.completed', response }))];
  return foldEvents(events);
}

function onlyTurn(state: ConversationState): Turn {
  expect(state.turns).toHaveLength(1);
  return state.turns[0] as Turn;
}

function cards(turn: Turn): ExecutionCard[] {
  return turn.items.filter((item): item is ExecutionCard => item.kind === 'execution');
}

function messages(turn: Turn): MessageItem[] {
  return turn.items.filter((item): item is MessageItem => item.kind === 'message');
}

function kinds(turn: Turn): OutputItem['kind'][] {
  return turn.items.map((item) => item.kind);
}

withRecordings(upstreamFixturesDirectory, () => {
  describe('every upstream recording', () => {
    const names = listRecordings();

    it('finds the 23 recordings', () => {
      expect(names).toHaveLength(23);
    });

    it.each(names)('%s folds with zero diagnostics and no unknown events, every response completed', (name) => {
      const state = foldRecording(name);
      expect(state.diagnostics).toEqual([]);
      expect(state.unknownEventCount).toBe(0);
      expect(state.turns.length).toBeGreaterThan(0);
      for (const turn of state.turns) {
        expect(turn.response?.status).toBe('completed');
        expect(turn.response?.id).toMatch(/^resp_/);
        for (const card of cards(turn)) {
          expect(card.status).toBe('completed');
          expect(card.codeComplete).toBe(true);
          expect(card.code.length).toBeGreaterThan(0);
          expect(card.containerId).toMatch(/^cntr_/);
        }
        for (const message of messages(turn)) expect(message.status).toBe('completed');
      }
    });

    const streamed = names.filter((name) => loadRecording(name).streams.length > 0);

    it.each(streamed)('%s: the streamed state equals the state from its final response alone', (name) => {
      const [stream] = loadRecording(name).streams;
      const events = stream ?? [];
      const completed = events.find((event) => (event as { type?: unknown }).type === 'response.completed');
      const fromStream = onlyTurn(foldEvents(events));
      const fromFinal = onlyTurn(foldEvents([completed]));
      expect(fromStream.items).toEqual(fromFinal.items);
      expect(fromStream.response).toEqual(fromFinal.response);
    });
  });

  describe('vercel-ai OpenAI stream (3 calls, reasoning, one linked CSV citation)', () => {
    const turn = onlyTurn(foldRecording('vercel-ai__openai-code-interpreter-tool.1.chunks.txt'));

    it('keeps items in output order: empty reasoning items between calls', () => {
      expect(kinds(turn)).toEqual(['reasoning', 'execution', 'reasoning', 'execution', 'reasoning', 'execution', 'reasoning', 'message']);
      expect(turn.items.filter((item) => item.kind === 'reasoning').every((item) => item.kind === 'reasoning' && item.summary.length === 0)).toBe(true);
    });

    it('joins code deltas (ignoring obfuscation) into the final code, with logs', () => {
      const [first, second, third] = cards(turn);
      expect(first?.code.startsWith('import random, math\nN=10000\nsums=[]\n')).toBe(true);
      expect(first?.logs).toBe('(2, 12, 69868, 6.9868)');
      expect(second?.code).toContain("path = pathlib.Path('/mnt/data/roll2dice_sums_10000.csv')");
      expect(second?.logs).toContain("PosixPath('/mnt/data/roll2dice_sums_10000.csv'), True");
      expect(third?.code).toBe('sums[:20]\n');
      expect(third?.logs.startsWith('[6, 7, 2, 5, 5, 11, 4, 8, 10, 7')).toBe(true);
      expect(new Set(cards(turn).map((card) => card.containerId))).toEqual(new Set(['cntr_68c2e6f380d881908a57a82d394434ff02f484f5344062e9']));
    });

    it('resolves the linked citation to the sandbox link and a generated CSV file', () => {
      const [message] = messages(turn);
      expect(message?.text.startsWith('Here’s a simulation of rolling two fair six-sided dice 10,000 times.')).toBe(true);
      expect(message?.annotations).toEqual([
        {
          type: 'container_file_citation',
          containerId: 'cntr_68c2e6f380d881908a57a82d394434ff02f484f5344062e9',
          fileId: 'cfile_68c2e7084ab48191a67824aa1f4c90f1',
          filename: 'roll2dice_sums_10000.csv',
          startIndex: 423,
          endIndex: 465,
          path: '/mnt/data/roll2dice_sums_10000.csv',
          zeroSpan: false,
        },
      ]);
      expect(message?.text.slice(423, 465)).toBe('sandbox:/mnt/data/roll2dice_sums_10000.csv');
      expect(message?.links.map((link) => [link.text, link.path, link.start, link.end])).toEqual([
        ['Download the sums CSV', '/mnt/data/roll2dice_sums_10000.csv', 399, 466],
      ]);
    });

    it('records the CSV and attributes it to the call whose code names it', () => {
      const state = foldRecording('vercel-ai__openai-code-interpreter-tool.1.chunks.txt');
      expect(state.files['/mnt/data/roll2dice_sums_10000.csv']).toMatchObject({
        filename: 'roll2dice_sums_10000.csv',
        kind: 'csv',
        fileId: 'cfile_68c2e7084ab48191a67824aa1f4c90f1',
        autoCaptured: false,
        url: null,
      });
      expect(cardForFile(turn, '/mnt/data/roll2dice_sums_10000.csv')?.id).toBe('ci_68c2e6fd57948193aa93df6bdb00a86d02d3a5742c7ddae9');
    });

    it('keeps usage and model', () => {
      expect(turn.response).toMatchObject({ model: 'gpt-5-nano-2025-08-07', usage: { totalTokens: 7670 } });
    });
  });

  describe('pydantic-ai image stream (data-URI image, zero-span and linked citations)', () => {
    const name = 'pydantic-ai__test_openai_responses_code_execution_return_image_stream.yaml';
    const state = foldRecording(name);
    const turn = onlyTurn(state);

    it('shows the image output and the logs of the call', () => {
      const [card] = cards(turn);
      expect(card?.code.startsWith('import numpy as np\r\nimport matplotlib.pyplot as plt\r\n\r\n# Data\r\nx = np.linspace(-')).toBe(true);
      expect(card?.images).toHaveLength(1);
      expect(card?.images[0]?.url.startsWith('data:image/png;base64,iVBORw0KGgo')).toBe(true);
      expect(card?.images[0]?.url.length).toBe(91750);
      expect(card?.logs).toBe("'/mnt/data/y_eq_x_squared_plot.png'");
      expect(card?.outputs?.map((output) => output.type)).toEqual(['image', 'logs']);
    });

    it('keeps both citations once each, though they arrive three times', () => {
      const [message] = messages(turn);
      expect(message?.annotations.map((annotation) => annotation.type === 'container_file_citation' && [annotation.filename, annotation.zeroSpan])).toEqual([
        ['cfile_68dd937c234081919ee5238a16b4fd87.png', true],
        ['y_eq_x_squared_plot.png', false],
      ]);
      expect(message?.links.map((link) => link.path)).toEqual(['/mnt/data/y_eq_x_squared_plot.png']);
    });

    it('records the auto-captured plot and the linked image, both on the one call', () => {
      expect(state.files['/mnt/data/cfile_68dd937c234081919ee5238a16b4fd87.png']).toMatchObject({ kind: 'image', autoCaptured: true });
      expect(state.files['/mnt/data/y_eq_x_squared_plot.png']).toMatchObject({ kind: 'image', autoCaptured: false, fileId: 'cfile_68dd9381192c81918f24ee3f0294cce6' });
      expect(cardForFile(turn, '/mnt/data/cfile_68dd937c234081919ee5238a16b4fd87.png')?.id).toBe('ci_06c1a26fd89d07f20068dd937636948197b6c45865da36d8f7');
    });
  });

  describe('pydantic-ai non-streamed image turns', () => {
    const state = foldRecording('pydantic-ai__test_openai_responses_code_execution_return_image.yaml');

    it('folds the two responses into two turns, each with image, logs and citations', () => {
      expect(state.turns.map((turn) => turn.response?.id)).toEqual(['resp_68cdc382bc98819083a5b47ec92e077b0187028ba77f15f7', 'resp_68cdc39da72481909e0512fef9d646240187028ba77f15f7']);
      const second = state.turns[1] as Turn;
      const [card] = cards(second);
      expect(card?.images[0]?.url.length).toBe(226090);
      expect(card?.logs).toContain('UserWarning');
      expect(Object.keys(state.files)).toContain('/mnt/data/y_equals_x_squared_futuristic.png');
    });

    it('joins the call\'s two logs outputs (a warning, then after the image the repr) as printed: no blank line between', () => {
      const [card] = cards(state.turns[1] as Turn);
      expect(card?.outputs?.map((output) => output.type)).toEqual(['logs', 'image', 'logs']);
      expect(card?.logs.endsWith("linewidth=0.6, zorder=4)\n'/mnt/data/y_equals_x_squared_futuristic.png'")).toBe(true);
    });

    it('records the cited files of both turns', () => {
      const second = state.turns[1] as Turn;
      expect(Object.keys(state.files).sort()).toEqual([
        '/mnt/data/cfile_68cdc395fb4c8191b644bc65a5529a72.png',
        '/mnt/data/cfile_68cdc3cdff7c8191a4fe360b433c1619.png',
        '/mnt/data/y_equals_x_squared.png',
        '/mnt/data/y_equals_x_squared_futuristic.png',
      ]);
      expect(state.files['/mnt/data/y_equals_x_squared_futuristic.png']?.turnId).toBe(second.id);
    });
  });

  describe('pydantic-ai reasoning summaries with calls whose outputs were not requested', () => {
    const turn = onlyTurn(foldRecording('pydantic-ai__test_openai_responses_thinking_with_code_execution_tool_stream.yaml'));

    it('builds the summary from its deltas and keeps outputs null', () => {
      const [reasoning] = turn.items;
      expect(reasoning?.kind === 'reasoning' && reasoning.summary[0]?.startsWith('**Calculating a large integer**\n\nI need to compute 123456 raised to the power of 123.')).toBe(true);
      expect(cards(turn).map((card) => [card.code, card.outputs, card.logs])).toEqual([
        ['n = pow(123456, 123)\nlen(str(n))', null, ''],
        ['str(n)[:100], str(n)[-100:]', null, ''],
        ['n', null, ''],
      ]);
      expect(messages(turn)[0]?.text.startsWith('123456^123 equals:\n1803021063040448075081409278659385728')).toBe(true);
    });
  });

  describe('pydantic-ai gpt-5.5 download stream (newest shape)', () => {
    const state = foldRecording('pydantic-ai__test_openai_responses_code_execution_download_file_stream.yaml');
    const turn = onlyTurn(state);

    it('keeps message.phase, ignores new response fields, and links the CSV', () => {
      const [message] = messages(turn);
      expect(message?.phase).toBe('final_answer');
      expect(message?.text).toBe('Created the CSV file: [Download numbers_and_squares.csv](sandbox:/mnt/data/numbers_and_squares.csv)');
      expect(cards(turn)[0]?.code).toContain('file_path = "/mnt/data/numbers_and_squares.csv"');
      expect(state.files['/mnt/data/numbers_and_squares.csv']).toMatchObject({ kind: 'csv', fileId: 'cfile_6a503793ad68819185972c63815155f7' });
    });
  });

  describe('Azure stream (vercel-ai)', () => {
    const turn = onlyTurn(foldRecording('vercel-ai__azure-code-interpreter-tool.1.chunks.txt'));

    it('reads like OpenAI: one call with logs, one message, no files', () => {
      expect(kinds(turn)).toEqual(['reasoning', 'execution', 'message']);
      expect(turn.response?.model).toBe('gpt-5-mini');
      expect(cards(turn)[0]?.code.startsWith('# Program: generate five random numbers between 1 and 100 with two decimal places')).toBe(true);
      expect(cards(turn)[0]?.logs).toContain('Generated numbers (as floats): [88.99, 51.21, 89.85, 88.97');
      expect(messages(turn)[0]?.annotations).toEqual([]);
    });
  });

  describe('openai-dotnet streams (message → call → message; outputs null)', () => {
    it('keeps interleaved messages and the \\r\\n code of the Async run', () => {
      const turn = onlyTurn(foldRecording('openai-dotnet__CodeInterpreterToolStreamingAsync.json'));
      expect(kinds(turn)).toEqual(['message', 'execution', 'message']);
      expect(cards(turn)[0]?.code.startsWith('def factorial(n):\r\n    result = 1\r\n    for i in range(1, n + 1):\r\n')).toBe(true);
      expect(cards(turn)[0]?.outputs).toBeNull();
      expect(messages(turn)[1]?.text.startsWith('The factorial of 5 is \\( 120 \\).')).toBe(true);
    });

    it('shows the zero-span plot nobody links as an auto-captured image of the latest call', () => {
      const state = foldRecording('openai-dotnet__CodeInterpreterToolStreamingWithFiles.json');
      const turn = onlyTurn(state);
      expect(kinds(turn)).toEqual(['execution', 'message', 'execution', 'message']);
      const path = '/mnt/data/cfile_68d5f31200208191afd3130709930804.png';
      expect(state.files[path]).toMatchObject({ kind: 'image', autoCaptured: true, fileId: 'cfile_68d5f31200208191afd3130709930804' });
      expect(cardForFile(turn, path)?.code.startsWith('import matplotlib.pyplot as plt')).toBe(true);
      expect(messages(turn)[1]?.text).not.toContain('sandbox:');
    });
  });

  describe('openai-dotnet non-streamed responses', () => {
    it('resolves two linked citations in one message to their files', () => {
      const state = foldRecording('openai-dotnet__CodeInterpreterToolWithEmptyFileIds.json');
      expect(Object.values(state.files).map((file) => [file.path, file.kind, file.autoCaptured])).toEqual([
        ['/mnt/data/matplotlib_debug.log', 'txt', false],
        ['/mnt/data/sine_wave_chart.png', 'image', false],
      ]);
      const turn = onlyTurn(state);
      expect(cardForFile(turn, '/mnt/data/sine_wave_chart.png')?.code).toContain('import logging');
    });

    it('keeps three calls of one container with \\r\\n code and one linked chart', () => {
      const state = foldRecording('openai-dotnet__CodeInterpreterToolWithUploadedFileIds.json');
      const turn = onlyTurn(state);
      expect(cards(turn)).toHaveLength(3);
      expect(cards(turn)[1]?.code).toContain('# Create a simple bar chart visualizing ages\r\n');
      expect(messages(turn)[0]?.links[0]).toMatchObject({ text: 'Download the Bar Chart', path: '/mnt/data/ages_bar_chart.png' });
      expect(state.files['/mnt/data/ages_bar_chart.png']?.fileId).toBe('cfile_68d5f33c3858819192ae1a58775ed834');
    });

    it('keeps an empty outputs list apart from missing outputs (vercel-ai OpenAI JSON)', () => {
      const turn = onlyTurn(foldRecording('vercel-ai__openai-code-interpreter-tool.1.json'));
      expect(cards(turn).map((card) => card.outputs?.length ?? null)).toEqual([1, 0, 1]);
      expect(cards(turn)[2]?.logs).toBe("(21680, '/mnt/data/two_dice_sums_10000.txt')");
      expect(messages(turn)[0]?.links[0]?.title).toBe('- Per-trial sums were saved to a file. You can download it here:');
    });
  });
});

/** The recording's events with every `sequence_number` removed, as older API versions and some relays send them. */
function withoutSequenceNumbers(events: readonly unknown[]): unknown[] {
  return events.map((event) => {
    const { sequence_number: _removed, ...rest } = event as Record<string, unknown>;
    return rest;
  });
}

withRecordings(upstreamFixturesDirectory, () => {
  describe('a real stream without sequence_number (vercel-ai OpenAI stream, field removed)', () => {
    const name = 'vercel-ai__openai-code-interpreter-tool.1.chunks.txt';
    const [recorded = []] = loadRecording(name).streams;
    const stripped = withoutSequenceNumbers(recorded);

    it('the test really removed the field from every event', () => {
      expect(recorded.every((event) => typeof (event as { sequence_number?: unknown }).sequence_number === 'number')).toBe(true);
      expect(stripped.some((event) => 'sequence_number' in (event as object))).toBe(false);
    });

    it('accepts every event (none is invalid)', () => {
      expect(stripped.map((event) => parseEvent(event).type).filter((type) => type === 'execards.invalid')).toEqual([]);
    });

    it('folds, in arrival order, to the same conversation, with one diagnostic for the whole stream', () => {
      const original = onlyTurn(foldRecording(name));
      const state = foldEvents(stripped);
      const turn = onlyTurn(state);
      expect(turn.items).toEqual(original.items);
      expect(turn.response).toEqual(original.response);
      expect(state.diagnostics).toEqual([
        { code: 'missing_sequence_number', message: expect.stringContaining('arrival order') as unknown, eventType: expect.any(String) as unknown, sequenceNumber: null },
      ]);
      expect(state.files['/mnt/data/roll2dice_sums_10000.csv']?.fileId).toBe('cfile_68c2e7084ab48191a67824aa1f4c90f1');
    });

    it('a stream cut halfway shows what arrived: calls with their code, the running state', () => {
      const cut = foldEvents(stripped.slice(0, Math.floor(stripped.length / 2)));
      const turn = onlyTurn(cut);
      expect(turn.response?.status).toBe('in_progress');
      expect(cards(turn).length).toBeGreaterThan(0);
      expect(cards(turn)[0]?.code.startsWith('import random, math\nN=10000\n')).toBe(true);
      expect(cut.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['missing_sequence_number']);
    });

    it('two streams without sequence numbers: one diagnostic per turn', () => {
      const second = withoutSequenceNumbers(loadRecording('vercel-ai__azure-code-interpreter-tool.1.chunks.txt').streams[0] ?? []);
      const state = foldEvents([...stripped, ...second]);
      expect(state.turns).toHaveLength(2);
      expect(state.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['missing_sequence_number', 'missing_sequence_number']);
    });
  });
});

/** What each extra recording must fold to: the items of each turn, and how each response ended. */
const extraExpectations: Record<string, { readonly kinds: readonly (readonly OutputItem['kind'][])[]; readonly status: 'completed' | 'failed' }> = {
  'dotnet-extensions__CodeInterpreterTool_NonStreaming.response.json': { kinds: [['execution', 'message']], status: 'completed' },
  'dotnet-extensions__CodeInterpreterTool_Streaming.jsonl': { kinds: [['execution', 'message']], status: 'completed' },
  'dotnet-extensions__CodeInterpreterTool_Streaming_YieldsCodeDeltas.jsonl': { kinds: [['execution']], status: 'completed' },
  'openai-dotnet-pr889__CodeInterpreterToolStreaming.jsonl': { kinds: [['message', 'execution', 'message']], status: 'completed' },
  'openai-dotnet-pr889__CodeInterpreterToolStreamingAsync.jsonl': { kinds: [['message', 'execution', 'message']], status: 'completed' },
  'openai-dotnet-pr889__CodeInterpreterToolWithEmptyFileIds.response.json': { kinds: [['execution', 'message']], status: 'completed' },
  'openai-dotnet-pr889__CodeInterpreterToolWithEmptyFileIdsAsync.response.json': { kinds: [['execution', 'message']], status: 'completed' },
  'openai-dotnet-pr889__CodeInterpreterToolWithoutFileIds.response.json': { kinds: [['execution', 'message']], status: 'completed' },
  'openai-dotnet-pr889__CodeInterpreterToolWithoutFileIdsAsync.response.json': { kinds: [['execution', 'message']], status: 'completed' },
  'pydantic-ai-11c7e42__test_openai_responses_code_execution_return_image.response.json': { kinds: [['reasoning', 'execution', 'message']], status: 'completed' },
  'pydantic-ai-87a86f7__test_openai_responses_thinking_with_code_execution_tool.turn1.response.json': {
    kinds: [['reasoning', 'execution', 'reasoning', 'execution', 'reasoning', 'message']],
    status: 'completed',
  },
  'pydantic-ai-87a86f7__test_openai_responses_thinking_with_code_execution_tool.turn2.response.json': {
    kinds: [['reasoning', 'execution', 'execution', 'execution', 'execution', 'message']],
    status: 'completed',
  },
  'singankit-semconv__openai-server-tools.response.json': { kinds: [['execution', 'message']], status: 'completed' },
  'vercel-ai-8c1d5e8__azure-dir_openai-code-interpreter-tool.1.response.json': { kinds: [['reasoning', 'execution', 'reasoning', 'execution', 'reasoning', 'message']], status: 'completed' },
  'vercel-ai-945f104__openai-response-failed-only.1.jsonl': { kinds: [[]], status: 'failed' },
  'vercel-ai__openai-error.1.jsonl': { kinds: [[]], status: 'failed' },
};

withRecordings(extraFixturesDirectory, () => {
  describe('every extra upstream recording (../shared/fixtures/upstream-extra)', () => {
    const names = listExtraRecordings();

    it('finds the 16 recordings, each with its expectation', () => {
      expect(names).toHaveLength(16);
      expect(names).toEqual(Object.keys(extraExpectations).sort());
    });

    it.each(names)('%s: every event and response parses, nothing unknown', (name) => {
      const recording = loadRecording(name);
      expect(recording.streams.length + recording.responses.length).toBeGreaterThan(0);
      const parsed = [...recording.streams.flat(), ...recording.responses.map((response) => ({ type: 'response.completed', response }))].map((event) => parseEvent(event));
      expect(parsed.filter((event) => event.type === 'execards.invalid' || event.type === 'execards.unknown')).toEqual([]);
    });

    it.each(names)('%s folds with zero diagnostics into the turns and items its events describe', (name) => {
      const state = foldRecording(name);
      const expected = extraExpectations[name];
      expect(state.diagnostics).toEqual([]);
      expect(state.unknownEventCount).toBe(0);
      expect(state.turns.map(kinds)).toEqual(expected?.kinds);
      for (const turn of state.turns) {
        expect(turn.response?.id).toMatch(/^resp_/);
        expect(turn.response?.status).toBe(expected?.status);
        if (expected?.status === 'failed') expect(turn.response?.error?.message.length).toBeGreaterThan(0);
        for (const card of cards(turn)) {
          expect(card).toMatchObject({ status: 'completed', codeComplete: true, error: null });
          expect(card.code.length).toBeGreaterThan(0);
          expect(card.containerId).toMatch(/^cntr_/);
        }
        for (const message of messages(turn)) {
          expect(message.status).toBe('completed');
          expect(message.text.length).toBeGreaterThan(0);
        }
      }
    });

    const streamed = names.filter((name) => name.endsWith('.jsonl') && extraExpectations[name]?.status === 'completed');

    it.each(streamed)('%s: the streamed state equals the state from its final response alone', (name) => {
      const [events = []] = loadRecording(name).streams;
      const completed = events.find((event) => (event as { type?: unknown }).type === 'response.completed');
      const fromStream = onlyTurn(foldEvents(events));
      const fromFinal = onlyTurn(foldEvents([completed]));
      expect(fromStream.items).toEqual(fromFinal.items);
      expect(fromStream.response).toEqual(fromFinal.response);
    });

    it.each(names.filter((name) => name.endsWith('.jsonl')))('%s without sequence_number: the same conversation, one diagnostic at most', (name) => {
      const [events = []] = loadRecording(name).streams;
      const original = foldEvents(events);
      const stripped = foldEvents(withoutSequenceNumbers(events));
      expect(stripped.turns.map((turn) => turn.items)).toEqual(original.turns.map((turn) => turn.items));
      expect(stripped.turns.map((turn) => turn.response)).toEqual(original.turns.map((turn) => turn.response));
      // Lifecycle and error events may lack the field anyway: a stream of only those is not diagnosed.
      expect(stripped.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(original.turns.some((turn) => turn.items.length > 0) ? ['missing_sequence_number'] : []);
    });
  });

  describe('extra recordings, one by one', () => {
    it('openai-dotnet streams interleave text and a call whose outputs were not requested', () => {
      const turn = onlyTurn(foldRecording('openai-dotnet-pr889__CodeInterpreterToolStreaming.jsonl'));
      expect(messages(turn)[0]?.text.startsWith('To calculate the factorial of 5 using Py')).toBe(true);
      expect(cards(turn)[0]).toMatchObject({ outputs: null, logs: '', images: [] });
      expect(messages(turn)[1]?.text.startsWith('The factorial of 5, calculated using the')).toBe(true);
      expect(messages(onlyTurn(foldRecording('openai-dotnet-pr889__CodeInterpreterToolStreamingAsync.jsonl')))[1]?.text).toContain('\\( 120 \\)');
    });

    it('openai-dotnet non-streamed responses resolve their linked chart citation to a file of the call', () => {
      for (const name of ['openai-dotnet-pr889__CodeInterpreterToolWithEmptyFileIds.response.json', 'openai-dotnet-pr889__CodeInterpreterToolWithEmptyFileIdsAsync.response.json']) {
        const state = foldRecording(name);
        const turn = onlyTurn(state);
        expect(Object.values(state.files).map((file) => [file.path, file.kind, file.autoCaptured, file.fileId?.startsWith('cfile_')])).toEqual([['/mnt/data/sine_wave_chart.png', 'image', false, true]]);
        expect(cardForFile(turn, '/mnt/data/sine_wave_chart.png')?.id).toBe(cards(turn)[0]?.id);
      }
    });

    it('pydantic-ai image response: the PNG output, the logs, an auto-captured and a linked image', () => {
      const state = foldRecording('pydantic-ai-11c7e42__test_openai_responses_code_execution_return_image.response.json');
      const [card] = cards(onlyTurn(state));
      expect(card?.images).toHaveLength(1);
      expect(card?.images[0]?.url.startsWith('data:image/png;base64,iVBORw0KGgo')).toBe(true);
      expect(card?.logs).toBe("'/mnt/data/y_equals_x_squared.png'");
      expect(card?.code).toContain('\r\n');
      expect(Object.values(state.files).map((file) => [file.kind, file.autoCaptured]).sort()).toEqual([
        ['image', false],
        ['image', true],
      ]);
    });

    it('pydantic-ai thinking turns fold into one conversation of two turns, with summaries and logs', () => {
      const state = foldEvents(
        ['turn1', 'turn2'].map((turn) => ({
          type: 'response.completed',
          response: loadRecording(`pydantic-ai-87a86f7__test_openai_responses_thinking_with_code_execution_tool.${turn}.response.json`).responses[0],
        })),
      );
      expect(state.diagnostics).toEqual([]);
      expect(state.turns.map((turn) => cards(turn).length)).toEqual([2, 4]);
      expect(state.turns[0]?.items[0]?.kind === 'reasoning' && state.turns[0].items[0].summary.length).toBeGreaterThan(0);
      expect(cards(state.turns[1] as Turn).every((card) => card.logs.length > 0)).toBe(true);
      expect(messages(state.turns[1] as Turn)[0]?.text.startsWith('123456^124 equals:')).toBe(true);
    });

    it('a response holding another tool’s unfinished item (web search, Azure): the item is ignored, the call shows', () => {
      const turn = onlyTurn(foldRecording('singankit-semconv__openai-server-tools.response.json'));
      expect(cards(turn)[0]?.logs).toBe('5040');
      expect(messages(turn)[0]?.text).toContain('5040');
    });

    it('a hand-edited stream with code deltas only, no status events and no message', () => {
      const turn = onlyTurn(foldRecording('dotnet-extensions__CodeInterpreterTool_Streaming_YieldsCodeDeltas.jsonl'));
      expect(cards(turn)[0]).toMatchObject({ code: '# sum(range(1, 11))', status: 'completed', codeComplete: true });
      expect(messages(turn)).toEqual([]);
    });

    it('error streams fail the turn with the service’s code and message', () => {
      expect(onlyTurn(foldRecording('vercel-ai__openai-error.1.jsonl')).response?.error?.code).toBe('insufficient_quota');
      expect(onlyTurn(foldRecording('vercel-ai-945f104__openai-response-failed-only.1.jsonl')).response?.error).toMatchObject({ code: 'rate_limit_exceeded' });
    });
  });
});
