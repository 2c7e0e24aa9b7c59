import { fileExtension } from '@execards/core';

/** The files a card can show inside itself (besides images, tables and HTML, which render inline already). */
export type PreviewKind = 'xlsx' | 'pdf' | 'docx' | 'text';

const textExtensions = new Set(['txt', 'log', 'md', 'markdown', 'json', 'jsonl', 'ndjson', 'geojson', 'py', 'sql', 'yaml', 'yml', 'xml', 'toml', 'ini', 'cfg', 'conf', 'js', 'mjs', 'ts', 'tsx', 'jsx', 'sh', 'r', 'tex', 'css', 'tsv']);

/** Which preview a file gets, by its name; null when it has none (a download card only). */
export function previewKindOf(fileName: string): PreviewKind | null {
  const extension = fileExtension(fileName);
  if (extension === 'xlsx' || extension === 'xlsm') return 'xlsx';
  if (extension === 'pdf') return 'pdf';
  if (extension === 'docx') return 'docx';
  return textExtensions.has(extension) ? 'text' : null;
}

const mebibyte = 1024 * 1024;

/**
 * How many bytes a preview may read. A binary document over its cap is not previewed at all (a partial zip or
 * PDF is unreadable); a text file shows its first bytes. The caps keep parsing on a phone well under a few seconds.
 */
export const previewByteCaps: Readonly<Record<PreviewKind, number>> = {
  xlsx: 20 * mebibyte,
  pdf: 40 * mebibyte,
  docx: 10 * mebibyte,
  text: 512 * 1024,
};

/** A text file past its cap shows its beginning; the binary kinds are all or nothing. */
export function readsPrefix(kind: PreviewKind): boolean {
  return kind === 'text';
}
