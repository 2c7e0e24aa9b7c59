import type { DocumentInitParameters } from 'pdfjs-dist/types/src/display/api.js';

/** Largest embedded image pdf.js decodes, in pixels: a bomb of an image is skipped instead of filling memory. */
const maxImagePixels = 40_000_000;

/**
 * How every PDF is opened: a hostile file may carry JavaScript, launch actions, XFA forms and links.
 * - No string is evaluated as code (`isEvalSupported`), no XFA is rendered, and no scripting sandbox is ever created
 *   (pdf.js runs a document's JavaScript only in that sandbox, which this preview never loads).
 * - Nothing is fetched: no CMap, standard-font, ICC or WebAssembly URL is given and the worker may not fetch, so
 *   fonts the file does not embed fall back to the system's (`useSystemFonts`), predefined CJK CMaps are missing,
 *   and JPEG 2000 and JBIG2 images are left out (pdf.js's decoders for them are separate files it would fetch; with
 *   no `wasmUrl` its fallback import is an unresolvable bare specifier, refused without a request).
 */
export const pdfDocumentOptions = {
  isEvalSupported: false,
  enableXfa: false,
  useSystemFonts: true,
  useWorkerFetch: false,
  useWasm: false,
  stopAtErrors: false,
  maxImageSize: maxImagePixels,
  disableAutoFetch: true,
  disableStream: true,
} as const satisfies DocumentInitParameters;
