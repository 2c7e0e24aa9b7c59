/** How the content of an uploaded file is checked against the type its extension claims. */
export type ContentRule =
  | { kind: 'magic'; signature: readonly number[] }
  /** An Office Open XML package: a ZIP whose entries include `marker` (e.g. `word/`). */
  | { kind: 'office'; marker: string }
  | { kind: 'text' };

export interface UploadType {
  label: string;
  extensions: readonly string[];
  mimeType: string;
  content: ContentRule;
}

const zipSignature = [0x50, 0x4b, 0x03, 0x04];

/** The upload types the product allows (docs/architecture.md#upload-sniffing): PDF, DOCX, XLSX, PPTX, CSV, HTML, MD, TXT, PNG, JPG, JPEG. */
export const uploadTypes: readonly UploadType[] = [
  { label: 'PDF', extensions: ['pdf'], mimeType: 'application/pdf', content: { kind: 'magic', signature: [0x25, 0x50, 0x44, 0x46, 0x2d] } },
  {
    label: 'Word document',
    extensions: ['docx'],
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    content: { kind: 'office', marker: 'word/' },
  },
  {
    label: 'Excel workbook',
    extensions: ['xlsx'],
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    content: { kind: 'office', marker: 'xl/' },
  },
  {
    label: 'PowerPoint presentation',
    extensions: ['pptx'],
    mimeType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    content: { kind: 'office', marker: 'ppt/' },
  },
  { label: 'CSV', extensions: ['csv'], mimeType: 'text/csv', content: { kind: 'text' } },
  { label: 'HTML', extensions: ['html', 'htm'], mimeType: 'text/html', content: { kind: 'text' } },
  { label: 'Markdown', extensions: ['md'], mimeType: 'text/markdown', content: { kind: 'text' } },
  { label: 'Text', extensions: ['txt'], mimeType: 'text/plain', content: { kind: 'text' } },
  { label: 'PNG image', extensions: ['png'], mimeType: 'image/png', content: { kind: 'magic', signature: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] } },
  { label: 'JPEG image', extensions: ['jpg', 'jpeg'], mimeType: 'image/jpeg', content: { kind: 'magic', signature: [0xff, 0xd8, 0xff] } },
];

export const officeZipSignature: readonly number[] = zipSignature;

export function extensionOf(filename: string): string {
  const dot = filename.lastIndexOf('.');
  return dot <= 0 || dot === filename.length - 1 ? '' : filename.slice(dot + 1).toLowerCase();
}

export function uploadTypeFor(filename: string): UploadType | undefined {
  const extension = extensionOf(filename);
  return uploadTypes.find((type) => type.extensions.includes(extension));
}

