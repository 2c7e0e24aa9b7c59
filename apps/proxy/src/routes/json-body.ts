import type { Context } from 'hono';
import type { z } from 'zod';
import { errorResponse } from './http-errors.js';

export type JsonBody<T> = { ok: true; data: T } | { ok: false; response: Response };

/** The request's JSON body checked against `schema`; a 400 naming the first bad field otherwise. */
export async function readJsonBody<Schema extends z.ZodType>(c: Context, schema: Schema): Promise<JsonBody<z.infer<Schema>>> {
  const raw: unknown = await c.req.json().catch(() => undefined);
  if (raw === undefined) return { ok: false, response: errorResponse(c, 400, 'invalid_json', 'The request body must be JSON.') };
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, data: parsed.data };
  const issue = parsed.error.issues[0];
  const field = issue?.path.join('.') || 'body';
  return { ok: false, response: errorResponse(c, 400, 'invalid_request', `Invalid request: ${field} ${issue?.message ?? 'is invalid'}.`, { field }) };
}
