import { signFileUrl, withSignedFileUrls } from '@execards/ai-sdk/server';
import { convertToModelMessages, createUIMessageStreamResponse, streamText, validateUIMessages } from 'ai';
import { z } from 'zod';
import { readUpstream } from '../../../lib/upstream';

// The behaviour the kit renders best: files saved to /mnt/data and linked with sandbox: URLs.
const instructions = [
  'You can run Python with the code interpreter tool. Files the user shares are in /mnt/data.',
  'Save every file you create in /mnt/data. Reference each one on its own line as a bold title followed by a link like',
  '[*Generating your chart…*](sandbox:/mnt/data/<file name>), without a leading "!".',
].join('\n');

const chatRequestSchema = z.object({ messages: z.array(z.unknown()).min(1).max(200) });
const maxBodyBytes = 2 * 1024 * 1024;

function errorResponse(status: number, message: string): Response {
  return Response.json({ error: { message } }, { status });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/** `POST /api/chat`: the AI SDK UI message stream, with a signed `/api/files` URL on each cited container file. */
export async function POST(request: Request): Promise<Response> {
  const text = await request.text();
  if (Buffer.byteLength(text) > maxBodyBytes) return errorResponse(413, 'The request is too large.');
  const body = chatRequestSchema.safeParse(parseJson(text));
  if (!body.success) return errorResponse(400, 'Expected a JSON body with a non-empty "messages" array.');
  let messages;
  try {
    messages = await validateUIMessages({ messages: body.data.messages });
  } catch {
    return errorResponse(400, 'The messages are not valid UI messages.');
  }
  const upstream = readUpstream();
  const result = streamText({
    model: upstream.model,
    system: instructions,
    messages: await convertToModelMessages(messages),
    tools: { code_interpreter: upstream.codeInterpreter },
    abortSignal: request.signal,
  });
  const stream = result.toUIMessageStream({ sendSources: true, originalMessages: messages, onError: () => 'The model request failed. Please try again.' });
  return createUIMessageStreamResponse({
    stream: withSignedFileUrls(stream, { sign: (file) => signFileUrl({ ...file, secret: upstream.fileUrlSecret, route: '/api/files' }) }),
  });
}
