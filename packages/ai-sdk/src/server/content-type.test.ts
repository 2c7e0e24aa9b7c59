// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { attachmentDisposition, contentTypeFor } from './content-type.js';

describe('download headers', () => {
  it('types files by extension, unknown ones as bytes', () => {
    expect(contentTypeFor('Chart.PNG')).toBe('image/png');
    expect(contentTypeFor('data.csv')).toBe('text/csv; charset=utf-8');
    expect(contentTypeFor('page.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('run.exe')).toBe('application/octet-stream');
    expect(contentTypeFor('README')).toBe('application/octet-stream');
  });

  it('writes an attachment with an ASCII fallback and the exact UTF-8 name (RFC 5987)', () => {
    expect(attachmentDisposition('report.pdf')).toBe(`attachment; filename="report.pdf"; filename*=UTF-8''report.pdf`);
    expect(attachmentDisposition('résumé "final".csv')).toBe(`attachment; filename="r_sum_ _final_.csv"; filename*=UTF-8''r%C3%A9sum%C3%A9%20%22final%22.csv`);
    expect(attachmentDisposition("it's (1).txt")).toBe(`attachment; filename="it's (1).txt"; filename*=UTF-8''it%27s%20%281%29.txt`);
  });
});
