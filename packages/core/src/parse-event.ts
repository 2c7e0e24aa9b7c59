import type { z } from 'zod';
import { eventSchemas, isKnownEventType, type ParsedEvent, type StreamEvent } from './events.js';
import { parseDeltaFast } from './parse-delta.js';
import { isRecord } from './protocol/is-record.js';
import type { Diagnostic, DiagnosticCode } from './state.js';

function invalid(code: DiagnosticCode, message: string, eventType: string | null, sequenceNumber: number | null): ParsedEvent {
  const diagnostic: Diagnostic = { code, message, eventType, sequenceNumber };
  return { type: 'execards.invalid', diagnostic };
}

function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(event)'}: ${issue.message}`)
    .join('; ');
}

function readSequenceNumber(value: Record<string, unknown>): number | null {
  const sequenceNumber = value['sequence_number'];
  return typeof sequenceNumber === 'number' && Number.isInteger(sequenceNumber) ? sequenceNumber : null;
}

function parse(input: unknown, fastDeltas: boolean): ParsedEvent {
  let value: unknown = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch (error) {
      return invalid('invalid_json', `event is not JSON: ${error instanceof Error ? error.message : String(error)}`, null, null);
    }
  }
  if (!isRecord(value)) {
    return invalid('invalid_event', 'event is not a JSON object', null, null);
  }
  const record = value;
  const type = record['type'];
  if (fastDeltas && typeof type === 'string') {
    const fast = parseDeltaFast(record, type);
    if (fast) return fast;
  }
  const sequenceNumber = readSequenceNumber(record);
  if (typeof type !== 'string' || type.length === 0) {
    return invalid('invalid_event', 'event has no string "type"', null, sequenceNumber);
  }
  if (!isKnownEventType(type)) {
    return { type: 'execards.unknown', eventType: type, sequence_number: sequenceNumber ?? undefined };
  }
  const result = eventSchemas[type].safeParse(record);
  if (!result.success) {
    return invalid('invalid_event', `invalid ${type} event: ${describeIssues(result.error.issues)}`, type, sequenceNumber);
  }
  return result.data as StreamEvent;
}

/**
 * Validates one stream event. `input` is either the JSON text of an SSE `data:` payload or the
 * already-parsed value. Never throws: a known event comes back typed and normalized, an unknown
 * type as `execards.unknown`, anything else as `execards.invalid` with a diagnostic. Deltas take a
 * hand-written fast path (`parse-delta.ts`) that gives what zod would.
 */
export function parseEvent(input: unknown): ParsedEvent {
  return parse(input, true);
}

/** `parseEvent` with every event, deltas too, validated by its zod schema: the reference the fast path is tested against. */
export function parseEventWithSchemas(input: unknown): ParsedEvent {
  return parse(input, false);
}
