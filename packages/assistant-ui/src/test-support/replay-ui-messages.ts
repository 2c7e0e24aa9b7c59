import { createOpenAI } from '@ai-sdk/openai';
import { readUIMessageStream, streamText, type UIMessage } from 'ai';
import { replayFetch } from './recordings.js';

/**
 * Runs a recording through the AI SDK's real OpenAI Responses provider and UI message stream,
 * as a server's `toUIMessageStreamResponse()` and the browser's `useChat` would, and returns every
 * intermediate assistant message snapshot (the last one is the final message).
 */
export async function replayUiMessages(recording: string): Promise<{ snapshots: UIMessage[]; requests: unknown[] }> {
  const { fetch, requests } = replayFetch(recording);
  const openai = createOpenAI({ baseURL: 'http://recording.invalid/v1', apiKey: 'recorded', fetch });
  const result = streamText({
    model: openai.responses('gpt-5'),
    prompt: 'Replay',
    tools: { code_interpreter: openai.tools.codeInterpreter({}) },
  });
  const snapshots: UIMessage[] = [];
  for await (const message of readUIMessageStream({ stream: result.toUIMessageStream({ sendSources: true }) })) snapshots.push(structuredClone(message));
  return { snapshots, requests };
}
