/** The response's lifecycle: created, queued, in progress, then completed, failed or incomplete; and `error`. */
import type { ResponseLifecycleType, WireResponse } from '../events.js';
import type { ErrorInfo, MessageItem, ResponseInfo, ResponseStatus, Timestamp, Turn } from '../state.js';
import type { TurnOutcome } from './outcome.js';
import { applyOutputItem } from './output-items.js';
import { isResponseSettled, placeholderResponse, settleItems } from './turns.js';

const statusByEventType: Record<ResponseLifecycleType, ResponseStatus> = {
  'response.created': 'in_progress',
  'response.queued': 'queued',
  'response.in_progress': 'in_progress',
  'response.completed': 'completed',
  'response.failed': 'failed',
  'response.incomplete': 'incomplete',
};

export function isLifecycleType(type: string): type is ResponseLifecycleType {
  return Object.hasOwn(statusByEventType, type);
}

/** Lifecycle and error events may come without a sequence number (a non-streamed response folds as one `response.completed`). */
export function isLifecycleOrError(type: string): boolean {
  return type === 'error' || isLifecycleType(type);
}

/** Several messages may cite files in one reconciliation; their citations are recorded together. */
function mergeCitationSources(first: MessageItem | undefined, second: MessageItem | undefined): MessageItem | undefined {
  if (!first) return second;
  if (!second) return first;
  return { ...second, annotations: [...first.annotations, ...second.annotations], links: [...first.links, ...second.links] };
}

function responseInfo(previous: ResponseInfo | null, status: ResponseStatus, wire: WireResponse, now: Timestamp | null): ResponseInfo {
  const usage = wire.usage
    ? {
        inputTokens: wire.usage.input_tokens,
        outputTokens: wire.usage.output_tokens,
        totalTokens: wire.usage.total_tokens,
        cachedInputTokens: wire.usage.input_tokens_details?.cached_tokens ?? null,
        reasoningTokens: wire.usage.output_tokens_details?.reasoning_tokens ?? null,
      }
    : (previous?.usage ?? null);
  return {
    id: wire.id,
    status,
    model: wire.model ?? previous?.model ?? null,
    error: wire.error ? { code: wire.error.code, message: wire.error.message } : (previous?.error ?? null),
    incompleteReason: wire.incomplete_details?.reason ?? previous?.incompleteReason ?? null,
    usage,
    startedAt: previous?.startedAt ?? now,
    completedAt: isResponseSettled(status) ? (previous?.completedAt ?? now) : null,
  };
}

export function applyLifecycle(turn: Turn, type: ResponseLifecycleType, wire: WireResponse, now: Timestamp | null): TurnOutcome {
  const status = wire.status ?? statusByEventType[type];
  const response = responseInfo(turn.response, status, wire, now);
  let next: Turn = { ...turn, id: turn.user || turn.response ? turn.id : wire.id, response };
  let citationsOf: MessageItem | undefined;
  // The final response repeats every output item: reconcile, so a cut or resumed stream still ends whole.
  if (isResponseSettled(status) && wire.output) {
    for (const item of wire.output) {
      const outcome = applyOutputItem(next, item, true, now);
      next = outcome.turn;
      citationsOf = mergeCitationSources(citationsOf, outcome.citationsOf);
    }
  }
  if (status === 'failed' || status === 'incomplete' || status === 'cancelled') {
    const reason: ErrorInfo | null = response.error ?? (response.incompleteReason ? { code: response.incompleteReason, message: `Response incomplete: ${response.incompleteReason}` } : null);
    next = { ...next, items: settleItems(next.items, status === 'failed' ? 'failed' : 'incomplete', reason, now) };
  }
  return citationsOf ? { turn: next, citationsOf } : { turn: next };
}

export function applyError(turn: Turn, error: ErrorInfo, now: Timestamp | null): TurnOutcome {
  const response = turn.response ?? placeholderResponse('failed', now);
  return {
    turn: {
      ...turn,
      response: { ...response, status: 'failed', error, completedAt: response.completedAt ?? now },
      items: settleItems(turn.items, 'failed', error, now),
    },
  };
}
