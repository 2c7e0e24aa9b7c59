import { readFileSync } from 'node:fs';
import { parseSandboxLinks } from '@execards/core';
import { describe, expect, it } from 'vitest';
import { fixturesPath } from '../../../../tooling/fixtures/index.js';
import { withRecordings } from '../../../../tooling/fixtures/vitest.js';
import { defaultSystemPrompt, defaultToolDescription } from './default-prompt.js';

/** The product document the default prompt is copied from, kept beside the repository (never in it). */
const productDocument = fixturesPath('../seed/000_659d27a3faa225bb.txt');

describe('default prompt texts', () => {
  it('are read from the package folder that sits beside both src/ and dist/', () => {
    const tsconfig = JSON.parse(readFileSync(new URL('../../tsconfig.build.json', import.meta.url), 'utf8')) as { compilerOptions: { rootDir: string; outDir: string } };
    expect([tsconfig.compilerOptions.rootDir, tsconfig.compilerOptions.outDir]).toEqual(['src', 'dist']);
    expect(defaultSystemPrompt).toBe(readFileSync(new URL('../../prompts/system-prompt.txt', import.meta.url), 'utf8').trimEnd());
    expect(defaultToolDescription).toBe(readFileSync(new URL('../../prompts/tool-description.txt', import.meta.url), 'utf8').trimEnd());
  });

  it('teach the link layout the kit turns into output cards', () => {
    const links = parseSandboxLinks(defaultSystemPrompt);
    expect(links.map((link) => link.path)).toEqual(['/mnt/data/<filename>']);
    expect(defaultSystemPrompt).toContain('**Descriptive Title of Graph/Chart/File**');
  });

  withRecordings(productDocument, () => {
    it("match the product document's wording", () => {
      const document = readFileSync(productDocument, 'utf8');
      const start = document.indexOf('Instructions:\nUploaded and generated files:');
      expect(start).toBeGreaterThan(0);
      // The document runs the prompt's last line into the next section's heading.
      const end = document.indexOf('Generated Files\n', start);
      expect(end).toBeGreaterThan(start);
      expect(defaultSystemPrompt).toBe(document.slice(start, end));
      expect(document.slice(0, start).trimEnd().split('\n').at(-1)).toBe(defaultToolDescription);
    });
  });
});
