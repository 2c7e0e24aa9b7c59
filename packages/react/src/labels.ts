import { chartSentence, type ChartFacts, type ExecutionStatus, type FileKind } from '@execards/core';
import { htmlLabels, type HtmlLabels } from './html/labels.js';
import { docxPreviewLabels, type DocxPreviewLabels } from './preview/docx/labels.js';
import { pdfPreviewLabels, type PdfPreviewLabels } from './preview/pdf/labels.js';
import { xlsxPreviewLabels, type XlsxPreviewLabels } from './preview/xlsx/labels.js';
import { previewLabels, type PreviewLabels } from './preview/labels.js';
import { mergeTableLabels, tableLabels, type TableLabels } from './table/labels.js';

/** Strings of the run timeline (provenance) in each execution card. */
export interface ProvenanceLabels {
  /** Accessible name of the timeline list. */
  label: string;
  started: string;
  duration: string;
  outcome: string;
  container: string;
  /** The run's outcome in the timeline (worded apart from the status badge). */
  outcomes: Record<ExecutionStatus, string>;
  /** The outcome of a run whose Python code raised, e.g. "raised FileNotFoundError". */
  raised(exceptionName: string): string;
  /** The outcome of a run the user stopped. */
  stopped: string;
  stillRunning: string;
  copyContainerId: string;
  /** Accessible name of the copy button: the id shortened to its last characters, e.g. "Copy sandbox id ending 3f9a". */
  copyContainerIdEnding(ending: string): string;
  containerIdCopied: string;
  /** The timeline as one sentence for screen readers, e.g. "Started at 14:03:07, ran for 3 seconds, finished, in sandbox ending 3f9a." */
  sentence(parts: ProvenanceSentenceParts): string;
}

/** The pieces of the timeline sentence, each already worded; null when unknown. */
export interface ProvenanceSentenceParts {
  started: string | null;
  /** Spoken duration ("3 seconds"), or null while running or when unknown. */
  duration: string | null;
  outcome: string;
  /** The sandbox id's last characters. */
  containerEnding: string | null;
}

/** What the status phrase of a card is built from. */
export interface StatusPhraseParts {
  status: ExecutionStatus;
  /** Spoken duration of a settled run ("3 seconds"), null while running or when unknown. */
  duration: string | null;
  /** The Python exception the code raised, e.g. "FileNotFoundError". */
  exceptionName: string | null;
  /** The user stopped the run. */
  stopped: boolean;
}

/** Strings of a generated file's availability (archive, live container, gone, re-run). */
export interface AvailabilityLabels {
  saved: string;
  savedDescription: string;
  live: string;
  liveDescription: string;
  checking: string;
  gone: string;
  rerun: string;
  rerunning: string;
  rerunSucceeded(filename: string): string;
  rerunFailed(filename: string): string;
}

/** Every string the kit shows, in English by default; pass a partial object to translate. */
export interface Labels extends XlsxPreviewLabels, DocxPreviewLabels {
  status: Record<ExecutionStatus, string>;
  /** Elapsed time, e.g. "12s" or "1m 05s". */
  formatElapsed(milliseconds: number): string;
  /** A duration as read aloud, e.g. "3 seconds" or "1 minute 5 seconds". */
  formatSpokenDuration(milliseconds: number): string;
  /** The card's status as its own phrase, e.g. "completed in 3 seconds", "failed: FileNotFoundError", "running". */
  statusPhrase(parts: StatusPhraseParts): string;
  tabs: { output: string; code: string; logs: string };
  /** Accessible name of the tab list. */
  tabListLabel: string;
  untitledRun: string;
  noOutput: string;
  errorHeading: string;
  /** The badge of a run the user stopped (instead of the `incomplete` status). */
  stoppedStatus: string;
  /** Heading of the notice on a run the user stopped. */
  stoppedHeading: string;
  /** Announced politely when a run settles. */
  announceSettled(status: ExecutionStatus, title: string): string;
  copyCode: string;
  copied: string;
  copyFailed: string;
  codeCopiedAnnouncement: string;
  showMoreLines(hiddenLines: number): string;
  showFewerLines: string;
  codeRegionLabel: string;
  streamingCode: string;
  openImage: string;
  closeImage: string;
  imageDialogLabel(alt: string): string;
  copyImage: string;
  /** Accessible name of the copy button, naming the image, e.g. "Copy image line_chart.png". */
  copyImageOf(name: string): string;
  imageCopied: string;
  imageCopyUnsupported: string;
  imageCopyFailed: string;
  download: string;
  /** Accessible name of a download link, e.g. "Download line_chart.png". */
  downloadFile(name: string): string;
  /** Text alternative of a chart from what its code says (core's `chartFacts`); null when nothing is known. */
  describeChart(facts: ChartFacts): string | null;
  /** The control under a chart that opens the data behind it. */
  showDataTable: string;
  hideDataTable: string;
  loadingImage: string;
  retry: string;
  /** Shown when a generated file cannot be downloaded (config `generatedFiles.downloadFailureMessage`). */
  downloadFailureMessage: string;
  downloading(percent: number | null): string;
  downloadQueued: string;
  downloaded: string;
  formatBytes(bytes: number): string;
  fileKind: Record<FileKind, string>;
  generatingFile(linkText: string): string;
  fileNotAvailable(filename: string): string;
  /** A wall-clock time, e.g. "14:03:07". */
  formatTime(timestamp: number): string;
  provenance: ProvenanceLabels;
  availability: AvailabilityLabels;
  // File preview: DOCX and text
  /** Above a preview of a file's first bytes, e.g. "Showing the first 256 KB — download to see all." */
  previewShowingFirst(bytes: number): string;
  /** Above a text preview whose bytes are not UTF-8 and were read as Windows-1252. */
  previewDecodedAsWindows1252: string;
  /** The toggle (pressed or not) between rendered Markdown and its source. */
  markdownShowSource: string;
  /** The table view's strings (a `labels` prop on a TableView wins over these). */
  table: TableLabels;
  /** The HTML preview's strings (a `labels` prop on an HtmlView wins over these). */
  html: HtmlLabels;
  /** The file previews' strings (spreadsheets, PDFs, Word documents, text). */
  preview: PreviewLabels;
  // File preview: PDF
  pdfPreview: PdfPreviewLabels;
}

