import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toSafeCsv } from './csv-download.js';
import { encodeRow } from './row-codec.js';

describe('toSafeCsv', () => {
  it('neutralises cells a spreadsheet would run as formulas', () => {
    const csv = toSafeCsv(['a', 'b'], [encodeRow(['=HYPERLINK("http://x")', '+1']), encodeRow(['-2+3', '@SUM(A1)']), encodeRow(['plain', 'x=1'])]);
    const parsed = Papa.parse<string[]>(csv).data;
    expect(parsed).toEqual([
      ['a', 'b'],
      ["'=HYPERLINK(\"http://x\")", "'+1"],
      ["'-2+3", "'@SUM(A1)"],
      ['plain', 'x=1'],
    ]);
  });

  it('quotes commas, quotes and newlines so the file round-trips', () => {
    const csv = toSafeCsv(['text'], [encodeRow(['a, "b"\nc'])]);
    expect(Papa.parse<string[]>(csv).data).toEqual([['text'], ['a, "b"\nc']]);
  });
});
