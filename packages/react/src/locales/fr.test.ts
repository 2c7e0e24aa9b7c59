import { describe, expect, it } from 'vitest';
import { plainSpaces } from '../test-support/label-leaves.js';
import { itIsCompleteTranslation } from '../test-support/locale-completeness.js';
import { fr } from './fr.js';

describe('French labels', () => {
  // Words French shares with English.
  itIsCompleteTranslation(fr, ['tabs.code', 'codeRegionLabel', 'fileKind.image', 'fileKind.md', 'fileKind.json', 'pdfPreview.page']);

  it('format sizes, numbers, percentages, times and durations the French way', () => {
    expect(plainSpaces(fr.formatBytes(1_572_864))).toBe('1,5 Mo');
    expect(plainSpaces(fr.formatBytes(512))).toBe('512 o');
    expect(plainSpaces(fr.formatBytes(52_300))).toBe('51 ko');
    expect(plainSpaces(fr.formatElapsed(12_000))).toBe('12 s');
    expect(plainSpaces(fr.formatElapsed(65_000))).toBe('1 min 05 s');
    expect(fr.formatTime(new Date(2026, 0, 1, 14, 3, 7).getTime())).toBe('14:03:07');
    expect(plainSpaces(fr.downloading(42))).toBe('Téléchargement : 42 %');
    expect(plainSpaces(fr.table.progress(7))).toBe('Analyse… 7 %');
  });

  it('pick singular or plural through Intl.PluralRules (French counts 0 and 1 as singular)', () => {
    expect(fr.showMoreLines(1)).toBe('Afficher 1 ligne de plus');
    expect(fr.showMoreLines(12)).toBe('Afficher 12 lignes de plus');
    expect(fr.table.rowCount(0, 0)).toBe('0 ligne');
    expect(plainSpaces(fr.table.rowCount(12, 1234))).toBe('12 sur 1 234 lignes');
    expect(fr.table.warning['ragged-rows'](1)).toBe('1 ligne n’a pas le même nombre de cellules que l’en-tête.');
    expect(fr.table.warning['malformed-rows'](2)).toMatch(/^2 lignes n’ont pas pu/);
  });

  it('word the status and the copy button as a French interface does', () => {
    expect(fr.status).toEqual({ in_progress: 'En cours', interpreting: 'Interprétation', completed: 'Terminé', incomplete: 'Incomplet', failed: 'Échec' });
    expect(fr.copyCode).toBe('Copier le code');
    expect(fr.provenance.raised('KeyError')).toBe('a levé KeyError');
  });
});
