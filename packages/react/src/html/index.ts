export { HtmlView, type HtmlViewProps, type HtmlViewState, type HtmlExportState, type PngExport } from './HtmlView.js';
export { htmlLabels, type HtmlLabels } from './labels.js';
export { buildFrameDocument, frameContentSecurityPolicy } from './frame-document.js';
