/** Strings of the PDF preview (a file card's Preview of a PDF). */
export interface PdfPreviewLabels {
  /** Accessible name of the controls' group. */
  controls: string;
  opening: string;
  /** Announced once the file is open, e.g. "report.pdf opened: 3 pages." */
  opened(fileName: string, pageCount: number): string;
  previousPage: string;
  nextPage: string;
  /** Label of the page number field. */
  page: string;
  /** After the page number field, e.g. "of 12". */
  ofPages(pageCount: number): string;
  /** The shown page, as a name of the page's scroll area and as an announcement, e.g. "Page 2 of 12". */
  pageOf(page: number, pageCount: number): string;
  /** Announced when the page number field holds no page that can be shown. */
  noSuchPage(pageCount: number): string;
  renderingPage: string;
  pageFailed(page: number): string;
  zoomIn: string;
  zoomOut: string;
  fitWidth: string;
  /** The zoom shown between − and +, and announced, e.g. "125 %". */
  zoom(percent: number): string;
  /** When only the first pages can be paged through, e.g. "Showing the first 50 of 120 pages. Download the file to see all of them." */
  firstPagesOnly(shown: number, pageCount: number): string;
  /** The preview received only the beginning of the file. */
  partialFile: string;
  passwordProtected: string;
  invalid: string;
  timedOut: string;
  failed(reason: string): string;
}

export const pdfPreviewLabels: PdfPreviewLabels = {
    controls: 'Pages and zoom',
    opening: 'Opening the PDF…',
    opened: (fileName, pageCount) => `${fileName} opened: ${pageCount} ${pageCount === 1 ? 'page' : 'pages'}.`,
    previousPage: 'Previous page',
    nextPage: 'Next page',
    page: 'Page',
    ofPages: (pageCount) => `of ${pageCount}`,
    pageOf: (page, pageCount) => `Page ${page} of ${pageCount}`,
    noSuchPage: (pageCount) => `Enter a page number from 1 to ${pageCount}.`,
    renderingPage: 'Drawing the page…',
    pageFailed: (page) => `Page ${page} could not be shown.`,
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    fitWidth: 'Fit width',
    zoom: (percent) => `${percent}%`,
    firstPagesOnly: (shown, pageCount) => `Showing the first ${shown} of ${pageCount} pages. Download the file to see all of them.`,
    partialFile: 'Only the beginning of this file was loaded. Download it to see all of it.',
    passwordProtected: 'This PDF is protected by a password. Download it to open it with the password.',
    invalid: 'This file is not a readable PDF: it may be damaged. Download it to open it in another program.',
    timedOut: 'The PDF took too long to open. Download it to open it in another program.',
    failed: (reason) => `The PDF could not be shown: ${reason}`,
};
