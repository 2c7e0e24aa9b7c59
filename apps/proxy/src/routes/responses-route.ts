import type { Context } from 'hono';
import { z } from 'zod';
import { resumeTurn, runTurn, type TurnDependencies } from '../turn/conversation-turn.js';
import { decodeConversationToken, emptyConversation } from '../tokens/conversation-token.js';
import { errorResponse } from './http-errors.js';
import { refuseModel } from './model-check.js';
import type { ProxyContext } from '../proxy-context.js';
import { sseHeartbeat } from '../turn/sse-frame.js';
import { readJsonBody } from './json-body.js';

/** The body of `POST /api/responses`; `packages/client` sends exactly this. */
export function responseRequestSchema(maxTextCharacters: number) {
  return z.strictObject({
    /** The user's message. */
    text: z.string().trim().min(1, 'must not be empty').max(maxTextCharacters, `must be at most ${maxTextCharacters} characters`),
    /** A model (deployment) name from `GET /api/config`. */
    model: z.string().trim().min(1).max(200),
    /** Files from `POST /api/files` to add to the conversation's container for this turn. */
    fileIds: z.array(z.string().min(1).max(200)).max(10).default([]),
    /** The last `proxy.conversation` token; absent on the first turn. */
    token: z.string().min(1).max(64 * 1024).optional(),
  });
}

export type ResponseRequest = z.infer<ReturnType<typeof responseRequestSchema>>;

const heartbeatMs = 15_000;
const encoder = new TextEncoder();

type Send = (frame: string) => void;

/** Runs `work` behind an SSE answer; the client going away aborts it (and with it the upstream request). */
function streamTurn(context: ProxyContext, c: Context, work: (dependencies: TurnDependencies, send: Send, signal: AbortSignal) => Promise<void>): Response {
  const requestId = c.get('requestId') as string;
  const logger = context.logger.child({ requestId });
  const abort = new AbortController();
  c.req.raw.signal.addEventListener('abort', () => abort.abort(), { once: true });

  let closed = false;
  let heartbeat: ReturnType<typeof setInterval> | undefined;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (frame: string) => {
        if (!closed) controller.enqueue(encoder.encode(frame));
      };
      heartbeat = setInterval(() => send(sseHeartbeat), heartbeatMs);
      void work({ ...context, logger, requestId }, send, abort.signal).finally(() => {
        clearInterval(heartbeat);
        if (!closed) {
          closed = true;
          controller.close();
        }
      });
    },
    cancel() {
      closed = true;
      clearInterval(heartbeat);
      abort.abort();
    },
  });
  return new Response(stream, {
    headers: {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      'x-accel-buffering': 'no',
    },
  });
}

export function createResponsesHandler(context: ProxyContext) {
  const schema = responseRequestSchema(context.config.limits.maxTextCharacters);

  return async (c: Context) => {
    const parsed = await readJsonBody(c, schema);
    if (!parsed.ok) return parsed.response;
    const body = parsed.data;
    const refused = refuseModel(c, context.config.models, body.model);
    if (refused) return refused;
    const state = body.token === undefined ? emptyConversation : decodeConversationToken(context.signer, body.token);
    if (!state) return errorResponse(c, 400, 'invalid_token', 'The conversation token is invalid. Please start a new conversation.');
    const foreign = body.fileIds.find((id) => !state.uploadedFileIds.includes(id));
    if (foreign !== undefined) return errorResponse(c, 400, 'unknown_file', `The file "${foreign}" was not uploaded in this conversation.`);

    return streamTurn(context, c, (dependencies, send, signal) => runTurn(dependencies, { text: body.text, model: body.model, fileIds: body.fileIds, state }, send, signal));
  };
}

const resumeQuerySchema = z.object({
  responseId: z.string().regex(/^[\w-]{1,200}$/, 'must be a response id'),
  startingAfter: z.coerce.number().int().min(-1),
});

/**
 * `GET /api/responses/:responseId/events?starting_after=N` with the turn's token in `X-Execards-Token`: the rest
 * of a turn whose browser connection dropped, relayed like the original, ending with `proxy.conversation`.
 */
export function createResumeHandler(context: ProxyContext) {
  return (c: Context) => {
    const query = resumeQuerySchema.safeParse({ responseId: c.req.param('responseId'), startingAfter: c.req.query('starting_after') });
    if (!query.success) {
      const issue = query.error.issues[0];
      return errorResponse(c, 400, 'invalid_request', `Invalid request: ${issue?.path.join('.') ?? 'query'} ${issue?.message ?? 'is invalid'}.`);
    }
    const token = c.req.header('x-execards-token');
    const state = token ? decodeConversationToken(context.signer, token) : emptyConversation;
    if (!state) return errorResponse(c, 400, 'invalid_token', 'The conversation token is invalid. Please start a new conversation.');
    return streamTurn(context, c, (dependencies, send, signal) => resumeTurn(dependencies, { ...query.data, state }, send, signal));
  };
}
