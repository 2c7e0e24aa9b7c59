import { describe, expect, it } from 'vitest';
import { csvParseEventSchema } from './csv-events-schema.js';

const chunk = { type: 'chunk', header: ['a'], rows: ['1', '2'], columnCount: 1, columnKinds: ['number'], progress: 0.5, warnings: {} };

describe('csvParseEventSchema', () => {
  it('accepts a chunk and hands back its rows without copying them', () => {
    const parsed = csvParseEventSchema.safeParse(chunk);
    expect(parsed.success).toBe(true);
    expect(parsed.success && parsed.data.type === 'chunk' ? parsed.data.rows : null).toBe(chunk.rows);
  });

  it('rejects rows that are not all strings', () => {
    expect(csvParseEventSchema.safeParse({ ...chunk, rows: ['1', 2] }).success).toBe(false);
    expect(csvParseEventSchema.safeParse({ ...chunk, rows: 'a,b' }).success).toBe(false);
  });
});
