import type { ErrorBody } from '@execards/core';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** The JSON error shape of every non-stream answer: `{error: {code, message, requestId, ...}}`. */
export function errorResponse(c: Context, status: ContentfulStatusCode, code: string, message: string, extra: Pick<ErrorBody['error'], 'retryable' | 'filename' | 'field'> = {}): Response {
  const requestId = (c.get('requestId') as string | undefined) ?? 'unknown';
  const body: ErrorBody = { error: { code, message, requestId, ...extra } };
  return c.json(body, status);
}
