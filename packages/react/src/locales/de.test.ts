import { describe, expect, it } from 'vitest';
import { plainSpaces } from '../test-support/label-leaves.js';
import { itIsCompleteTranslation } from '../test-support/locale-completeness.js';
import { de } from './de.js';

describe('German labels', () => {
  // Words German shares with English.
  itIsCompleteTranslation(de, ['tabs.code', 'codeRegionLabel', 'fileKind.md', 'fileKind.json', 'provenance.container']);

  it('format sizes, numbers, percentages, times and durations the German way', () => {
    expect(plainSpaces(de.formatBytes(1_572_864))).toBe('1,5 MB');
    expect(plainSpaces(de.formatBytes(512))).toBe('512 Byte');
    expect(plainSpaces(de.formatBytes(52_300))).toBe('51 kB');
    expect(plainSpaces(de.formatElapsed(12_000))).toBe('12 Sek.');
    expect(plainSpaces(de.formatElapsed(65_000))).toBe('1 Min. 05 Sek.');
    expect(de.formatTime(new Date(2026, 0, 1, 14, 3, 7).getTime())).toBe('14:03:07');
    expect(plainSpaces(de.downloading(42))).toBe('Wird heruntergeladen: 42 %');
    expect(plainSpaces(de.table.progress(7))).toBe('Wird eingelesen… 7 %');
  });

  it('pick singular or plural through Intl.PluralRules', () => {
    expect(de.showMoreLines(1)).toBe('1 weitere Zeile anzeigen');
    expect(de.showMoreLines(12)).toBe('12 weitere Zeilen anzeigen');
    expect(de.table.rowCount(1, 1)).toBe('1 Zeile');
    expect(de.table.rowCount(12, 1234)).toBe('12 von 1.234 Zeilen');
    expect(de.table.warning['ragged-rows'](1)).toBe('1 Zeile hat eine andere Anzahl von Zellen als die Kopfzeile.');
    expect(de.table.warning['malformed-rows'](2)).toMatch(/^2 Zeilen konnten nicht/);
  });

  it('word the status and the copy button as a German interface does', () => {
    expect(de.status).toEqual({ in_progress: 'Läuft', interpreting: 'Wird ausgewertet', completed: 'Abgeschlossen', incomplete: 'Unvollständig', failed: 'Fehlgeschlagen' });
    expect(de.copyCode).toBe('Code kopieren');
    expect(de.provenance.raised('KeyError')).toBe('KeyError ausgelöst');
  });
});
