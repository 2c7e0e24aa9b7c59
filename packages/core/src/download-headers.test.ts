import { describe, expect, it } from 'vitest';
import { attachmentDisposition, downloadContentType } from './download-headers.js';

describe('downloadContentType', () => {
  it('types files by extension, unknown ones as bytes', () => {
    expect(downloadContentType('Chart.PNG')).toBe('image/png');
    expect(downloadContentType('data.csv')).toBe('text/csv; charset=utf-8');
    expect(downloadContentType('page.html')).toBe('text/html; charset=utf-8');
    expect(downloadContentType('run.exe')).toBe('application/octet-stream');
    expect(downloadContentType('README')).toBe('application/octet-stream');
  });
});

describe('attachmentDisposition', () => {
  it('gives an ASCII fallback and the exact name in RFC 5987 form', () => {
    expect(attachmentDisposition('chart.png')).toBe(`attachment; filename="chart.png"; filename*=UTF-8''chart.png`);
    expect(attachmentDisposition('Umsatz März "final"; v2.csv')).toBe(
      `attachment; filename="Umsatz M_rz _final__ v2.csv"; filename*=UTF-8''Umsatz%20M%C3%A4rz%20%22final%22%3B%20v2.csv`,
    );
    expect(attachmentDisposition("it's (1).txt")).toBe(`attachment; filename="it's (1).txt"; filename*=UTF-8''it%27s%20%281%29.txt`);
  });

  it('drops control characters and bidi overrides from both names', () => {
    expect(attachmentDisposition('invoice\u202Efdp.exe')).toBe(`attachment; filename="invoicefdp.exe"; filename*=UTF-8''invoicefdp.exe`);
    expect(attachmentDisposition('a\r\nb\u2067.txt')).toBe(`attachment; filename="ab.txt"; filename*=UTF-8''ab.txt`);
    expect(attachmentDisposition('\u0007\n')).toBe(`attachment; filename="download"; filename*=UTF-8''download`);
  });
});
