import { describe, expect, it } from 'vitest';
import { contentDisposition } from './download-route.js';

describe('contentDisposition', () => {
  it('gives an ASCII fallback and the exact name in RFC 5987 form', () => {
    expect(contentDisposition('chart.png')).toBe(`attachment; filename="chart.png"; filename*=UTF-8''chart.png`);
    expect(contentDisposition('Umsatz März "final"; v2.csv')).toBe(
      `attachment; filename="Umsatz M_rz _final__ v2.csv"; filename*=UTF-8''Umsatz%20M%C3%A4rz%20%22final%22%3B%20v2.csv`,
    );
    expect(contentDisposition("it's (1).txt")).toBe(`attachment; filename="it's (1).txt"; filename*=UTF-8''it%27s%20%281%29.txt`);
    expect(contentDisposition('\u0007\n')).toMatch(/^attachment; filename="download"; filename\*=UTF-8''%07%0A$/);
  });
});
