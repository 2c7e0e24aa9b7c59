/**
 * The two headers that make a generated file safe to download: its type by extension (never sniffed) and an
 * `attachment` disposition under a cleaned name. Shared by every server that streams container files.
 */
import { fileExtension } from './file-kind.js';

const contentTypes: Readonly<Record<string, string>> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  svg: 'image/svg+xml',
  csv: 'text/csv; charset=utf-8',
  tsv: 'text/tab-separated-values; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  log: 'text/plain; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  htm: 'text/html; charset=utf-8',
  json: 'application/json',
  xml: 'application/xml',
  pdf: 'application/pdf',
  zip: 'application/zip',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
};

/** Content-Type of a generated file by its extension; anything unknown is opaque bytes. */
export function downloadContentType(filename: string): string {
  return contentTypes[fileExtension(filename)] ?? 'application/octet-stream';
}

// Control characters, and the bidi controls that make `invoice\u202Efdp.exe` read as `invoiceexe.pdf`.
// eslint-disable-next-line no-control-regex -- these characters are exactly what is removed
const unsafeNameCharacters = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** `attachment` with a plain ASCII fallback name and the cleaned name in RFC 5987 form. */
export function attachmentDisposition(filename: string): string {
  const cleaned = filename.replace(unsafeNameCharacters, '').trim() || 'download';
  const fallback = cleaned.replace(/[^\x20-\x7e]/g, '_').replace(/["\\/;]/g, '_');
  const encoded = encodeURIComponent(cleaned).replace(/['()*]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
