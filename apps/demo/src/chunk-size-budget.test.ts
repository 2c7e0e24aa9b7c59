import { describe, expect, it } from 'vitest';
import { chunksOverBudget } from './chunk-size-budget.js';

describe('chunk size budget', () => {
  it('names the chunks over the limit, largest first, and ignores assets', () => {
    const bundle = {
      'a.js': { type: 'chunk' as const, fileName: 'assets/a.js', code: 'x'.repeat(500_001) },
      'b.js': { type: 'chunk' as const, fileName: 'assets/b.js', code: 'x'.repeat(500_000) },
      'c.js': { type: 'chunk' as const, fileName: 'assets/c.js', code: 'x'.repeat(663_700) },
      'big.png': { type: 'asset' as const, fileName: 'assets/big.png' },
    };
    expect(chunksOverBudget(bundle)).toEqual(['assets/c.js (663.7 kB)', 'assets/a.js (500.0 kB)']);
  });
});
