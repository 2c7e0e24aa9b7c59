import { createContainerFileHandler, signFileUrl, withSignedFileUrls } from '@execards/ai-sdk/server';
import { convertToModelMessages, createUIMessageStreamResponse, streamText, validateUIMessages } from 'ai';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import type { Upstream } from './upstream.js';

// Asks for the link layout the kit turns into output cards (docs/architecture.md#output-cards).
const instructions = [
  'Run Python with the code interpreter tool; the user’s files are in /mnt/data.',
  'Save each file you make in /mnt/data and mention it on its own line: a bold title, then a link such as',
  '[*Generating your chart…*](sandbox:/mnt/data/<file name>) with no leading "!".',
  'Give small tables as markdown tables, look at data before answering, and recover from failed steps.',
].join('\n');

const chatBodySchema = z.object({ messages: z.array(z.unknown()).min(1).max(200) });
const maxBodyBytes = 2 * 1024 * 1024;

/** `POST /api/chat` streams the AI SDK UI message protocol; `GET /api/files` serves one signed container file. */
export function createChatApp({ upstream, fileUrlSecret }: { upstream: Upstream; fileUrlSecret: string }): Hono {
  const app = new Hono();
  const serveFile = createContainerFileHandler({ baseURL: upstream.baseURL, apiKey: upstream.apiKey, headers: upstream.headers, secret: fileUrlSecret });

  app.get('/api/health', (context) => context.json({ status: 'ok' }));
  app.get('/api/files', (context) => serveFile(context.req.raw));
  app.post('/api/chat', bodyLimit({ maxSize: maxBodyBytes, onError: (context) => context.json({ error: { message: 'The request is too large.' } }, 413) }), async (context) => {
    const body = chatBodySchema.safeParse(await context.req.json().catch(() => null));
    if (!body.success) return context.json({ error: { message: 'Expected a JSON body with a non-empty "messages" array.' } }, 400);
    const messages = await validateUIMessages({ messages: body.data.messages }).catch(() => null);
    if (messages === null) return context.json({ error: { message: 'The messages are not valid UI messages.' } }, 400);
    const result = streamText({
      model: upstream.model,
      system: instructions,
      messages: await convertToModelMessages(messages),
      tools: { code_interpreter: upstream.codeInterpreter },
    });
    const stream = result.toUIMessageStream({ sendSources: true, originalMessages: messages, onError: () => 'The model request failed. Please try again.' });
    // Each cited container file gets a signed URL in the stream: it grants that one file, for a limited time.
    return createUIMessageStreamResponse({ stream: withSignedFileUrls(stream, { sign: (file) => signFileUrl({ ...file, secret: fileUrlSecret, route: '/api/files' }) }) });
  });
  return app;
}
