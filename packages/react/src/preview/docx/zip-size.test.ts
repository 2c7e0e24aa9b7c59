import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { declaredUnpackedBytes } from './zip-size.js';

const testFiles = path.join(path.dirname(fileURLToPath(import.meta.url)), 'test-files');

function bytesOf(name: string): ArrayBuffer {
  const bytes = readFileSync(path.join(testFiles, name));
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
}

describe('declaredUnpackedBytes', () => {
  it('sums the sizes the central directory declares', () => {
    // unzip -l report.docx: 830,421 bytes in 18 entries.
    const total = declaredUnpackedBytes(bytesOf('report.docx'));
    expect(total).toBe(830_421);
  });

  it('says null for bytes that are not a ZIP or lost their central directory', () => {
    expect(declaredUnpackedBytes(bytesOf('corrupt.docx'))).toBeNull();
    expect(declaredUnpackedBytes(new TextEncoder().encode('plain text, not a zip').buffer)).toBeNull();
    expect(declaredUnpackedBytes(new ArrayBuffer(0))).toBeNull();
  });

  it('reads a size that claims gigabytes without inflating anything', () => {
    const data = bytesOf('report.docx');
    const view = new DataView(data);
    const end = new Uint8Array(data).findLastIndex((_, index) => index + 4 <= data.byteLength && view.getUint32(index, true) === 0x06054b50);
    const firstEntry = view.getUint32(end + 16, true);
    view.setUint32(firstEntry + 24, 0xffffffff, true);
    expect(declaredUnpackedBytes(data)).toBeGreaterThan(4_000_000_000);
  });
});
