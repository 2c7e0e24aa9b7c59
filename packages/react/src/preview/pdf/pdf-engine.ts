'use client';
/**
 * Everything that touches pdf.js; PdfPreview imports this module only when a preview opens, so pdf.js and its worker
 * stay out of every other bundle.
 */
import { AnnotationMode, getDocument, PDFWorker, PixelsPerInch, TextLayer, VerbosityLevel, type PDFDocumentProxy } from 'pdfjs-dist';
import { pdfDocumentOptions } from './pdf-document-options.js';
import { outputScaleWithin } from './zoom.js';

/** A page's size at 100 % zoom, in CSS pixels. */
export interface PageSize {
  width: number;
  height: number;
}

/** Where a rendered page goes: the canvas and the text layer replace the hosts' children once both are done. */
export interface PageHosts {
  page: HTMLElement;
  canvas: HTMLElement;
  text: HTMLElement;
}

export interface OpenedPdf {
  pageCount: number;
  pageSize(pageNumber: number): Promise<PageSize>;
  /** Draws the page at `zoom` (1 = real size); aborting the signal cancels the drawing and leaves the hosts as they were. */
  renderPage(pageNumber: number, zoom: number, hosts: PageHosts, signal: AbortSignal): Promise<void>;
}

export interface PdfSession {
  opened: Promise<OpenedPdf>;
  /** Stops loading or rendering, frees the document and ends the worker. */
  close(): void;
}

/** A worker of our own per preview: ending it is the one sure way to stop a file that keeps pdf.js busy. */
function startWorker(): Worker {
  return new Worker(new URL('pdfjs-dist/build/pdf.worker.min.mjs', import.meta.url), { type: 'module', name: 'execards-pdf' });
}

/** Opens the bytes in a fresh worker; the bytes are copied, the caller's buffer stays usable. */
export function openPdf(data: ArrayBuffer): PdfSession {
  const port = startWorker();
  const worker = PDFWorker.create({ port, verbosity: VerbosityLevel.ERRORS });
  const task = getDocument({ ...pdfDocumentOptions, data: new Uint8Array(data.slice(0)), worker, verbosity: VerbosityLevel.ERRORS });
  let closed = false;
  const opened = task.promise.then((document) => usable(document));
  return {
    opened,
    close() {
      if (closed) return;
      closed = true;
      // Destroying the task rejects a pending load; the worker ends even if pdf.js is stuck in a page.
      void task
        .destroy()
        .catch(() => undefined)
        .finally(() => {
          worker.destroy();
          port.terminate();
        });
    },
  };
}

function usable(document: PDFDocumentProxy): OpenedPdf {
  return {
    pageCount: document.numPages,
    async pageSize(pageNumber) {
      const page = await document.getPage(pageNumber);
      const viewport = page.getViewport({ scale: PixelsPerInch.PDF_TO_CSS_UNITS });
      return { width: viewport.width, height: viewport.height };
    },
    async renderPage(pageNumber, zoom, hosts, signal) {
      const page = await document.getPage(pageNumber);
      signal.throwIfAborted();
      const viewport = page.getViewport({ scale: zoom * PixelsPerInch.PDF_TO_CSS_UNITS });
      const outputScale = outputScaleWithin(viewport.width, viewport.height, globalThis.devicePixelRatio || 1);
      const canvas = hosts.canvas.ownerDocument.createElement('canvas');
      canvas.width = Math.floor(viewport.width * outputScale);
      canvas.height = Math.floor(viewport.height * outputScale);
      canvas.style.width = `${Math.floor(viewport.width)}px`;
      canvas.style.height = `${Math.floor(viewport.height)}px`;
      canvas.setAttribute('aria-hidden', 'true');
      // The page's own annotation appearances are painted; no annotation layer means no clickable link or form.
      const drawing = page.render({
        canvas,
        viewport,
        annotationMode: AnnotationMode.ENABLE,
        transform: outputScale === 1 ? undefined : [outputScale, 0, 0, outputScale, 0, 0],
      });
      const textLayerElement = hosts.text.ownerDocument.createElement('div');
      textLayerElement.className = 'textLayer';
      const textLayer = new TextLayer({ textContentSource: page.streamTextContent({ includeMarkedContent: true, disableNormalization: true }), container: textLayerElement, viewport });
      const cancel = () => {
        drawing.cancel();
        textLayer.cancel();
      };
      signal.addEventListener('abort', cancel, { once: true });
      try {
        await Promise.all([drawing.promise, textLayer.render()]);
        // pdf.js measures text on a canvas it appends to <body>; removed once the layer is laid out, so the host
        // page keeps no stray element outside its landmarks (axe "region") between renders.
        TextLayer.cleanup();
        signal.throwIfAborted();
        // The text layer's spans are sized in CSS from these (pdf.js's text layer contract).
        hosts.page.style.setProperty('--scale-factor', String(viewport.scale));
        hosts.page.style.setProperty('--user-unit', String(viewport.userUnit));
        hosts.page.style.width = canvas.style.width;
        hosts.page.style.height = canvas.style.height;
        hosts.canvas.replaceChildren(canvas);
        hosts.text.replaceChildren(textLayerElement);
      } finally {
        signal.removeEventListener('abort', cancel);
        page.cleanup();
      }
    },
  };
}
