import { describe, expect, it } from 'vitest';
import { createContentCheck } from './content-check.js';
import { uploadTypeFor } from './file-types.js';

function check(filename: string, chunks: Uint8Array[]): string | null {
  const type = uploadTypeFor(filename);
  if (!type) throw new Error(`no type for ${filename}`);
  const checker = createContentCheck(type);
  for (const chunk of chunks) {
    const broken = checker.push(chunk);
    if (broken) return broken;
  }
  return checker.finish();
}

const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const text = (value: string) => new TextEncoder().encode(value);

describe('content checks', () => {
  it('accepts real signatures even when split across chunks', () => {
    expect(check('a.png', [png.subarray(0, 3), png.subarray(3)])).toBeNull();
    expect(check('a.pdf', [text('%PD'), text('F-1.7\n...')])).toBeNull();
    expect(check('a.JPG', [Uint8Array.from([0xff, 0xd8, 0xff, 0xe0])])).toBeNull();
  });

  it('rejects a PNG renamed to .csv and text renamed to .png', () => {
    expect(check('chart.csv', [png])).toMatch(/not CSV text/);
    expect(check('photo.png', [text('hello, world')])).toMatch(/not a PNG image/);
    expect(check('tiny.pdf', [text('%P')])).toMatch(/not a PDF/);
  });

  it('requires the Office part of its own kind inside the ZIP, found across chunk borders', () => {
    const zip = (name: string) => [Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 0]), text(`....${name.slice(0, 3)}`), text(`${name.slice(3)}document.xml`)];
    expect(check('a.docx', zip('word/'))).toBeNull();
    expect(check('a.xlsx', zip('word/'))).toMatch(/no xl\/ part/);
    expect(check('a.pptx', [text('just text')])).toMatch(/not a ZIP package/);
  });

  it('checks text as UTF-8 without binary control characters, across split code points', () => {
    const euro = text('price,€\n');
    expect(check('a.csv', [euro.subarray(0, 7), euro.subarray(7)])).toBeNull();
    expect(check('a.md', [Uint8Array.from([0x23, 0x20, 0xc3])])).toMatch(/not valid UTF-8/);
    expect(check('a.txt', [text('ok\u0000no')])).toMatch(/binary data/);
    expect(check('a.html', [text('<!doctype html>\r\n\t<p>hi</p>')])).toBeNull();
  });
});
