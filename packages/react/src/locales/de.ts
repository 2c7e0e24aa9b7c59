import type { ChartKind } from '@execards/core';
import type { Labels } from '../labels.js';
import { createLocaleFormats } from './intl-formats.js';

const format = createLocaleFormats('de');
const chartKinds: Record<ChartKind, string> = { line: 'Linien', bar: 'Balken', scatter: 'Streu', histogram: 'Histogramm', pie: 'Kreis', area: 'Flächen', box: 'Boxplot', heatmap: 'Heatmap' };
const listed = (items: readonly string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} und ${items[items.length - 1] ?? ''}`);
/** "Liniendiagramm", "Linien- und Flächendiagramm"; Histogramm, Boxplot and Heatmap stand alone. */
function chartKindName(kinds: readonly ChartKind[]): string {
  const compound = kinds.filter((kind) => kind !== 'histogram' && kind !== 'box' && kind !== 'heatmap').map((kind) => chartKinds[kind]);
  const alone = kinds.filter((kind) => kind === 'histogram' || kind === 'box' || kind === 'heatmap').map((kind) => chartKinds[kind]);
  const diagram = compound.length === 0 ? [] : [`${compound.slice(0, -1).map((word) => `${word}-`).join(', ')}${compound.length > 1 ? ' und ' : ''}${compound[compound.length - 1] ?? ''}diagramm`];
  const names = [...diagram, ...alone];
  return names.length === 0 ? 'Diagramm' : listed(names);
}
const rows = (count: number) => (format.plural(count) === 'one' ? 'Zeile' : 'Zeilen');

/** Every string of the kit, the table and the HTML preview in German; pass it to `LabelsProvider`. */
export const de: Labels = {
  status: {
    in_progress: 'Läuft',
    interpreting: 'Wird ausgewertet',
    completed: 'Abgeschlossen',
    incomplete: 'Unvollständig',
    failed: 'Fehlgeschlagen',
  },
  formatElapsed: format.elapsed,
  formatSpokenDuration: format.spokenDuration,
  statusPhrase({ status, duration, exceptionName, stopped }) {
    if (stopped) return duration ? `nach ${duration} gestoppt` : 'gestoppt';
    if (exceptionName) return `fehlgeschlagen: ${exceptionName}`;
    switch (status) {
      case 'in_progress':
        return 'läuft';
      case 'interpreting':
        return 'Ausgabe wird ausgewertet';
      case 'completed':
        return duration ? `in ${duration} abgeschlossen` : 'abgeschlossen';
      case 'incomplete':
        return 'unvollständig';
      case 'failed':
        return 'fehlgeschlagen';
    }
  },
  tabs: { output: 'Ausgabe', code: 'Code', logs: 'Protokoll' },
  tabListLabel: 'Details zur Ausführung',
  untitledRun: 'Python-Code',
  noOutput: 'Diese Ausführung hat keine Ausgabe erzeugt.',
  errorHeading: 'Die Ausführung ist fehlgeschlagen',
  stoppedStatus: 'Gestoppt',
  stoppedHeading: 'Die Ausführung wurde gestoppt',
  announceSettled(status, title) {
    if (status === 'failed') return `${title}: Die Ausführung ist fehlgeschlagen.`;
    if (status === 'incomplete') return `${title}: Die Ausführung wurde vor dem Ende abgebrochen.`;
    return `${title}: Die Ausführung ist abgeschlossen.`;
  },
  copyCode: 'Code kopieren',
  copied: 'Kopiert',
  copyFailed: 'Kopieren fehlgeschlagen',
  codeCopiedAnnouncement: 'Code in die Zwischenablage kopiert.',
  showMoreLines: (hiddenLines) => `${format.number(hiddenLines)} weitere ${rows(hiddenLines)} anzeigen`,
  showFewerLines: 'Weniger Zeilen anzeigen',
  codeRegionLabel: 'Code',
  streamingCode: 'Der Code wird noch geschrieben',
  openImage: 'In voller Größe anzeigen',
  closeImage: 'Schließen',
  imageDialogLabel: (alt) => (alt ? `${alt}, volle Größe` : 'Bild, volle Größe'),
  copyImage: 'Bild kopieren',
  copyImageOf: (name) => `Bild kopieren: ${name}`,
  imageCopied: 'Bild kopiert',
  imageCopyUnsupported: 'Dieser Browser kann hier keine Bilder kopieren. Laden Sie das Bild stattdessen herunter.',
  imageCopyFailed: 'Das Bild konnte nicht kopiert werden.',
  download: 'Herunterladen',
  downloadFile: (name) => `Herunterladen: ${name}`,
  describeChart(facts) {
    if (facts.kinds.length === 0 && facts.titles.length === 0 && facts.xLabels.length === 0 && facts.yLabels.length === 0) return null;
    const head = `${chartKindName(facts.kinds)}${facts.titles.length > 0 ? ` „${facts.titles.join(' / ')}“` : ''}`;
    const axes = [facts.xLabels.length > 0 ? `x-Achse ${listed(facts.xLabels)}` : null, facts.yLabels.length > 0 ? `y-Achse ${listed(facts.yLabels)}` : null].filter((part) => part !== null);
    return `${head}${axes.length > 0 ? `: ${axes.join(', ')}` : ''}${facts.series.length > 0 ? `; Datenreihen: ${facts.series.join(', ')}` : ''}.`;
  },
  showDataTable: 'Daten als Tabelle anzeigen',
  hideDataTable: 'Datentabelle ausblenden',
  loadingImage: 'Bild wird geladen',
  retry: 'Erneut versuchen',
  downloadFailureMessage: 'Die Datei konnte nicht heruntergeladen werden. Bitte versuchen Sie es erneut.',
  downloading: (percent) => (percent === null ? 'Wird heruntergeladen' : `Wird heruntergeladen: ${format.percent(percent)}`),
  downloadQueued: 'Wartet auf den Download',
  downloaded: 'Heruntergeladen',
  formatBytes: format.bytes,
  fileKind: {
    image: 'Bild',
    csv: 'CSV-Tabelle',
    html: 'HTML-Seite',
    pdf: 'PDF-Dokument',
    docx: 'Word-Dokument',
    xlsx: 'Excel-Arbeitsmappe',
    pptx: 'PowerPoint-Präsentation',
    md: 'Markdown',
    txt: 'Textdatei',
    json: 'JSON',
    code: 'Quellcode',
    zip: 'ZIP-Archiv',
    other: 'Datei',
  },
  generatingFile: (linkText) => linkText || 'Ihre Datei wird erstellt…',
  fileNotAvailable: (filename) => `${filename} ist nicht verfügbar.`,
  formatTime: format.time,
  provenance: {
    label: 'Ablauf der Ausführung',
    started: 'Gestartet',
    duration: 'Dauer',
    outcome: 'Ergebnis',
    container: 'Sandbox',
    outcomes: {
      in_progress: 'läuft',
      interpreting: 'Ausgabe wird gelesen',
      completed: 'abgeschlossen',
      incomplete: 'vorzeitig beendet',
      failed: 'mit einem Fehler beendet',
    },
    raised: (exceptionName) => `${exceptionName} ausgelöst`,
    stopped: 'gestoppt',
    stillRunning: 'läuft noch',
    copyContainerId: 'Sandbox-ID kopieren',
    copyContainerIdEnding: (ending) => `Sandbox-ID kopieren, endet auf ${ending}`,
    containerIdCopied: 'Sandbox-ID in die Zwischenablage kopiert.',
    sentence({ started, duration, outcome, containerEnding }) {
      const parts = [started && `Gestartet um ${started}`, duration && `Dauer ${duration}`, outcome, containerEnding && `in der Sandbox mit der Endung ${containerEnding}`].filter(Boolean);
      const text = parts.join(', ');
      return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
    },
  },
  availability: {
    saved: 'Gespeichert',
    savedDescription: 'Gespeichert: Diese Datei bleibt verfügbar, auch wenn die Sandbox abläuft.',
    live: 'In der Sandbox',
    liveDescription: 'In der laufenden Sandbox: verfügbar, bis die Sandbox abläuft.',
    checking: 'Es wird geprüft, ob diese Datei noch verfügbar ist…',
    gone: 'Diese Datei ist nicht mehr verfügbar.',
    rerun: 'In einer neuen Sandbox erneut ausführen',
    rerunning: 'Der Code wird in einer neuen Sandbox erneut ausgeführt…',
    rerunSucceeded: (filename) => `${filename} ist wieder verfügbar.`,
    rerunFailed: (filename) => `${filename} konnte nicht neu erstellt werden.`,
  },
  // File preview: DOCX and text
  previewShowingFirst: (bytes) => `Angezeigt werden die ersten ${format.bytes(bytes)} – laden Sie die Datei herunter, um alles zu sehen.`,
  previewDecodedAsWindows1252: 'Diese Datei ist nicht UTF-8-kodiert; sie wurde als Windows-1252 (Westeuropäisch) gelesen. Einige Zeichen können falsch sein.',
  markdownShowSource: 'Markdown-Quelltext anzeigen',
  docxFrameTitle: (fileName) => `Vorschau von ${fileName}`,
  docxConverting: 'Dokument wird geöffnet…',
  docxUnreadable: 'Diese Datei konnte nicht als Word-Dokument (.docx) gelesen werden: Sie ist möglicherweise beschädigt oder hat ein anderes Format. Laden Sie sie herunter, um sie anderweitig zu öffnen.',
  docxTooLarge: 'Dieses Dokument ist entpackt zu groß für die Vorschau. Laden Sie es herunter, um es in Word zu öffnen.',
  docxTooSlow: 'Die Umwandlung dieses Dokuments für die Vorschau dauert zu lange. Laden Sie es herunter, um es in Word zu öffnen.',
  docxShortened: 'Die Vorschau zeigt den Anfang dieses Dokuments – laden Sie es herunter, um alles zu sehen.',
  docxImagesNotShown: (count) =>
    `${format.plural(count) === 'one' ? `${format.number(count)} Bild wird` : `${format.number(count)} Bilder werden`} nicht angezeigt: von außerhalb des Dokuments verknüpft (nie geladen) oder in einem Format, das der Browser nicht darstellen kann.`,
  docxImageNotShown: (alt) => (alt ? `Bild nicht angezeigt: ${alt}` : 'Bild nicht angezeigt'),
  table: {
    grid: 'Tabelle',
    rowNumber: 'Zeile',
    filter: 'Zeilen filtern',
    filterPlaceholder: 'Filtern…',
    copyCell: 'Zelle kopieren',
    copyRow: 'Zeile kopieren',
    copied: 'Kopiert',
    copyFailed: 'Kopieren nicht möglich',
    download: 'CSV herunterladen',
    loading: 'Tabelle wird geladen…',
    empty: 'Diese Datei enthält keine Zeilen.',
    headerOnly: 'Diese Datei hat eine Kopfzeile, aber keine Datenzeilen.',
    resizeColumn: (column) => `Breite der Spalte ${column} ändern`,
    sortedAscending: 'aufsteigend sortiert',
    sortedDescending: 'absteigend sortiert',
    rowCount: (shown, total) => (shown === total ? `${format.number(total)} ${rows(total)}` : `${format.number(shown)} von ${format.number(total)} ${rows(total)}`),
    progress: (percent) => `Wird eingelesen… ${format.percent(percent)}`,
    loadFailed: (reason) => `Die Tabelle konnte nicht geladen werden: ${reason}`,
    warning: {
      'decoded-as-windows-1252': 'Diese Datei ist nicht UTF-8-kodiert; sie wurde als Windows-1252 (Westeuropäisch) gelesen. Einige Zeichen können falsch sein.',
      'invalid-utf-8-replaced': 'Einige Bytes dieser Datei sind kein gültiges UTF-8 und werden als � angezeigt.',
      'ragged-rows': (count) =>
        format.plural(count) === 'one'
          ? `${format.number(count)} Zeile hat eine andere Anzahl von Zellen als die Kopfzeile.`
          : `${format.number(count)} Zeilen haben eine andere Anzahl von Zellen als die Kopfzeile.`,
      'malformed-rows': (count) =>
        format.plural(count) === 'one'
          ? `${format.number(count)} Zeile konnte nicht sauber eingelesen werden (zum Beispiel wegen eines nicht geschlossenen Anführungszeichens).`
          : `${format.number(count)} Zeilen konnten nicht sauber eingelesen werden (zum Beispiel wegen eines nicht geschlossenen Anführungszeichens).`,
    },
    goToRow: 'Gehe zu Zeile',
    goToRowPlaceholder: 'Zeile Nr.',
    rowNotShown: (row) => `Zeile ${row} wird nicht angezeigt`,
    untitledColumn: (position) => `Spalte ${format.number(position)}`,
    // Screen-reader announcements of the rows shown after a sort or filter change (issue 25).
    sortedBy: (column, direction, rows) => `Sortiert nach ${column}, ${direction === 'ascending' ? 'aufsteigend' : 'absteigend'}; ${rows}`,
    sortCleared: (rows) => `In der Reihenfolge der Datei; ${rows}`,
    filterApplied: (rows) => `Filter angewendet; ${rows}`,
    filterCleared: (rows) => `Filter entfernt; ${rows}`,
  },
  html: {
    frameTitle: 'HTML-Vorschau',
    loading: 'Vorschau wird geladen…',
    loadFailed: (reason) => `Die Vorschau konnte nicht geladen werden: ${reason}`,
    downloadHtml: 'HTML herunterladen',
    downloadPng: 'PNG herunterladen',
    exporting: 'Bild wird erstellt…',
    exportFailed: 'Das Bild konnte nicht erstellt werden. Bitte versuchen Sie es erneut.',
    pngDownloaded: 'PNG heruntergeladen.',
    pngCreated: 'Bild erstellt.',
    // Keyboard hint of the preview frame (issue 25).
    keyboardHint: 'Tab führt in die Seite und durch sie hindurch; Escape verlässt sie.',
    keyboardLeft: 'Sie haben die Seite verlassen. Umschalt+Tab führt zurück in die Seite, Tab geht weiter.',
  },
  preview: {
    open: 'Vorschau',
    openFile: (name) => `Vorschau: ${name}`,
    region: (name) => `Vorschau von ${name}`,
    loading: (percent) => (percent === null ? 'Vorschau wird geladen…' : `Vorschau wird geladen… ${format.number(percent)} %`),
    failed: 'Die Vorschau konnte nicht geladen werden.',
    tooLarge: (size, cap) => `Diese Datei${size ? ` (${size})` : ''} ist größer, als eine Vorschau zeigen kann (${cap}). Laden Sie sie herunter, um sie zu sehen.`,
  },
  // File preview: XLSX
  xlsxSheets: 'Tabellenblätter',
  xlsxSheetGrid: (sheetName) => `Tabellenblatt ${sheetName}`,
  xlsxReading: 'Tabelle wird gelesen…',
  xlsxEmptySheet: 'Dieses Tabellenblatt ist leer.',
  xlsxNoSheets: 'Diese Arbeitsmappe hat keine Tabellenblätter.',
  xlsxRowsCapped: (shown, total) => `Die ersten ${format.number(shown)} von ${format.number(total)} Zeilen werden angezeigt – zum Ansehen aller herunterladen.`,
  xlsxNotXlsx: 'Diese Datei ist keine Excel-Arbeitsmappe (.xlsx) und kann nicht in der Vorschau gezeigt werden. Laden Sie sie herunter, um sie zu öffnen.',
  xlsxTooLarge: 'Diese Tabelle ist zu groß für die Vorschau. Laden Sie sie herunter, um sie ganz zu sehen.',
  xlsxTimedOut: 'Das Lesen dieser Tabelle hat zu lange gedauert, die Vorschau wurde beendet. Laden Sie sie herunter, um sie zu sehen.',
  xlsxUnreadable: (reason) => `Diese Tabelle konnte nicht gelesen werden: ${reason}. Laden Sie sie herunter, um sie zu öffnen.`,
  // File preview: PDF
  pdfPreview: {
    controls: 'Seiten und Zoom',
    opening: 'PDF wird geöffnet…',
    opened: (fileName, pageCount) => `${fileName} geöffnet: ${format.number(pageCount)} ${format.plural(pageCount) === 'one' ? 'Seite' : 'Seiten'}.`,
    previousPage: 'Vorherige Seite',
    nextPage: 'Nächste Seite',
    page: 'Seite',
    ofPages: (pageCount) => `von ${format.number(pageCount)}`,
    pageOf: (page, pageCount) => `Seite ${format.number(page)} von ${format.number(pageCount)}`,
    noSuchPage: (pageCount) => `Geben Sie eine Seitenzahl von 1 bis ${format.number(pageCount)} ein.`,
    renderingPage: 'Seite wird gezeichnet…',
    pageFailed: (page) => `Seite ${format.number(page)} konnte nicht angezeigt werden.`,
    zoomIn: 'Vergrößern',
    zoomOut: 'Verkleinern',
    fitWidth: 'An Breite anpassen',
    zoom: (percent) => format.percent(percent),
    firstPagesOnly: (shown, pageCount) => `Die ersten ${format.number(shown)} von ${format.number(pageCount)} Seiten werden angezeigt. Laden Sie die Datei herunter, um alle zu sehen.`,
    partialFile: 'Nur der Anfang dieser Datei wurde geladen. Laden Sie sie herunter, um alles zu sehen.',
    passwordProtected: 'Dieses PDF ist durch ein Passwort geschützt. Laden Sie es herunter, um es mit dem Passwort zu öffnen.',
    invalid: 'Diese Datei ist kein lesbares PDF, sie ist vielleicht beschädigt. Laden Sie sie herunter, um sie in einem anderen Programm zu öffnen.',
    timedOut: 'Das Öffnen des PDFs hat zu lange gedauert. Laden Sie es herunter, um es in einem anderen Programm zu öffnen.',
    failed: (reason) => `Das PDF konnte nicht angezeigt werden: ${reason}`,
  },
};
