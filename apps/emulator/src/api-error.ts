import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';

export interface ApiErrorBody {
  error: { message: string; type: string; param: string | null; code: string | null };
}

/** An error answered with the upstream's `{error:{message,type,param,code}}` shape and status. */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    message: string,
    readonly type = 'invalid_request_error',
    readonly param: string | null = null,
    readonly code: string | null = null,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }

  toBody(): ApiErrorBody {
    return { error: { message: this.message, type: this.type, param: this.param, code: this.code } };
  }
}

export function notFound(message: string, param: string | null = null): ApiError {
  return new ApiError(404, message, 'invalid_request_error', param, null);
}

export function containerExpired(): ApiError {
  return new ApiError(400, 'Container is expired.', 'invalid_request_error', null, 'container_expired');
}

export function containerNotFound(id: string): ApiError {
  return new ApiError(404, `Container with id '${id}' not found.`, 'invalid_request_error', null, null);
}

/** Turns a zod failure into a 400 naming the first offending field, like the upstream does. */
export function invalidRequest(error: z.ZodError, prefix = ''): ApiError {
  const issue = error.issues[0];
  const path = issue ? [prefix, ...issue.path.map(String)].filter(Boolean).join('.') : prefix;
  const detail = issue ? issue.message : 'Invalid request.';
  return new ApiError(400, path ? `Invalid '${path}': ${detail}` : detail, 'invalid_request_error', path || null, 'invalid_value');
}

export function answerError(c: Context, error: ApiError): Response {
  for (const [name, value] of Object.entries(error.headers)) c.header(name, value);
  return c.json(error.toBody(), error.status);
}
