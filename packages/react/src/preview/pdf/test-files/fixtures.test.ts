// @vitest-environment node
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { pdfDocumentOptions } from '../pdf-document-options.js';

const here = path.dirname(fileURLToPath(import.meta.url));

/** The fixtures hold what the stories look for; the hostile one really carries the actions the preview must ignore. */
async function open(name: string) {
  const data = new Uint8Array(await readFile(path.join(here, name)));
  return getDocument({ ...pdfDocumentOptions, data, verbosity: 0 }).promise;
}

async function pageText(name: string, pageNumber: number): Promise<string> {
  const document = await open(name);
  const content = await (await document.getPage(pageNumber)).getTextContent();
  await document.destroy();
  return content.items.map((item) => ('str' in item ? item.str : '')).join(' ');
}

describe('PDF preview fixtures', () => {
  it('three-pages.pdf has three pages with known text', async () => {
    const document = await open('three-pages.pdf');
    expect(document.numPages).toBe(3);
    await document.destroy();
    expect(await pageText('three-pages.pdf', 1)).toContain('Revenue grew 12% over the previous quarter.');
    expect(await pageText('three-pages.pdf', 3)).toContain('Outlook');
  });

  it('long.pdf has more pages than the preview pages through', async () => {
    const document = await open('long.pdf');
    expect(document.numPages).toBe(60);
    await document.destroy();
    expect(await pageText('long.pdf', 50)).toContain('This is page 50 of the long document.');
  });

  it('corrupt.pdf and password.pdf are refused with the errors the preview words', async () => {
    await expect(open('corrupt.pdf')).rejects.toMatchObject({ name: 'InvalidPDFException' });
    await expect(open('password.pdf')).rejects.toMatchObject({ name: 'PasswordException' });
  });

  it('hostile.pdf carries JavaScript on open, a launch action and a javascript: link', async () => {
    const document = await open('hostile.pdf');
    const scripts = await document.getJSActions();
    expect(JSON.stringify(scripts)).toContain('submitForm');
    const page = await document.getPage(1);
    const annotations = await page.getAnnotations();
    expect(annotations.map((annotation) => annotation.subtype)).toEqual(['Link', 'Link', 'Link']);
    expect(JSON.stringify(annotations)).toContain('/beacon/link');
    const bytes = (await readFile(path.join(here, 'hostile.pdf'))).toString('latin1');
    expect(bytes).toContain('/OpenAction 6 0 R');
    expect(bytes).toContain('/S /Launch /F (calc.exe)');
    await document.destroy();
  });
});
