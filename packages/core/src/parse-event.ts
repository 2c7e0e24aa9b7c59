import type { z } from 'zod';
import { eventSchemas, isKnownEventType, type ParsedEvent, type StreamEvent } from './events.js';
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

function isIndex(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/**
 * Deltas are nearly every event of a stream, so their shape is checked by hand (the same rules as
 * their zod schemas, which still run for anything that does not pass, to word the diagnostic).
 */
function parseDeltaFast(record: Record<string, unknown>, type: string): StreamEvent | null {
  const { sequence_number, output_index, item_id, delta } = record;
  if (!(sequence_number === undefined || isIndex(sequence_number)) || !isIndex(output_index) || typeof item_id !== 'string' || typeof delta !== 'string') return null;
  if (type === 'response.output_text.delta') {
    const content_index = record['content_index'];
    return isIndex(content_index) ? { type, sequence_number, output_index, item_id, content_index, delta } : null;
  }
  if (type === 'response.code_interpreter_call_code.delta' || type === 'response.code_interpreter_call.code.delta') {
    return { type: 'response.code_interpreter_call_code.delta', sequence_number, output_index, item_id, delta };
  }
  return null;
}

function readSequenceNumber(value: Record<string, unknown>): number | null {
  const sequenceNumber = value['sequence_number'];
  return typeof sequenceNumber === 'number' && Number.isInteger(sequenceNumber) ? sequenceNumber : null;
}

/**
 * Validates one stream event. `input` is either the JSON text of an SSE `data:` payload or the
 * already-parsed value. Never throws: a known event comes back typed and normalized, an unknown
 * type as `execards.unknown`, anything else as `execards.invalid` with a diagnostic.
 */
export function parseEvent(input: unknown): ParsedEvent {
  let value: unknown = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch (error) {
      return invalid('invalid_json', `event is not JSON: ${error instanceof Error ? error.message : String(error)}`, null, null);
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return invalid('invalid_event', 'event is not a JSON object', null, null);
  }
  const record = value as Record<string, unknown>;
  const type = record['type'];
  const sequenceNumber = readSequenceNumber(record);
  if (typeof type !== 'string' || type.length === 0) {
    return invalid('invalid_event', 'event has no string "type"', null, sequenceNumber);
  }
  if (!isKnownEventType(type)) {
    return { type: 'execards.unknown', eventType: type, sequence_number: sequenceNumber ?? undefined };
  }
  const fast = parseDeltaFast(record, type);
  if (fast) return fast;
  const result = eventSchemas[type].safeParse(record);
  if (!result.success) {
    return invalid('invalid_event', `invalid ${type} event: ${describeIssues(result.error.issues)}`, type, sequenceNumber);
  }
  return result.data as StreamEvent;
}
