import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LabelsProvider } from '../../LabelsProvider.js';
import { de } from '../../locales/de.js';
import { DocxPreview } from './DocxPreview.js';

function fixture(name: string): ArrayBuffer {
  const bytes = readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), 'test-files', name));
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
}

async function frameDocument(): Promise<string> {
  const frame = await waitFor(
    () => {
      const element = document.querySelector<HTMLIFrameElement>('iframe[data-slot="html-frame"]');
      if (!element) throw new Error('no frame yet');
      return element;
    },
    { timeout: 10_000 },
  );
  return frame.getAttribute('srcdoc') ?? '';
}

describe('DocxPreview', () => {
  it('shows the document’s headings, list, table and embedded image in the sandboxed frame', async () => {
    render(<DocxPreview data={fixture('report.docx')} fileName="report.docx" truncated={false} />);
    expect(screen.getByRole('status')).toHaveTextContent('Opening the document…');
    const srcdoc = await frameDocument();
    expect(srcdoc).toContain('<h1>Quarterly report</h1>');
    expect(srcdoc).toContain('<strong>12%</strong>');
    expect(srcdoc).toContain('<li>North: 4.1M</li>');
    expect(srcdoc).toMatch(/<table>.*<td><p>Region<\/p><\/td>.*<td><p>4\.1M<\/p><\/td>/s);
    expect(srcdoc).toMatch(/<img src="data:image\/png;base64,[A-Za-z0-9+/=]+" alt="Bar chart of revenue by region">/);
    expect(srcdoc).toContain("default-src 'none'");
    expect(screen.getByTitle('Preview of report.docx')).toHaveAttribute('sandbox', 'allow-scripts');
    expect(screen.queryByText(/not shown/)).not.toBeInTheDocument();
  });

  it('keeps outside links as text that cannot navigate', async () => {
    render(<DocxPreview data={fixture('report.docx')} fileName="report.docx" truncated={false} />);
    const srcdoc = await frameDocument();
    expect(srcdoc).toContain('<a class="outside-link" title="https://example.org/sales">the sales dashboard</a>');
    expect(srcdoc).not.toMatch(/href="https?:/);
  });

  it('never loads a linked image, runs a script link or shows an embedded object, and says what it left out', async () => {
    render(<DocxPreview data={fixture('hostile.docx')} fileName="hostile.docx" truncated={false} />);
    const srcdoc = await frameDocument();
    expect(srcdoc).not.toContain('pixel.png');
    expect(srcdoc).not.toMatch(/(?:src|href)="(?:https?|javascript):/i);
    expect(srcdoc).not.toMatch(/<(?:object|embed|iframe)\b/i);
    expect(srcdoc).toContain('&lt;script&gt;alert("typed as text")&lt;/script&gt; stays text.');
    // The linked picture and the object's metafile preview stand as placeholders.
    expect(srcdoc).toContain('<span class="image-not-shown">Image not shown: Tracking pixel</span>');
    expect(srcdoc).toContain('Embedded object: <span class="image-not-shown">Image not shown</span>');
    expect(srcdoc).toContain('The end.');
    expect(screen.getByText('2 images are not shown: linked from outside the document (never loaded) or in a format the browser cannot display.')).toBeInTheDocument();
  });

  it('answers a damaged file with a clear error', async () => {
    render(<DocxPreview data={fixture('corrupt.docx')} fileName="corrupt.docx" truncated={false} />);
    expect(await screen.findByRole('alert')).toHaveTextContent('This file could not be read as a Word document (.docx)');
    expect(document.querySelector('iframe')).toBeNull();
  });

  it('answers bytes that are a ZIP but not a Word document with the same error', async () => {
    const notDocx = fixture('report.docx');
    // Rename the main part so the package has no document: mammoth rejects it.
    const bytes = new Uint8Array(notDocx);
    const text = new TextDecoder('latin1').decode(bytes);
    for (let index = text.indexOf('word/document.xml'); index >= 0; index = text.indexOf('word/document.xml', index + 1)) bytes[index + 5] = 'x'.charCodeAt(0);
    render(<DocxPreview data={notDocx} fileName="other.docx" truncated={false} />);
    expect(await screen.findByRole('alert', {}, { timeout: 10_000 })).toHaveTextContent('could not be read as a Word document');
  });

  it('refuses a document that says it unpacks to gigabytes, before inflating it', async () => {
    const data = fixture('report.docx');
    const view = new DataView(data);
    const end = new Uint8Array(data).findLastIndex((_, index) => index + 4 <= data.byteLength && view.getUint32(index, true) === 0x06054b50);
    view.setUint32(view.getUint32(end + 16, true) + 24, 0xffffffff, true);
    render(<DocxPreview data={data} fileName="bomb.docx" truncated={false} />);
    expect(await screen.findByRole('alert')).toHaveTextContent('This document is too large to preview once unpacked.');
  });

  it('speaks the app’s language', async () => {
    render(
      <LabelsProvider labels={de}>
        <DocxPreview data={fixture('corrupt.docx')} fileName="kaputt.docx" truncated={false} />
      </LabelsProvider>,
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('Diese Datei konnte nicht als Word-Dokument (.docx) gelesen werden');
  });
});
