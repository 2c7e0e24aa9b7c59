import { errorBodySchema } from '@execards/core';

/** An error the proxy answered with, or a failure to reach it; `message` is safe to show to a person. */
export class ProxyError extends Error {
  override readonly name = 'ProxyError';
  constructor(
    message: string,
    readonly status: number | null,
    readonly code: string,
    /** Whether trying the same request again may succeed. */
    readonly retryable = false,
    /** For upload rejections: the file the server named. */
    readonly filename: string | null = null,
  ) {
    super(message);
  }
}

/** Turns the proxy's `{error: {code, message, ...}}` answer (or anything else) into a `ProxyError`. */
export function errorFromResponse(status: number, body: unknown): ProxyError {
  const parsed = errorBodySchema.safeParse(body);
  if (!parsed.success) return new ProxyError(`The server answered ${status}.`, status, 'http_error', status >= 500 || status === 429);
  const { code, message, retryable, filename } = parsed.data.error;
  return new ProxyError(message, status, code, retryable ?? (status >= 500 || status === 429), filename ?? null);
}

export function networkError(): ProxyError {
  return new ProxyError('The server could not be reached.', null, 'network_error', true);
}

export function isAbortError(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}