function spokenUnit(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? '' : 's'}`;
}

function formatSpokenDuration(milliseconds: number): string {
  const totalSeconds = Math.max(0, Math.round(milliseconds / 1000));
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  if (minutes === 0) return spokenUnit(seconds, 'second');
  return seconds === 0 ? spokenUnit(minutes, 'minute') : `${spokenUnit(minutes, 'minute')} ${spokenUnit(seconds, 'second')}`;
}

let cachedTimeFormat: Intl.DateTimeFormat | null = null;
/** One formatter for all cards: building an `Intl.DateTimeFormat` per render is slow. */
function timeFormat(): Intl.DateTimeFormat {
  cachedTimeFormat ??= new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
  return cachedTimeFormat;
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value >= 10 ? value.toFixed(0) : value.toFixed(1)} ${units[unit] ?? 'TB'}`;
}

export const defaultLabels: Labels = {
  status: {
    in_progress: 'Running',
    interpreting: 'Interpreting',
    completed: 'Completed',
    incomplete: 'Incomplete',
    failed: 'Failed',
  },
  formatElapsed(milliseconds) {
    const totalSeconds = Math.max(0, Math.floor(milliseconds / 1000));
    const minutes = Math.floor(totalSeconds / 60);
    const seconds = totalSeconds % 60;
    return minutes === 0 ? `${seconds}s` : `${minutes}m ${String(seconds).padStart(2, '0')}s`;
  },
  formatSpokenDuration,
  statusPhrase({ status, duration, exceptionName, stopped }) {
    if (stopped) return duration ? `stopped after ${duration}` : 'stopped';
    if (exceptionName) return `failed: ${exceptionName}`;
    switch (status) {
      case 'in_progress':
        return 'running';
      case 'interpreting':
        return 'interpreting the output';
      case 'completed':
        return duration ? `completed in ${duration}` : 'completed';
      case 'incomplete':
        return 'incomplete';
      case 'failed':
        return 'failed';
    }
  },
  tabs: { output: 'Output', code: 'Code', logs: 'Logs' },
  tabListLabel: 'Run details',
  untitledRun: 'Python code',
  noOutput: 'This run produced no output.',
  errorHeading: 'The run failed',
  stoppedStatus: 'Stopped',
  stoppedHeading: 'The run was stopped',
  announceSettled(status, title) {
    if (status === 'failed') return `${title}: the run failed.`;
    if (status === 'incomplete') return `${title}: the run stopped before finishing.`;
    return `${title}: the run finished.`;
  },
  copyCode: 'Copy code',
  copied: 'Copied',
  copyFailed: 'Copy failed',
  codeCopiedAnnouncement: 'Code copied to the clipboard.',
  showMoreLines: (hiddenLines) => `Show ${hiddenLines} more ${hiddenLines === 1 ? 'line' : 'lines'}`,
  showFewerLines: 'Show fewer lines',
  codeRegionLabel: 'Code',
  streamingCode: 'Code is still being written',
  openImage: 'View full size',
  closeImage: 'Close',
  imageDialogLabel: (alt) => (alt ? `${alt}, full size` : 'Image, full size'),
  copyImage: 'Copy image',
  copyImageOf: (name) => `Copy image ${name}`,
  imageCopied: 'Image copied',
  imageCopyUnsupported: 'This browser cannot copy images here. Download the image instead.',
  imageCopyFailed: 'The image could not be copied.',
  download: 'Download',
  downloadFile: (name) => `Download ${name}`,
  describeChart: chartSentence,
  showDataTable: 'Show data as a table',
  hideDataTable: 'Hide data table',
  loadingImage: 'Loading image',
  retry: 'Retry',
  downloadFailureMessage: 'The file could not be downloaded. Please try again.',
  downloading: (percent) => (percent === null ? 'Downloading' : `Downloading ${percent}%`),
  downloadQueued: 'Waiting to download',
  downloaded: 'Downloaded',
  formatBytes,
  fileKind: {
    image: 'Image',
    csv: 'CSV table',
    html: 'HTML page',
    pdf: 'PDF document',
    docx: 'Word document',
    xlsx: 'Excel workbook',
    pptx: 'PowerPoint deck',
    md: 'Markdown',
    txt: 'Text file',
    json: 'JSON',
    code: 'Source code',
    zip: 'ZIP archive',
    other: 'File',
  },
  generatingFile: (linkText) => linkText || 'Generating your file…',
  fileNotAvailable: (filename) => `${filename} is not available.`,
  formatTime: (timestamp) => timeFormat().format(timestamp),
  provenance: {
    label: 'Run timeline',
    started: 'Started',
    duration: 'Duration',
    outcome: 'Outcome',
    container: 'Sandbox',
    outcomes: { in_progress: 'running', interpreting: 'reading the output', completed: 'finished', incomplete: 'stopped early', failed: 'ended with an error' },
    raised: (exceptionName) => `raised ${exceptionName}`,
    stopped: 'stopped',
    stillRunning: 'still running',
    copyContainerId: 'Copy sandbox id',
    copyContainerIdEnding: (ending) => `Copy sandbox id ending ${ending}`,
    containerIdCopied: 'Sandbox id copied to the clipboard.',
    sentence({ started, duration, outcome, containerEnding }) {
      const parts = [started && `Started at ${started}`, duration && `ran for ${duration}`, outcome, containerEnding && `in sandbox ending ${containerEnding}`].filter(Boolean);
      const text = parts.join(', ');
      return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
    },
  },
  availability: {
    saved: 'Saved',
    savedDescription: 'Saved: this file stays available after the sandbox expires.',
    live: 'In sandbox',
    liveDescription: 'In the running sandbox: available until the sandbox expires.',
    checking: 'Checking whether this file is still available…',
    gone: 'This file is no longer available.',
    rerun: 'Re-run in a new sandbox',
    rerunning: 'Re-running the code in a new sandbox…',
    rerunSucceeded: (filename) => `${filename} is available again.`,
    rerunFailed: (filename) => `${filename} could not be re-created.`,
  },
  // File preview: DOCX and text
  previewShowingFirst: (bytes) => `Showing the first ${formatBytes(bytes)} — download to see all.`,
  previewDecodedAsWindows1252: 'This file is not UTF-8; it was read as Windows-1252 (Western European). Some characters may be wrong.',
  markdownShowSource: 'Show Markdown source',
  table: tableLabels,
  html: htmlLabels,
  preview: previewLabels,
  // File preview: PDF
  pdfPreview: pdfPreviewLabels,
  ...xlsxPreviewLabels,
  ...docxPreviewLabels,

};

