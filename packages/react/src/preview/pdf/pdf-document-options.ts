import type { DocumentInitParameters } from 'pdfjs-dist/types/src/display/api.js';

/** Largest embedded image pdf.js decodes, in pixels: a bomb of an image is skipped instead of filling memory. */
const maxImagePixels = 40_000_000;

/**
 * How every PDF is opened: a hostile file may carry JavaScript, launch actions, XFA forms and links.
 * - No string is evaluated as code (`isEvalSupported`), no XFA is rendered, and no scripting sandbox is ever created
 *   (pdf.js runs a document's JavaScript only in that sandbox, which this preview never loads).
 * - Nothing is fetched: no CMap, standard-font, ICC or WebAssembly URL is given and the worker may not fetch, so
 *   fonts the file does not embed fall back to the system's (`useSystemFonts`) and predefined CJK CMaps are missing.
 *   pdf.js's JPEG 2000 fallback imports a module from `wasmUrl`; a `data:` URL that is no script makes that import
 *   fail without any request, so such images are left out rather than fetched from the page's origin.
 */
export const pdfDocumentOptions = {
  isEvalSupported: false,
  enableXfa: false,
  useSystemFonts: true,
  useWorkerFetch: false,
  useWasm: false,
  wasmUrl: 'data:application/octet-stream,/',
  stopAtErrors: false,
  maxImageSize: maxImagePixels,
  disableAutoFetch: true,
  disableStream: true,
} as const satisfies DocumentInitParameters;
