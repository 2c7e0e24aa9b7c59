import type { Labels } from '../labels.js';

/** Arguments to call each function label with; a function label missing here fails the locale tests. */
export const labelSamples: Record<string, unknown[]> = {
  formatElapsed: [65_000],
  formatSpokenDuration: [65_000],
  statusPhrase: [{ status: 'completed', duration: '3 s', exceptionName: null, stopped: false }],
  copyImageOf: ['umsatz.png'],
  downloadFile: ['umsatz.png'],
  describeChart: [{ kinds: ['line', 'bar'], titles: ['Umsatz'], xLabels: ['Monat'], yLabels: ['Umsatz'], series: ['Nord', 'Süd'] }],
  'provenance.copyContainerIdEnding': ['3f9a'],
  'provenance.sentence': [{ started: '14:03:07', duration: '3 s', outcome: '…', containerEnding: '3f9a' }],
  announceSettled: ['failed', 'Sales'],
  showMoreLines: [3],
  imageDialogLabel: [''],
  downloading: [42],
  formatBytes: [1_572_864],
  generatingFile: [''],
  fileNotAvailable: ['sales.csv'],
  formatTime: [new Date(2026, 0, 1, 14, 3, 7).getTime()],
  'provenance.raised': ['KeyError'],
  'availability.rerunSucceeded': ['sales.csv'],
  'availability.rerunFailed': ['sales.csv'],
  'table.resizeColumn': ['region'],
  'table.rowCount': [12, 1234],
  'table.progress': [42],
  'table.loadFailed': ['network error'],
  'table.warning.ragged-rows': [3],
  'table.warning.malformed-rows': [3],
  'table.untitledColumn': [2],
  'table.rowNotShown': ['1500000'],
  'table.sortedBy': ['Umsatz', 'descending', '1.204 Zeilen'],
  'table.sortCleared': ['1.204 Zeilen'],
  'table.filterApplied': ['3 von 5 Zeilen'],
  'table.filterCleared': ['5 Zeilen'],
  'html.loadFailed': ['network error'],
  'preview.openFile': ['bericht.pdf'],
  'preview.region': ['bericht.pdf'],
  'preview.loading': [42],
  'preview.tooLarge': ['41 MB', '40 MB'],
  // File preview: XLSX
  xlsxSheetGrid: ['Umsatz'],
  xlsxRowsCapped: [100_000, 150_000],
  xlsxUnreadable: ['network error'],
  // File preview: PDF
  'pdfPreview.opened': ['bericht.pdf', 3],
  'pdfPreview.ofPages': [12],
  'pdfPreview.pageOf': [2, 12],
  'pdfPreview.noSuchPage': [50],
  'pdfPreview.pageFailed': [2],
  'pdfPreview.zoom': [125],
  'pdfPreview.firstPagesOnly': [50, 120],
  'pdfPreview.failed': ['network error'],
  // File preview: DOCX and text
  previewShowingFirst: [65_536],
  docxFrameTitle: ['bericht.docx'],
  docxImagesNotShown: [2],
  docxImageNotShown: ['Diagramm'],
};

export interface LabelLeaf {
  path: string;
  kind: 'string' | 'function' | 'missing';
  /** The string, or what the function returns for its sample arguments. */
  text: string;
}

/** Every leaf of `reference` (the English set), read from `labels`: a key English has and `labels` lacks shows as missing. */
export function labelLeaves(labels: Labels, reference: Labels): LabelLeaf[] {
  const leaves: LabelLeaf[] = [];
  const walk = (value: unknown, shape: unknown, path: string) => {
    if (typeof shape === 'string') {
      leaves.push(typeof value === 'string' ? { path, kind: 'string', text: value } : { path, kind: 'missing', text: '' });
    } else if (typeof shape === 'function') {
      const sample = labelSamples[path];
      if (typeof value !== 'function' || !sample) {
        leaves.push({ path, kind: 'missing', text: '' });
        return;
      }
      const result: unknown = (value as (...args: unknown[]) => unknown)(...sample);
      leaves.push({ path, kind: 'function', text: typeof result === 'string' ? result : '' });
    } else if (typeof shape === 'object' && shape !== null) {
      for (const [key, child] of Object.entries(shape)) {
        const next = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
        walk(next, child, path ? `${path}.${key}` : key);
      }
    }
  };
  walk(labels, reference, '');
  return leaves;
}

/** Spaces of any kind (Intl uses no-break and narrow no-break spaces) as plain ones, for readable expectations. */
export function plainSpaces(text: string): string {
  return text.replace(/\s/gu, ' ');
}
