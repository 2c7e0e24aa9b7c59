import type { ChartKind } from '@execards/core';
import type { Labels } from '../labels.js';
import { createLocaleFormats } from './intl-formats.js';

const format = createLocaleFormats('fr');
const rows = (count: number) => (format.plural(count) === 'one' ? 'ligne' : 'lignes');
// French typography puts a no-break space before a colon.
const colon = '\u00a0:';

/** Every string of the kit, the table and the HTML preview in French; pass it to `LabelsProvider`. */
const chartKinds: Record<ChartKind, string> = { line: 'en courbes', bar: 'en barres', scatter: 'en nuage de points', histogram: 'histogramme', pie: 'en secteurs', area: 'en aires', box: 'en boîtes à moustaches', heatmap: 'carte de chaleur' };
const listed = (items: readonly string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} et ${items[items.length - 1] ?? ''}`);

export const fr: Labels = {
  status: {
    in_progress: 'En cours',
    interpreting: 'Interprétation',
    completed: 'Terminé',
    incomplete: 'Incomplet',
    failed: 'Échec',
  },
  formatElapsed: format.elapsed,
  formatSpokenDuration: format.spokenDuration,
  statusPhrase({ status, duration, exceptionName, stopped }) {
    if (stopped) return duration ? `arrêtée après ${duration}` : 'arrêtée';
    if (exceptionName) return `échec : ${exceptionName}`;
    switch (status) {
      case 'in_progress':
        return 'en cours';
      case 'interpreting':
        return 'interprétation de la sortie';
      case 'completed':
        return duration ? `terminée en ${duration}` : 'terminée';
      case 'incomplete':
        return 'incomplète';
      case 'failed':
        return 'échec';
    }
  },
  tabs: { output: 'Sortie', code: 'Code', logs: 'Journaux' },
  tabListLabel: 'Détails de l’exécution',
  untitledRun: 'Code Python',
  noOutput: 'Cette exécution n’a produit aucune sortie.',
  errorHeading: 'L’exécution a échoué',
  stoppedStatus: 'Arrêté',
  stoppedHeading: 'L’exécution a été arrêtée',
  announceSettled(status, title) {
    if (status === 'failed') return `${title}${colon} l’exécution a échoué.`;
    if (status === 'incomplete') return `${title}${colon} l’exécution s’est arrêtée avant la fin.`;
    return `${title}${colon} l’exécution est terminée.`;
  },
  copyCode: 'Copier le code',
  copied: 'Copié',
  copyFailed: 'Échec de la copie',
  codeCopiedAnnouncement: 'Code copié dans le presse-papiers.',
  showMoreLines: (hiddenLines) => `Afficher ${format.number(hiddenLines)} ${rows(hiddenLines)} de plus`,
  showFewerLines: 'Afficher moins de lignes',
  codeRegionLabel: 'Code',
  streamingCode: 'Le code est en cours d’écriture',
  openImage: 'Afficher en taille réelle',
  closeImage: 'Fermer',
  imageDialogLabel: (alt) => (alt ? `${alt}, taille réelle` : 'Image, taille réelle'),
  copyImage: 'Copier l’image',
  copyImageOf: (name) => `Copier l’image ${name}`,
  imageCopied: 'Image copiée',
  imageCopyUnsupported: 'Ce navigateur ne peut pas copier d’images ici. Téléchargez plutôt l’image.',
  imageCopyFailed: 'L’image n’a pas pu être copiée.',
  download: 'Télécharger',
  downloadFile: (name) => `Télécharger ${name}`,
  describeChart(facts) {
    if (facts.kinds.length === 0 && facts.titles.length === 0 && facts.xLabels.length === 0 && facts.yLabels.length === 0) return null;
    const kind = facts.kinds.length === 0 ? 'Graphique' : facts.kinds.length === 1 && (facts.kinds[0] === 'histogram' || facts.kinds[0] === 'heatmap') ? `${chartKinds[facts.kinds[0]].charAt(0).toUpperCase()}${chartKinds[facts.kinds[0]].slice(1)}` : `Graphique ${listed(facts.kinds.map((k) => chartKinds[k]))}`;
    const head = `${kind}${facts.titles.length > 0 ? ` « ${facts.titles.join(' / ')} »` : ''}`;
    const axes = [facts.xLabels.length > 0 ? `${listed(facts.xLabels)} en abscisse` : null, facts.yLabels.length > 0 ? `${listed(facts.yLabels)} en ordonnée` : null].filter((part) => part !== null);
    return `${head}${axes.length > 0 ? ` : ${axes.join(', ')}` : ''}${facts.series.length > 0 ? ` ; séries : ${facts.series.join(', ')}` : ''}.`;
  },
  showDataTable: 'Afficher les données sous forme de tableau',
  hideDataTable: 'Masquer le tableau des données',
  loadingImage: 'Chargement de l’image',
  retry: 'Réessayer',
  downloadFailureMessage: 'Le fichier n’a pas pu être téléchargé. Veuillez réessayer.',
  downloading: (percent) => (percent === null ? 'Téléchargement en cours' : `Téléchargement${colon} ${format.percent(percent)}`),
  downloadQueued: 'En attente de téléchargement',
  downloaded: 'Téléchargé',
  formatBytes: format.bytes,
  fileKind: {
    image: 'Image',
    csv: 'Tableau CSV',
    html: 'Page HTML',
    pdf: 'Document PDF',
    docx: 'Document Word',
    xlsx: 'Classeur Excel',
    pptx: 'Présentation PowerPoint',
    md: 'Markdown',
    txt: 'Fichier texte',
    json: 'JSON',
    code: 'Code source',
    zip: 'Archive ZIP',
    other: 'Fichier',
  },
  generatingFile: (linkText) => linkText || 'Création de votre fichier…',
  fileNotAvailable: (filename) => `${filename} n’est pas disponible.`,
  formatTime: format.time,
  provenance: {
    label: 'Déroulement de l’exécution',
    started: 'Début',
    duration: 'Durée',
    outcome: 'Résultat',
    container: 'Bac à sable',
    outcomes: {
      in_progress: 'en cours',
      interpreting: 'lecture de la sortie',
      completed: 'terminée',
      incomplete: 'arrêtée avant la fin',
      failed: 'terminée par une erreur',
    },
    raised: (exceptionName) => `a levé ${exceptionName}`,
    stopped: 'arrêtée',
    stillRunning: 'toujours en cours',
    copyContainerId: 'Copier l’identifiant du bac à sable',
    copyContainerIdEnding: (ending) => `Copier l’identifiant du bac à sable se terminant par ${ending}`,
    containerIdCopied: 'Identifiant du bac à sable copié dans le presse-papiers.',
    sentence({ started, duration, outcome, containerEnding }) {
      const parts = [started && `Début à ${started}`, duration && `durée ${duration}`, outcome, containerEnding && `dans le bac à sable se terminant par ${containerEnding}`].filter(Boolean);
      const text = parts.join(', ');
      return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
    },
  },
  availability: {
    saved: 'Enregistré',
    savedDescription: `Enregistré${colon} ce fichier reste disponible après l’expiration du bac à sable.`,
    live: 'Dans le bac à sable',
    liveDescription: `Dans le bac à sable actif${colon} disponible jusqu’à son expiration.`,
    checking: 'Vérification de la disponibilité de ce fichier…',
    gone: 'Ce fichier n’est plus disponible.',
    rerun: 'Relancer dans un nouveau bac à sable',
    rerunning: 'Relance du code dans un nouveau bac à sable…',
    rerunSucceeded: (filename) => `${filename} est de nouveau disponible.`,
    rerunFailed: (filename) => `${filename} n’a pas pu être recréé.`,
  },
  // File preview: DOCX and text
  previewShowingFirst: (bytes) => `Seuls les ${format.bytes(bytes)} premiers sont affichés — téléchargez le fichier pour tout voir.`,
  previewDecodedAsWindows1252: 'Ce fichier n’est pas en UTF-8 et a été lu en Windows-1252 (Europe occidentale). Certains caractères peuvent être incorrects.',
  markdownShowSource: 'Afficher la source Markdown',
  docxFrameTitle: (fileName) => `Aperçu de ${fileName}`,
  docxConverting: 'Ouverture du document…',
  docxUnreadable: `Ce fichier n’a pas pu être lu comme document Word (.docx)${colon} il est peut-être endommagé ou dans un autre format. Téléchargez-le pour l’ouvrir ailleurs.`,
  docxTooLarge: 'Ce document est trop volumineux une fois décompressé pour être prévisualisé. Téléchargez-le pour l’ouvrir dans Word.',
  docxTooSlow: 'La conversion de ce document pour l’aperçu prend trop de temps. Téléchargez-le pour l’ouvrir dans Word.',
  docxShortened: 'L’aperçu montre le début de ce document — téléchargez-le pour tout voir.',
  docxImagesNotShown: (count) =>
    `${format.plural(count) === 'one' ? `${format.number(count)} image n’est pas affichée` : `${format.number(count)} images ne sont pas affichées`}${colon} liées depuis l’extérieur du document (jamais chargées) ou dans un format que le navigateur ne sait pas afficher.`,
  docxImageNotShown: (alt) => (alt ? `Image non affichée${colon} ${alt}` : 'Image non affichée'),
  table: {
    grid: 'Tableau',
    rowNumber: 'Ligne',
    filter: 'Filtrer les lignes',
    filterPlaceholder: 'Filtrer…',
    copyCell: 'Copier la cellule',
    copyRow: 'Copier la ligne',
    copied: 'Copié',
    copyFailed: 'Copie impossible',
    download: 'Télécharger le CSV',
    loading: 'Chargement du tableau…',
    empty: 'Ce fichier ne contient aucune ligne.',
    headerOnly: 'Ce fichier a un en-tête mais aucune ligne de données.',
    resizeColumn: (column) => `Redimensionner la colonne ${column}`,
    sortedAscending: 'tri croissant',
    sortedDescending: 'tri décroissant',
    rowCount: (shown, total) => (shown === total ? `${format.number(total)} ${rows(total)}` : `${format.number(shown)} sur ${format.number(total)} ${rows(total)}`),
    progress: (percent) => `Analyse… ${format.percent(percent)}`,
    loadFailed: (reason) => `Le tableau n’a pas pu être chargé${colon} ${reason}`,
    warning: {
      'decoded-as-windows-1252': 'Ce fichier n’est pas en UTF-8 et a été lu en Windows-1252 (Europe occidentale). Certains caractères peuvent être incorrects.',
      'invalid-utf-8-replaced': 'Certains octets de ce fichier ne sont pas de l’UTF-8 valide et s’affichent sous la forme �.',
      'ragged-rows': (count) =>
        format.plural(count) === 'one'
          ? `${format.number(count)} ligne n’a pas le même nombre de cellules que l’en-tête.`
          : `${format.number(count)} lignes n’ont pas le même nombre de cellules que l’en-tête.`,
      'malformed-rows': (count) =>
        format.plural(count) === 'one'
          ? `${format.number(count)} ligne n’a pas pu être analysée correctement (par exemple à cause d’un guillemet non fermé).`
          : `${format.number(count)} lignes n’ont pas pu être analysées correctement (par exemple à cause d’un guillemet non fermé).`,
    },
    goToRow: 'Aller à la ligne',
    goToRowPlaceholder: 'Ligne n°',
    rowNotShown: (row) => `La ligne ${row} n’est pas affichée`,
    untitledColumn: (position) => `Colonne ${format.number(position)}`,
    // Screen-reader announcements of the rows shown after a sort or filter change (issue 25); a no-break space before ';'.
    sortedBy: (column, direction, rows) => `Trié par ${column}, ordre ${direction === 'ascending' ? 'croissant' : 'décroissant'}\u00a0; ${rows}`,
    sortCleared: (rows) => `Dans l’ordre du fichier\u00a0; ${rows}`,
    filterApplied: (rows) => `Filtre appliqué\u00a0; ${rows}`,
    filterCleared: (rows) => `Filtre retiré\u00a0; ${rows}`,
  },
  html: {
    frameTitle: 'Aperçu HTML',
    loading: 'Chargement de l’aperçu…',
    loadFailed: (reason) => `L’aperçu n’a pas pu être chargé${colon} ${reason}`,
    downloadHtml: 'Télécharger le HTML',
    downloadPng: 'Télécharger en PNG',
    exporting: 'Création de l’image…',
    exportFailed: 'L’image n’a pas pu être créée. Veuillez réessayer.',
    pngDownloaded: 'PNG téléchargé.',
    pngCreated: 'Image créée.',
    // Keyboard hint of the preview frame (issue 25); a no-break space before ';'.
    keyboardHint: 'Tab entre dans la page et la parcourt\u00a0; Échap la quitte.',
    keyboardLeft: 'Vous avez quitté la page. Maj+Tab y revient, Tab continue.',
  },
  preview: {
    open: 'Aperçu',
    openFile: (name) => `Aperçu de ${name}`,
    region: (name) => `Aperçu de ${name}`,
    loading: (percent) => (percent === null ? 'Chargement de l’aperçu…' : `Chargement de l’aperçu… ${format.number(percent)} %`),
    failed: 'L’aperçu n’a pas pu être chargé.',
    tooLarge: (size, cap) => `Ce fichier${size ? ` (${size})` : ''} dépasse la taille qu’un aperçu peut afficher (${cap}). Téléchargez-le pour le voir.`,
  },
  // File preview: XLSX
  xlsxSheets: 'Feuilles',
  xlsxSheetGrid: (sheetName) => `Feuille ${sheetName}`,
  xlsxReading: 'Lecture du classeur…',
  xlsxEmptySheet: 'Cette feuille est vide.',
  xlsxNoSheets: 'Ce classeur n’a aucune feuille.',
  xlsxRowsCapped: (shown, total) => `Affichage des ${format.number(shown)} premières lignes sur ${format.number(total)} — téléchargez le fichier pour tout voir.`,
  xlsxNotXlsx: 'Ce fichier n’est pas un classeur Excel (.xlsx) et ne peut pas être prévisualisé. Téléchargez-le pour l’ouvrir.',
  xlsxTooLarge: 'Ce classeur est trop volumineux pour l’aperçu. Téléchargez-le pour tout voir.',
  xlsxTimedOut: 'La lecture de ce classeur a pris trop de temps, l’aperçu a été arrêté. Téléchargez-le pour le voir.',
  xlsxUnreadable: (reason) => `Ce classeur n’a pas pu être lu${colon} ${reason}. Téléchargez-le pour l’ouvrir.`,
  // File preview: PDF
  pdfPreview: {
    controls: 'Pages et zoom',
    opening: 'Ouverture du PDF…',
    opened: (fileName, pageCount) => `${fileName} ouvert${colon} ${format.number(pageCount)} ${format.plural(pageCount) === 'one' ? 'page' : 'pages'}.`,
    previousPage: 'Page précédente',
    nextPage: 'Page suivante',
    page: 'Page',
    ofPages: (pageCount) => `sur ${format.number(pageCount)}`,
    pageOf: (page, pageCount) => `Page ${format.number(page)} sur ${format.number(pageCount)}`,
    noSuchPage: (pageCount) => `Saisissez un numéro de page de 1 à ${format.number(pageCount)}.`,
    renderingPage: 'Affichage de la page…',
    pageFailed: (page) => `La page ${format.number(page)} n’a pas pu être affichée.`,
    zoomIn: 'Zoom avant',
    zoomOut: 'Zoom arrière',
    fitWidth: 'Ajuster à la largeur',
    zoom: (percent) => format.percent(percent),
    firstPagesOnly: (shown, pageCount) => `Affichage des ${format.number(shown)} premières pages sur ${format.number(pageCount)}. Téléchargez le fichier pour les voir toutes.`,
    partialFile: 'Seul le début de ce fichier a été chargé. Téléchargez-le pour tout voir.',
    passwordProtected: 'Ce PDF est protégé par un mot de passe. Téléchargez-le pour l’ouvrir avec son mot de passe.',
    invalid: `Ce fichier n’est pas un PDF lisible${colon} il est peut-être endommagé. Téléchargez-le pour l’ouvrir dans un autre programme.`,
    timedOut: 'L’ouverture du PDF a pris trop de temps. Téléchargez-le pour l’ouvrir dans un autre programme.',
    failed: (reason) => `Le PDF n’a pas pu être affiché${colon} ${reason}`,
  },
};
