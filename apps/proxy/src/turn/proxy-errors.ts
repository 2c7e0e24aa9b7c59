import type { ProxyEventPayload } from '@execards/core';
import { APIConnectionError, APIConnectionTimeoutError, APIError } from 'openai';
import { StreamInterruptedError } from '../upstream/resumable-events.js';
import { UpstreamIdleTimeoutError } from '../upstream/upstream-idle-timeout.js';

/** The `proxy.error` payload: a code to branch on, a message safe to show, and whether trying again may help. */
export type ProxyErrorPayload = Required<ProxyEventPayload<'proxy.error'>>;

/** Maps any failure to a generic, user-safe error; the details stay in the logs under the same request id. */
export function proxyErrorFor(error: unknown, requestId: string): ProxyErrorPayload {
  const make = (code: string, message: string, retryable: boolean) => ({ code, message, retryable, requestId });
  if (error instanceof StreamInterruptedError) return make('stream_interrupted', 'The answer was interrupted. Please try again.', true);
  if (error instanceof APIConnectionTimeoutError || error instanceof UpstreamIdleTimeoutError) return make('upstream_timeout', 'The model service took too long to answer. Please try again.', true);
  if (error instanceof APIConnectionError) return make('upstream_unreachable', 'The model service could not be reached. Please try again.', true);
  if (error instanceof APIError) {
    const status = error.status ?? 0;
    if (status === 429) return make('rate_limited', 'The model service is busy. Please try again in a moment.', true);
    if (status >= 500) return make('upstream_unavailable', 'The model service is unavailable right now. Please try again.', true);
    if (status === 401 || status === 403) return make('upstream_auth', 'The server is not allowed to use the model service. Please contact the administrator.', false);
    if (status === 404) return make('upstream_not_found', 'The model service did not find what this conversation refers to. Please start a new conversation.', false);
    return make('upstream_rejected', 'The model service rejected the request.', false);
  }
  return make('internal_error', 'Something went wrong on the server. Please try again.', true);
}
