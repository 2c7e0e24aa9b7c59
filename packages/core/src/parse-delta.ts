/**
 * The fast path of `parseEvent` for deltas, nearly every event of a stream: the few fields a delta
 * has are checked by hand, by the same rules as their zod schemas in `events.ts`. Anything that does
 * not pass goes on to zod (which then words the diagnostic); every other event type always does.
 */
import type { StreamEvent } from './events.js';

function isIndex(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

const deltaTypes: ReadonlySet<string> = new Set([
  'response.output_text.delta',
  'response.code_interpreter_call_code.delta',
  'response.code_interpreter_call.code.delta',
  'response.reasoning_summary_text.delta',
]);

/** The delta event `record` of type `type`, when it is a well-formed delta; null to let zod decide. */
export function parseDeltaFast(record: Record<string, unknown>, type: string): StreamEvent | null {
  if (!deltaTypes.has(type)) return null;
  const { sequence_number, output_index, item_id, delta } = record;
  if (!(sequence_number === undefined || isIndex(sequence_number)) || !isIndex(output_index) || typeof item_id !== 'string' || typeof delta !== 'string') return null;
  // Each result names its type with a literal, as zod's output does (and a literal compares fastest).
  switch (type) {
    case 'response.output_text.delta': {
      const content_index = record['content_index'];
      return isIndex(content_index) ? { type: 'response.output_text.delta', sequence_number, output_index, item_id, content_index, delta } : null;
    }
    case 'response.code_interpreter_call_code.delta':
    case 'response.code_interpreter_call.code.delta':
      return { type: 'response.code_interpreter_call_code.delta', sequence_number, output_index, item_id, delta };
    case 'response.reasoning_summary_text.delta': {
      const summary_index = record['summary_index'];
      return isIndex(summary_index) ? { type: 'response.reasoning_summary_text.delta', sequence_number, output_index, item_id, summary_index, delta } : null;
    }
    default:
      return null;
  }
}
