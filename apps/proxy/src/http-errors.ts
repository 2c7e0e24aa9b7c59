import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** The JSON error shape of every non-stream answer: `{error: {code, message, requestId, ...}}`. */
export function errorResponse(c: Context, status: ContentfulStatusCode, code: string, message: string, extra: Record<string, unknown> = {}): Response {
  const requestId = (c.get('requestId') as string | undefined) ?? 'unknown';
  return c.json({ error: { code, message, requestId, ...extra } }, status);
}
