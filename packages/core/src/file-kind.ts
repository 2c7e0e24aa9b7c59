/**
 * What a file is, for choosing its view: images, tables and HTML previews render inline; the rest are file cards.
 * `code` is source and configuration text (Python, SQL, YAML, XML…), previewed like `txt` with highlighting.
 */
export const fileKinds = ['image', 'csv', 'html', 'pdf', 'docx', 'xlsx', 'pptx', 'md', 'txt', 'json', 'code', 'zip', 'other'] as const;

export type FileKind = (typeof fileKinds)[number];

const kindByExtension: Readonly<Record<string, FileKind>> = {
  png: 'image',
  jpg: 'image',
  jpeg: 'image',
  gif: 'image',
  webp: 'image',
  svg: 'image',
  csv: 'csv',
  html: 'html',
  htm: 'html',
  pdf: 'pdf',
  docx: 'docx',
  xlsx: 'xlsx',
  pptx: 'pptx',
  md: 'md',
  markdown: 'md',
  txt: 'txt',
  log: 'txt',
  json: 'json',
  py: 'code',
  r: 'code',
  sql: 'code',
  js: 'code',
  mjs: 'code',
  cjs: 'code',
  jsx: 'code',
  ts: 'code',
  tsx: 'code',
  sh: 'code',
  bash: 'code',
  css: 'code',
  yaml: 'code',
  yml: 'code',
  toml: 'code',
  xml: 'code',
  zip: 'zip',
};

const kindByMimeType: Readonly<Record<string, FileKind>> = {
  'image/png': 'image',
  'image/jpeg': 'image',
  'image/gif': 'image',
  'image/webp': 'image',
  'image/svg+xml': 'image',
  'text/csv': 'csv',
  'text/html': 'html',
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'pptx',
  'text/markdown': 'md',
  'text/plain': 'txt',
  'application/json': 'json',
  'text/x-python': 'code',
  'application/sql': 'code',
  'text/javascript': 'code',
  'application/yaml': 'code',
  'application/xml': 'code',
  'text/xml': 'code',
  'application/zip': 'zip',
};

/** The lower-cased extension of a file name or path (`""` when it has none). */
export function fileExtension(name: string): string {
  const base = name.slice(name.lastIndexOf('/') + 1).trim();
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot + 1).toLowerCase();
}

/**
 * The kind of a file, by extension (case-insensitive), else by MIME type, else `other`.
 * The extension wins because generated files are named by the model and the MIME type is often a generic guess.
 */
export function fileKind(name: string, mimeType?: string | null): FileKind {
  const byExtension = kindByExtension[fileExtension(name)];
  if (byExtension) return byExtension;
  const essence = mimeType?.split(';')[0]?.trim().toLowerCase();
  return (essence && kindByMimeType[essence]) || 'other';
}
