import path from 'node:path';

export interface GeneratedFile {
  path: string;
}

const kindByExtension: Record<string, string> = {
  png: 'Chart',
  jpg: 'Chart',
  jpeg: 'Chart',
  gif: 'Chart',
  webp: 'Chart',
  svg: 'Chart',
  csv: 'Table',
  html: 'Page',
  htm: 'Page',
  pdf: 'Document',
  docx: 'Document',
  xlsx: 'Spreadsheet',
  txt: 'File',
};

/** "sales_by_month.png" → "Sales by month (PNG)". */
export function titleFor(filePath: string): string {
  const extension = path.extname(filePath).slice(1);
  const words = path.basename(filePath, path.extname(filePath)).replace(/[_-]+/g, ' ').trim();
  const sentence = words ? `${words.charAt(0).toUpperCase()}${words.slice(1)}` : 'File';
  return extension ? `${sentence} (${extension.toUpperCase()})` : sentence;
}

/** The seed's link syntax: a bold title line, then `[*Generating your …*](sandbox:/mnt/data/<file>)`. */
export function fileLink(file: GeneratedFile): string {
  const kind = kindByExtension[path.extname(file.path).slice(1).toLowerCase()] ?? 'File';
  return `**${titleFor(file.path)}**\n[*Generating your ${kind}…*](sandbox:${file.path})`;
}

export function fileLinks(files: readonly GeneratedFile[]): string {
  return files.map(fileLink).join('\n\n');
}

/** The markdown table a call printed (consecutive lines starting with `|`), or ''. */
export function markdownTableIn(logs: string): string {
  const lines = logs.split('\n');
  const start = lines.findIndex((line) => line.startsWith('|'));
  if (start < 0) return '';
  const table: string[] = [];
  for (const line of lines.slice(start)) {
    if (!line.startsWith('|')) break;
    table.push(line);
  }
  return table.join('\n');
}
