import { declaredUnpackedBytes } from './zip-size.js';
import { sanitizeDocxHtml, type SanitizedDocument } from './sanitize-docx-html.js';

/** More than this once unpacked is not previewed: inflating it could exhaust the tab's memory. */
export const maxUnpackedBytes = 200 * 1024 * 1024;
/** The preview's HTML bound (images included, as data): beyond it the document is cut at a block. */
export const maxDocumentCharacters = 8 * 1024 * 1024;

export type DocxConversion = ({ ok: true } & SanitizedDocument) | { ok: false; reason: 'unreadable' | 'too-large' };

/** Raster images a browser shows; anything else (EMF and WMF previews of embedded objects, TIFF) is left out. */
const shownImageTypes = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/bmp', 'image/svg+xml']);
/** Marks an image that was not read: the sanitizer turns it into a placeholder. */
const notReadSource = 'about:blank#not-shown';

/**
 * A .docx as bounded, sanitized HTML. mammoth's browser build runs here (loaded on first use): it cannot open
 * linked files, and every image is read from the document itself as a data: URI or left out.
 */
export async function convertDocx(data: ArrayBuffer, imageNotShown: (alt: string | null) => string): Promise<DocxConversion> {
  const unpacked = declaredUnpackedBytes(data);
  if (unpacked === null) return { ok: false, reason: 'unreadable' };
  if (unpacked > maxUnpackedBytes) return { ok: false, reason: 'too-large' };
  const { default: mammoth } = await import('mammoth/mammoth.browser.js');
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { arrayBuffer: data },
      {
        externalFileAccess: false,
        convertImage: mammoth.images.imgElement(async (image) => {
          if (!shownImageTypes.has(image.contentType)) return { src: notReadSource };
          try {
            return { src: `data:${image.contentType};base64,${await image.readAsBase64String()}` };
          } catch {
            // A linked image: the browser build refuses to open it, and so would we.
            return { src: notReadSource };
          }
        }),
      },
    );
    html = result.value;
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  return { ok: true, ...sanitizeDocxHtml(html, { imageNotShown, maxCharacters: maxDocumentCharacters }) };
}
