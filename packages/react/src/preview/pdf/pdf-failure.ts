/** Why a PDF could not be shown, in words the preview has a label for. */
export type PdfFailure = 'password' | 'invalid' | 'timed-out' | 'other';

/** pdf.js rejects with errors whose `name` says what went wrong; anything else is a failure of its own. */
export function pdfFailureOf(error: unknown): PdfFailure {
  const name = error instanceof Error || (typeof error === 'object' && error !== null && 'name' in error) ? String((error as { name: unknown }).name) : '';
  if (name === 'PasswordException') return 'password';
  if (name === 'InvalidPDFException' || name === 'FormatError') return 'invalid';
  return 'other';
}
