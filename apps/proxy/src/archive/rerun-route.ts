import type { RerunAnswer } from '@execards/core';
import type { Context } from 'hono';
import { z } from 'zod';
import { decodeConversationToken } from '../tokens/conversation-token.js';
import { errorResponse } from '../routes/http-errors.js';
import { refuseModel } from '../routes/model-check.js';
import type { ProxyContext } from '../proxy-context.js';
import { proxyErrorFor } from '../turn/proxy-errors.js';
import { RerunFailedError, rerunCode } from './rerun.js';
import { readJsonBody } from '../routes/json-body.js';

const baseName = z
  .string()
  .min(1)
  .max(255)
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this refuses
  .refine((name) => !/[/\\\u0000-\u001f]/.test(name) && name !== '.' && name !== '..', 'must be a plain file name (no directories)');

export function rerunRequestSchema(maxCodeCharacters: number) {
  return z.strictObject({
    /** The conversation's current token: its uploads go into the new container. */
    token: z.string().min(1).max(64 * 1024),
    model: z.string().trim().min(1).max(200),
    /** The producing call's code, run as given. */
    code: z.string().min(1, 'must not be empty').max(maxCodeCharacters, `must be at most ${maxCodeCharacters} characters`),
    filenames: z.array(baseName).min(1, 'must name at least one file').max(20, 'must name at most 20 files'),
  });
}

/** `POST /api/files/rerun`: replays code in a fresh container and archives the files it makes again. */
export function createRerunHandler(context: ProxyContext) {
  const schema = rerunRequestSchema(context.config.limits.maxTextCharacters);
  return async (c: Context) => {
    const requestId = c.get('requestId') as string;
    const parsed = await readJsonBody(c, schema);
    if (!parsed.ok) return parsed.response;
    const body = parsed.data;
    const { archive } = context;
    if (!archive) return errorResponse(c, 409, 'archive_disabled', 'Re-running needs the file archive, which is turned off on this server.');
    const refused = refuseModel(c, context.config.models, body.model);
    if (refused) return refused;
    const state = decodeConversationToken(context.signer, body.token);
    if (!state) return errorResponse(c, 400, 'invalid_token', 'The conversation token is invalid. Please start a new conversation.');
    const logger = context.logger.child({ requestId });
    try {
      const result = await rerunCode(
        { config: context.config, gateway: context.gateway, archive, logger, maxResumes: context.maxResumes },
        { model: body.model, code: body.code, filenames: body.filenames, state },
        c.req.raw.signal,
      );
      return c.json(result satisfies RerunAnswer);
    } catch (error) {
      if (error instanceof RerunFailedError) {
        return errorResponse(c, 502, 'rerun_failed', 'The code could not be run again. Please try again.', { retryable: true });
      }
      const proxyError = proxyErrorFor(error, requestId);
      logger.log('error', 'rerun_failed', { error, code: proxyError.code });
      return errorResponse(c, 502, proxyError.code, proxyError.message, { retryable: proxyError.retryable });
    }
  };
}
