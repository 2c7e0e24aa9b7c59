import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LabelsProvider } from '../../LabelsProvider.js';
import { de } from '../../locales/de.js';
import { PdfPreview } from './PdfPreview.js';

const here = path.dirname(fileURLToPath(import.meta.url));

/** The modules a file pulls in when it is imported: static imports only, not `import type` nor `import()`. */
async function staticImports(file: string): Promise<string[]> {
  const source = await readFile(file, 'utf8');
  return [...source.matchAll(/^import\s+(?!type\b)[^'"]*?['"]([^'"]+)['"]/gm)].map((match) => match[1] ?? '');
}

/** The packages a file reaches through its static imports and those of the files it imports. */
async function staticPackages(file: string, seen = new Set<string>()): Promise<string[]> {
  if (seen.has(file)) return [];
  seen.add(file);
  const found: string[] = [];
  for (const specifier of await staticImports(file)) {
    if (!specifier.startsWith('.')) {
      found.push(specifier);
      continue;
    }
    const base = path.resolve(path.dirname(file), specifier.replace(/\.js$/, ''));
    const source = ['.tsx', '.ts'].map((extension) => `${base}${extension}`).find((candidate) => existsSync(candidate));
    if (source) found.push(...(await staticPackages(source, seen)));
  }
  return found;
}

describe('PdfPreview', () => {
  it('loads pdf.js only when a preview opens: nothing in its static imports reaches pdfjs-dist', async () => {
    const packages = await staticPackages(path.join(here, 'PdfPreview.tsx'));
    expect(packages).toContain('react');
    expect(packages.filter((name) => name.startsWith('pdfjs-dist'))).toEqual([]);
    const engine = await staticImports(path.join(here, 'pdf-engine.ts'));
    expect(engine).toContain('pdfjs-dist');
  });

  it('says it is opening the file, in the app’s language, before pdf.js answers', () => {
    render(
      <LabelsProvider labels={de}>
        <PdfPreview data={new ArrayBuffer(8)} fileName="bericht.pdf" truncated={false} />
      </LabelsProvider>,
    );
    expect(screen.getByText('PDF wird geöffnet…')).toBeInTheDocument();
  });

  it('points at the download when it was given only the beginning of the file', () => {
    render(<PdfPreview data={new ArrayBuffer(8)} fileName="report.pdf" truncated />);
    expect(screen.getByText('Only the beginning of this file was loaded. Download it to see all of it.')).toBeInTheDocument();
  });
});
