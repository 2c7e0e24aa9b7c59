import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const directory = path.dirname(fileURLToPath(import.meta.url));

/** A committed test workbook (built by generate.py beside it) as the bytes a preview receives. */
export function loadTestFile(name: string): ArrayBuffer {
  const bytes = readFileSync(path.join(directory, name));
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
}
