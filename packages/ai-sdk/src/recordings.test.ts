// @vitest-environment node
/**
 * The real upstream recordings, replayed through the AI SDK's own OpenAI provider and UI message
 * stream (no mock of the SDK: only `fetch` serves the recorded SSE), then through this adapter.
 */
import type { ExecutionCard } from '@execards/core';
import { describe, expect, it } from 'vitest';
import { isCodeInterpreterPart, toExecutionCard } from './tool-part-to-card.js';
import { toMessageView } from './message-view.js';
import { fixturesDirectory, recordedSseBodies, replayThroughAiSdk, type Replay } from './test-support/recorded-streams.js';
import { withRecordings } from '../../../tooling/fixtures/vitest.js';

async function replay(name: string, index = 0): Promise<Replay> {
  const sse = recordedSseBodies(name)[index];
  if (sse === undefined) throw new Error(`${name} has no stream #${index}`);
  return replayThroughAiSdk(sse);
}

function expectCompleted(cards: readonly ExecutionCard[]): void {
  for (const card of cards) {
    expect(card.status).toBe('completed');
    expect(card.codeComplete).toBe(true);
    expect(card.code.length).toBeGreaterThan(0);
    expect(card.containerId).toMatch(/^cntr_/);
    expect(card.error).toBeNull();
  }
}

