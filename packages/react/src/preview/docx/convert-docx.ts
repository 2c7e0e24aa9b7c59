import { runMammoth } from './run-mammoth.js';
import { sanitizeDocxHtml, type SanitizedDocument } from './sanitize-docx-html.js';
import { declaredUnpackedBytes } from './zip-size.js';

/** More than this once unpacked is not previewed: inflating it could exhaust the tab's memory. */
export const maxUnpackedBytes = 200 * 1024 * 1024;
/** The preview's HTML bound (images included, as data): beyond it the document is cut at a block. */
export const maxDocumentCharacters = 8 * 1024 * 1024;

export type DocxConversion = ({ ok: true } & SanitizedDocument) | { ok: false; reason: 'unreadable' | 'too-large' | 'too-slow' };

/** A .docx as bounded, sanitized HTML, converted by mammoth in a worker after a check of its unpacked size. */
export async function convertDocx(data: ArrayBuffer, imageNotShown: (alt: string | null) => string, signal: AbortSignal): Promise<DocxConversion> {
  const unpacked = declaredUnpackedBytes(data);
  if (unpacked === null) return { ok: false, reason: 'unreadable' };
  if (unpacked > maxUnpackedBytes) return { ok: false, reason: 'too-large' };
  const converted = await runMammoth(data, signal);
  if (!converted.ok) return converted;
  return { ok: true, ...sanitizeDocxHtml(converted.html, { imageNotShown, maxCharacters: maxDocumentCharacters }) };
}
