import type { StreamEvent } from '../events.js';
import type { Diagnostic, MessageItem, Turn } from '../state.js';

/** A stream event from the Responses API (everything but the proxy's own `proxy.*` events). */
export type UpstreamEvent = Exclude<StreamEvent, { type: `proxy.${string}` }>;

/** What applying one upstream event to its turn produced. */
export interface TurnOutcome {
  readonly turn: Turn;
  readonly diagnostic?: Diagnostic;
  /** A message whose citations may name new generated files. */
  readonly citationsOf?: MessageItem;
}

/** The part of an event a diagnostic names. */
export interface EventIdentity {
  readonly type: string;
  readonly sequence_number?: number | undefined;
}

/** The turn unchanged, with a diagnostic saying why the event could not be applied. */
export function unexpected(turn: Turn, event: EventIdentity, message: string): TurnOutcome {
  return { turn, diagnostic: { code: 'unexpected_event', message, eventType: event.type, sequenceNumber: event.sequence_number ?? null } };
}
