/** Every visible string of the HTML preview, in English; pass a partial object to translate or reword. */
export interface HtmlLabels {
  frameTitle: string;
  loading: string;
  loadFailed: (reason: string) => string;
  downloadHtml: string;
  downloadPng: string;
  exporting: string;
  exportFailed: string;
  /** Announced once the PNG was handed to the browser's downloads. */
  pngDownloaded: string;
  /** Announced once the PNG was made when `downloadPng` is false (the app takes it from `onPngExport`). */
  pngCreated: string;
  // Keyboard hint of the preview frame (issue 25).
  /** Shown while keyboard focus is on the preview's buttons or inside the page. */
  keyboardHint: string;
  /** Shown on the hint itself, where Escape in the page moves focus. */
  keyboardLeft: string;
}

export const htmlLabels: HtmlLabels = {
  frameTitle: 'HTML preview',
  loading: 'Loading preview…',
  loadFailed: (reason) => `The preview could not be loaded: ${reason}`,
  downloadHtml: 'Download HTML',
  downloadPng: 'Download PNG',
  exporting: 'Creating image…',
  exportFailed: 'The image could not be created. Please try again.',
  pngDownloaded: 'PNG downloaded.',
  pngCreated: 'Image created.',
  // Keyboard hint of the preview frame (issue 25).
  keyboardHint: 'Tab moves into the page and through it; Escape leaves it.',
  keyboardLeft: 'You left the page. Shift+Tab goes back into it; Tab moves on.',
};
