import { expect, it } from 'vitest';
import { defaultLabels, type Labels } from '../labels.js';
import { labelLeaves } from './label-leaves.js';

const english = new Map(labelLeaves(defaultLabels, defaultLabels).map((leaf) => [leaf.path, leaf.text]));
const englishWords = /\b(the|and|of|could|not|was|row|rows|file|copy|show|run|failed|loading|running)\b/i;

/**
 * The checks every shipped language passes: every English key present and non-empty, and nothing left in English
 * but `sameAsEnglish` (words the language shares). The clock time is left out: the English one follows the machine's locale.
 */
export function itIsCompleteTranslation(labels: Labels, sameAsEnglish: readonly string[]): void {
  const leaves = labelLeaves(labels, defaultLabels);

  it('have every key of the English set, none empty', () => {
    expect(leaves.filter((leaf) => leaf.kind === 'missing').map((leaf) => leaf.path)).toEqual([]);
    expect(leaves.filter((leaf) => leaf.text.trim() === '').map((leaf) => leaf.path)).toEqual([]);
  });

  it('leave no English behind', () => {
    const untranslated = leaves.filter((leaf) => leaf.text === english.get(leaf.path)).map((leaf) => leaf.path);
    expect(untranslated.filter((path) => path !== 'formatTime').sort()).toEqual([...sameAsEnglish].sort());
    expect(leaves.filter((leaf) => englishWords.test(leaf.text)).map((leaf) => `${leaf.path}: ${leaf.text}`)).toEqual([]);
  });
}
