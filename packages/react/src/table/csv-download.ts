import Papa from 'papaparse';
import { downloadBlob } from '../html/download-blob.js';
import { decodeRow } from './row-codec.js';

/**
 * The table as CSV for download. Cells that a spreadsheet would run as a formula (starting with
 * = + - @ tab or carriage return) get a leading apostrophe: a CSV from a model or an upload must not
 * execute anything when the user opens it.
 */
export function toSafeCsv(header: readonly string[], rows: readonly string[], rowCount = rows.length): string {
  const data: string[][] = [];
  for (let index = 0; index < rowCount; index += 1) data.push(decodeRow(rows[index] ?? ''));
  return Papa.unparse({ fields: [...header], data }, { escapeFormulae: true, newline: '\r\n' });
}

export function downloadText(text: string, fileName: string, type: string): void {
  downloadBlob(new Blob([text], { type }), fileName);
}