// Loading the AI SDK and replaying large recordings is slow on a busy two-core machine.
withRecordings(fixturesDirectory, () => {
  describe('replaying recordings through the AI SDK', { timeout: 30_000 }, () => {
    it('asks upstream for the call outputs (the provider adds the include for the tool)', async () => {
      const { request } = await replay('vercel-ai__azure-code-interpreter-tool.1.chunks.txt');
      expect(request).toMatchObject({ include: ['code_interpreter_call.outputs'], tools: [{ type: 'code_interpreter', container: { type: 'auto' } }] });
    });

    it('OpenAI gpt-5-nano: three calls with their code and logs, and the cited CSV linked from the text', async () => {
      const { message } = await replay('vercel-ai__openai-code-interpreter-tool.1.chunks.txt');
      const view = toMessageView(message, { fileUrl: (file) => `/files/${file.fileId}` });
      expect(view.cards).toHaveLength(3);
      expectCompleted(view.cards);
      expect(view.cards[0]?.code).toContain('import random, math');
      expect(view.cards[2]?.code).toBe('sums[:20]\n');
      expect(view.cards[2]?.logs).toMatch(/^\[\d+, \d+/);
      expect(view.cards.every((card) => card.images.length === 0)).toBe(true);
      const csv = view.files['/mnt/data/roll2dice_sums_10000.csv'];
      expect(csv).toMatchObject({ filename: 'roll2dice_sums_10000.csv', kind: 'csv', fileId: 'cfile_68c2e7084ab48191a67824aa1f4c90f1', url: '/files/cfile_68c2e7084ab48191a67824aa1f4c90f1', autoCaptured: false });
      expect(csv?.containerId).toBe(view.cards[0]?.containerId);
      const text = view.turn.items.find((item) => item.kind === 'message');
      expect(text?.kind === 'message' && text.links.map((link) => link.filename)).toEqual(['roll2dice_sums_10000.csv']);
    });

    it('Azure gpt-5-mini: one call with logs and no files', async () => {
      const { message } = await replay('vercel-ai__azure-code-interpreter-tool.1.chunks.txt');
      const view = toMessageView(message);
      expect(view.cards).toHaveLength(1);
      expectCompleted(view.cards);
      expect(view.cards[0]?.logs.length).toBeGreaterThan(0);
      expect(view.files).toEqual({});
    });

    it('gpt-5 image run: the PNG output as an image, logs, and both the linked and the auto-captured file', async () => {
      const { message } = await replay('pydantic-ai__test_openai_responses_code_execution_return_image_stream.yaml');
      const view = toMessageView(message);
      expect(view.cards).toHaveLength(1);
      expectCompleted(view.cards);
      const [card] = view.cards;
      expect(card?.images).toHaveLength(1);
      expect(card?.images[0]?.url).toMatch(/^data:image\/png;base64,iVBOR/);
      expect(card?.images[0]?.url.length).toBeGreaterThan(80_000);
      expect(card?.outputs?.map((output) => output.type)).toEqual(['image', 'logs']);
      expect(card?.code).toContain('y_eq_x_squared_plot.png');
      expect(view.files['/mnt/data/y_eq_x_squared_plot.png']).toMatchObject({ kind: 'image', autoCaptured: false, url: null });
      expect(view.files['/mnt/data/cfile_68dd937c234081919ee5238a16b4fd87.png']).toMatchObject({ kind: 'image', autoCaptured: true, fileId: 'cfile_68dd937c234081919ee5238a16b4fd87' });
    });

    it('gpt-5 with reasoning summaries and no include: three calls with code, no outputs', async () => {
      const { message } = await replay('pydantic-ai__test_openai_responses_thinking_with_code_execution_tool_stream.yaml');
      const view = toMessageView(message);
      expect(view.cards).toHaveLength(3);
      expectCompleted(view.cards);
      for (const card of view.cards) expect([card.logs, card.images]).toEqual(['', []]);
    });

    it('gpt-5.5 (newest event shape): the call and its cited CSV', async () => {
      const { message } = await replay('pydantic-ai__test_openai_responses_code_execution_download_file_stream.yaml');
      const view = toMessageView(message);
      expect(view.cards).toHaveLength(1);
      expectCompleted(view.cards);
      expect(view.files['/mnt/data/numbers_and_squares.csv']).toMatchObject({ kind: 'csv', autoCaptured: false });
    });

    it('gpt-4o-mini with an uploaded CSV: message, two calls (pandas then matplotlib), and a zero-span plot no text mentions', async () => {
      const { message } = await replay('openai-dotnet__CodeInterpreterToolStreamingWithFiles.json');
      const view = toMessageView(message);
      expect(view.cards).toHaveLength(2);
      expectCompleted(view.cards);
      expect(view.cards[1]?.code).toContain('matplotlib');
      expect(view.files['/mnt/data/cfile_68d5f31200208191afd3130709930804.png']).toMatchObject({ autoCaptured: true, kind: 'image' });
    });

    it.each(['openai-dotnet__CodeInterpreterToolStreaming.json', 'openai-dotnet__CodeInterpreterToolStreamingAsync.json'])(
      '%s: text, the factorial call, more text, in order',
      async (name) => {
        const { message } = await replay(name);
        const view = toMessageView(message);
        expect(view.turn.items.map((item) => item.kind)).toEqual(['message', 'execution', 'message']);
        expectCompleted(view.cards);
        expect(view.cards[0]?.code.toLowerCase()).toContain('factorial');
      },
    );

    it('while streaming, the code grows as a prefix of the final code in a running card, then interprets, then completes', async () => {
      const { snapshots, message } = await replay('vercel-ai__openai-code-interpreter-tool.1.chunks.txt');
      const finalCard = toMessageView(message).cards[0];
      const firstCallId = finalCard?.id;
      const states = snapshots.map((snapshot) => toMessageView(snapshot).cards.find((card) => card.id === firstCallId)).filter((card) => card !== undefined);
      const streaming = states.filter((card) => card.status === 'in_progress');
      expect(streaming.length).toBeGreaterThan(10);
      for (const card of streaming) {
        expect(card.codeComplete).toBe(false);
        expect(finalCard?.code.startsWith(card.code)).toBe(true);
      }
      const lengths = streaming.map((card) => card.code.length);
      expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
      expect(lengths.at(-1)).toBeGreaterThan(lengths[0] ?? 0);
      const order = [...new Set(states.map((card) => card.status))];
      expect(order).toEqual(['in_progress', 'interpreting', 'completed']);
      const toolParts = message.parts.filter((part) => isCodeInterpreterPart(part));
      expect(toolParts.map((part) => toExecutionCard(part)?.id)).toEqual(toMessageView(message).cards.map((card) => card.id));
    });
  });
});
