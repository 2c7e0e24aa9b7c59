import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eventSchemas } from './events.js';
import { parseEvent, parseEventWithSchemas } from './parse-event.js';

describe('parseEvent fast path for deltas', () => {
  const deltaTypes = [
    'response.output_text.delta',
    'response.code_interpreter_call_code.delta',
    'response.code_interpreter_call.code.delta',
    'response.reasoning_summary_text.delta',
  ] as const;
  const wrong = fc.oneof(fc.integer({ min: -3, max: -1 }), fc.double(), fc.string({ maxLength: 4 }), fc.constant(undefined), fc.constant(null), fc.nat());
  const index = fc.oneof({ arbitrary: fc.nat(), weight: 6 }, { arbitrary: wrong, weight: 1 });
  const text = fc.oneof({ arbitrary: fc.string({ maxLength: 6 }), weight: 6 }, { arbitrary: wrong, weight: 1 });

  it('gives exactly what the zod schemas give, for valid and invalid deltas alike', () => {
    let validSeen = 0;
    fc.assert(
      fc.property(fc.constantFrom(...deltaTypes), index, index, index, index, text, text, (type, sequence_number, output_index, content_index, summary_index, item_id, delta) => {
        const event = { type, sequence_number, output_index, content_index, summary_index, item_id, delta, obfuscation: 'x', logprobs: [] };
        const parsed = parseEvent(event);
        const viaSchema = eventSchemas[type].safeParse(event);
        if (viaSchema.success) {
          validSeen += 1;
          expect(parsed).toEqual(viaSchema.data);
        } else expect(parsed.type).toBe('execards.invalid');
        expect(parsed).toEqual(parseEventWithSchemas(event));
      }),
      { numRuns: 2000 },
    );
    expect(validSeen).toBeGreaterThan(400);
  });

  it('leaves a delta without its content or summary index to zod, which words the diagnostic', () => {
    const parsed = parseEvent({ type: 'response.reasoning_summary_text.delta', sequence_number: 3, output_index: 0, item_id: 'rs_1', delta: 'x' });
    expect(parsed).toEqual(parseEventWithSchemas({ type: 'response.reasoning_summary_text.delta', sequence_number: 3, output_index: 0, item_id: 'rs_1', delta: 'x' }));
    expect(parsed.type === 'execards.invalid' && parsed.diagnostic.message).toContain('summary_index');
  });
});
