import { describe, expect, it } from 'vitest';
import { boundedDeltas, splitIntoDeltas } from './response-object.js';

describe('boundedDeltas', () => {
  it('keeps word-sized deltas for short texts', () => {
    expect(boundedDeltas('print("hi")\n6 * 7\n')).toEqual(splitIntoDeltas('print("hi")\n6 * 7\n'));
  });

  it('merges a long text into at most the given number of deltas that join back to it', () => {
    const code = Array.from({ length: 2000 }, (_, index) => `value_${index} = ${index}`).join('\n');
    const deltas = boundedDeltas(code, 300);
    expect(splitIntoDeltas(code).length).toBeGreaterThan(300);
    expect(deltas.length).toBeLessThanOrEqual(300);
    expect(deltas.length).toBeGreaterThan(200);
    expect(deltas.join('')).toBe(code);
  });
});
