import { createContainerFileHandler, signFileUrl, withSignedFileUrls } from '@execards/ai-sdk/server';
import { convertToModelMessages, createUIMessageStreamResponse, streamText, validateUIMessages } from 'ai';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import type { Upstream } from './upstream.js';

// Our own words for the behaviour the kit renders best (docs/architecture.md#output-cards): files saved to /mnt/data and linked with sandbox: URLs.
const instructions = [
  'You can run Python with the code interpreter tool. Files the user shares are in /mnt/data.',
  'Save every file you create in /mnt/data. Reference each one on its own line as a bold title followed by a link like',
  '[*Generating your chart…*](sandbox:/mnt/data/<file name>), without a leading "!".',
  'Show small tables as markdown tables. Look at data before answering, and when a step fails, fix it and continue.',
].join('\n');

const chatRequestSchema = z.object({ messages: z.array(z.unknown()).min(1).max(200) });

export interface ChatAppOptions {
  upstream: Upstream;
  fileUrlSecret: string;
}

/** The example's API: `POST /api/chat` (AI SDK UI message stream) and `GET /api/files` (signed downloads). */
export function createChatApp({ upstream, fileUrlSecret }: ChatAppOptions): Hono {
  const app = new Hono();
  const downloadFile = createContainerFileHandler({ baseURL: upstream.baseURL, apiKey: upstream.apiKey, headers: upstream.headers, secret: fileUrlSecret });

  app.get('/api/health', (context) => context.json({ status: 'ok' }));
  app.get('/api/files', (context) => downloadFile(context.req.raw));

  app.post('/api/chat', bodyLimit({ maxSize: 2 * 1024 * 1024, onError: (context) => context.json({ error: { message: 'The request is too large.' } }, 413) }), async (context) => {
    const body = chatRequestSchema.safeParse(await context.req.json().catch(() => null));
    if (!body.success) return context.json({ error: { message: 'Expected a JSON body with a non-empty "messages" array.' } }, 400);
    let messages;
    try {
      messages = await validateUIMessages({ messages: body.data.messages });
    } catch {
      return context.json({ error: { message: 'The messages are not valid UI messages.' } }, 400);
    }
    const result = streamText({
      model: upstream.model,
      system: instructions,
      messages: await convertToModelMessages(messages),
      tools: { code_interpreter: upstream.codeInterpreter },
    });
    const stream = result.toUIMessageStream({ sendSources: true, originalMessages: messages, onError: () => 'The model request failed. Please try again.' });
    return createUIMessageStreamResponse({
      stream: withSignedFileUrls(stream, { sign: (file) => signFileUrl({ ...file, secret: fileUrlSecret, route: '/api/files' }) }),
    });
  });

  return app;
}
