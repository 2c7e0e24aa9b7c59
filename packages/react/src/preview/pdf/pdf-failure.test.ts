import { describe, expect, it } from 'vitest';
import { pdfFailureOf } from './pdf-failure.js';

function named(name: string, message = ''): Error {
  const error = new Error(message);
  error.name = name;
  return error;
}

describe('pdfFailureOf', () => {
  it('tells a password-protected file from a damaged one', () => {
    expect(pdfFailureOf(named('PasswordException', 'No password given'))).toBe('password');
    expect(pdfFailureOf(named('InvalidPDFException', 'Invalid PDF structure.'))).toBe('invalid');
    expect(pdfFailureOf(named('FormatError'))).toBe('invalid');
  });

  it('keeps anything else a failure of its own, pdf.js errors sent from the worker as plain objects too', () => {
    expect(pdfFailureOf(new TypeError('x is undefined'))).toBe('other');
    expect(pdfFailureOf({ name: 'PasswordException', message: 'No password given' })).toBe('password');
    expect(pdfFailureOf('broken')).toBe('other');
    expect(pdfFailureOf(null)).toBe('other');
  });
});
