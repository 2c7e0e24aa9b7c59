// app/api/chat/route.ts
import { openai } from '@ai-sdk/openai';
import { createContainerFileHandler, signFileUrl, withSignedFileUrls } from '@execards/ai-sdk/server';
import { convertToModelMessages, createUIMessageStreamResponse, streamText, validateUIMessages } from 'ai';

const secret = process.env.FILE_URL_SECRET ?? ''; // 32+ random characters, server only

export async function POST(request: Request) {
  const messages = await validateUIMessages({ messages: ((await request.json()) as { messages: unknown }).messages });
  const result = streamText({ model: openai.responses('gpt-5'), messages: await convertToModelMessages(messages), tools: { code_interpreter: openai.tools.codeInterpreter() } });
  const stream = withSignedFileUrls(result.toUIMessageStream({ sendSources: true }), { sign: (file) => signFileUrl({ ...file, secret, route: '/api/files' }) });
  return createUIMessageStreamResponse({ stream });
}

// app/api/files/route.ts
export const GET = createContainerFileHandler({ baseURL: 'https://api.openai.com/v1', apiKey: process.env.OPENAI_API_KEY ?? '', secret });