/** What an app passes to translate or reword: any subset, the table and HTML groups partial too. */
export type LabelOverrides = Partial<Omit<Labels, 'table' | 'html' | 'preview'>> & { table?: Partial<TableLabels>; html?: Partial<HtmlLabels>; preview?: Partial<PreviewLabels> };

/** Merges an app's partial labels over the defaults (one level deep for the grouped ones). */
export function mergeLabels(overrides: LabelOverrides | undefined): Labels {
  if (!overrides) return defaultLabels;
  return {
    ...defaultLabels,
    ...overrides,
    status: { ...defaultLabels.status, ...overrides.status },
    tabs: { ...defaultLabels.tabs, ...overrides.tabs },
    fileKind: { ...defaultLabels.fileKind, ...overrides.fileKind },
    provenance: { ...defaultLabels.provenance, ...overrides.provenance, outcomes: { ...defaultLabels.provenance.outcomes, ...overrides.provenance?.outcomes } },
    availability: { ...defaultLabels.availability, ...overrides.availability },
    table: mergeTableLabels(overrides.table),
    html: { ...defaultLabels.html, ...overrides.html },
    preview: { ...defaultLabels.preview, ...overrides.preview },
    // File preview: PDF
    pdfPreview: { ...defaultLabels.pdfPreview, ...overrides.pdfPreview },
  };
}
