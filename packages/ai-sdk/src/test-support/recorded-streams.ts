/**
 * The real upstream recordings in `../shared/fixtures/upstream` (see its SOURCES.md) as the raw SSE
 * bodies the server sent, and a replay of one through the AI SDK's own OpenAI provider and UI
 * message stream. Test support only; not part of the package.
 */
import path from 'node:path';
import { createOpenAI } from '@ai-sdk/openai';
import { readUIMessageStream, streamText, type UIMessage, type UIMessageChunk } from 'ai';
import { fixturesPath } from '../../../../tooling/fixtures/index.js';
import { readRecording } from '../../../../tooling/fixtures/recordings.js';

export const fixturesDirectory = fixturesPath('upstream');

/** Every streamed response of a recording, as SSE text. */
export function recordedSseBodies(name: string): string[] {
  return [...readRecording(path.join(fixturesDirectory, name)).sseBodies];
}

/** A fetch that answers every request with the recorded SSE, in small pieces like a network would. */
function recordingFetch(sse: string, requests: unknown[]): typeof fetch {
  return async (_input, init) => {
    requests.push(typeof init?.body === 'string' ? JSON.parse(init.body) : null);
    const bytes = new TextEncoder().encode(sse);
    const pieceSize = 4096;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let offset = 0; offset < bytes.length; offset += pieceSize) controller.enqueue(bytes.slice(offset, offset + pieceSize));
        controller.close();
      },
    });
    return new Response(body, { status: 200, headers: { 'content-type': 'text/event-stream' } });
  };
}

export interface Replay {
  /** The assistant message after every UI message chunk (deep copies), in order. */
  readonly snapshots: readonly UIMessage[];
  /** The final assistant message. */
  readonly message: UIMessage;
  /** The JSON body the provider sent upstream. */
  readonly request: unknown;
}

/** Runs a recorded SSE body through `createOpenAI` + `streamText` + `toUIMessageStream` (+ `transform`) + `readUIMessageStream`. */
export async function replayThroughAiSdk(sse: string, transform: (stream: ReadableStream<UIMessageChunk>) => ReadableStream<UIMessageChunk> = (stream) => stream): Promise<Replay> {
  const requests: unknown[] = [];
  const openai = createOpenAI({ baseURL: 'http://recording.invalid/v1', apiKey: 'test-key', fetch: recordingFetch(sse, requests) });
  const result = streamText({
    model: openai.responses('gpt-5'),
    prompt: 'replayed',
    tools: { code_interpreter: openai.tools.codeInterpreter() },
  });
  const snapshots: UIMessage[] = [];
  for await (const message of readUIMessageStream({ stream: transform(result.toUIMessageStream({ sendSources: true })) })) snapshots.push(structuredClone(message));
  const message = snapshots.at(-1);
  if (!message) throw new Error('the replay produced no UI message');
  return { snapshots, message, request: requests[0] };
}
