import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const directory = path.join(path.dirname(fileURLToPath(import.meta.url)), '../preview/xlsx/test-files');

/** A committed test workbook (preview/xlsx/test-files, built by generate.py there) as the bytes a preview receives. */
export function loadTestFile(name: string): ArrayBuffer {
  const bytes = readFileSync(path.join(directory, name));
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
}
