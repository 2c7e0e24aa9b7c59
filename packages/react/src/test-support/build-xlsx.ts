/**
 * Builds XLSX files in the browser for the stories that need a file too big to commit (a sheet of over a
 * million cells) or one a spreadsheet program would never write. Entries are stored, or deflated with the
 * browser's CompressionStream as a spreadsheet program does (big deflated parts take the reader's other path:
 * it inflates them in workers of its own).
 */
export interface BuiltSheet {
  name: string;
  /** The `<sheetData>` contents: `<row r="1"><c r="A1">…</c></row>…` */
  sheetData: string;
}

const spreadsheetNamespace = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const relationshipsNamespace = 'http://schemas.openxmlformats.org/package/2006/relationships';
const officeRelationships = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export function buildWorkbook(sheets: readonly BuiltSheet[]): ArrayBuffer {
  return zip(workbookParts(sheets).map(([name, data]) => ({ name, data, stored: data })));
}

export async function buildDeflatedWorkbook(sheets: readonly BuiltSheet[]): Promise<ArrayBuffer> {
  const parts = await Promise.all(workbookParts(sheets).map(async ([name, data]) => ({ name, data, stored: await deflateRaw(data) })));
  return zip(parts);
}

async function deflateRaw(data: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  const stream = new Blob([data]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

function workbookParts(sheets: readonly BuiltSheet[]): [string, Uint8Array<ArrayBuffer>][] {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  const files: [string, string][] = [
    [
      '[Content_Types].xml',
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets
        .map((_, index) => `<Override PartName="/xl/worksheets/sheet${index + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`)
        .join('')}</Types>`,
    ],
    ['_rels/.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${relationshipsNamespace}"><Relationship Id="rId1" Type="${officeRelationships}/officeDocument" Target="xl/workbook.xml"/></Relationships>`],
    [
      'xl/workbook.xml',
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${spreadsheetNamespace}" xmlns:r="${officeRelationships}"><sheets>${sheets
        .map((sheet, index) => `<sheet name="${escape(sheet.name)}" sheetId="${index + 1}" r:id="rId${index + 1}"/>`)
        .join('')}</sheets></workbook>`,
    ],
    [
      'xl/_rels/workbook.xml.rels',
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${relationshipsNamespace}">${sheets
        .map((_, index) => `<Relationship Id="rId${index + 1}" Type="${officeRelationships}/worksheet" Target="worksheets/sheet${index + 1}.xml"/>`)
        .join('')}</Relationships>`,
    ],
    ...sheets.map((sheet, index): [string, string] => [`xl/worksheets/sheet${index + 1}.xml`, `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${spreadsheetNamespace}"><sheetData>${sheet.sheetData}</sheetData></worksheet>`]),
  ];
  return files.map(([name, text]) => [name, new TextEncoder().encode(text)]);
}

/** `rows` rows of `columns` numbers under a header row of names: rows × columns cells. */
export function numberSheetData(rows: number, columns: number): string {
  const letters = Array.from({ length: columns }, (_, column) => String.fromCharCode(65 + column));
  const parts = [`<row r="1">${letters.map((letter) => `<c r="${letter}1" t="inlineStr"><is><t>Column ${letter}</t></is></c>`).join('')}</row>`];
  for (let row = 2; row <= rows; row += 1) {
    parts.push(`<row r="${row}">${letters.map((letter, column) => `<c r="${letter}${row}"><v>${row * 10 + column}</v></c>`).join('')}</row>`);
  }
  return parts.join('');
}

interface ZipPart {
  name: string;
  data: Uint8Array;
  /** What the archive holds: `data` itself, or `data` deflated. */
  stored: Uint8Array;
}

function zip(entries: readonly ZipPart[]): ArrayBuffer {
  const encoder = new TextEncoder();
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const { name, data, stored } of entries) {
    const method = stored === data ? 0 : 8;
    const nameBytes = encoder.encode(name);
    const crc = crc32(data);
    const local = new Uint8Array(30 + nameBytes.length);
    const localView = new DataView(local.buffer);
    localView.setUint32(0, 0x04034b50, true);
    localView.setUint16(4, 20, true);
    localView.setUint16(6, 0x0800, true);
    localView.setUint16(8, method, true);
    localView.setUint16(12, 0x0021, true);
    localView.setUint32(14, crc, true);
    localView.setUint32(18, stored.length, true);
    localView.setUint32(22, data.length, true);
    localView.setUint16(26, nameBytes.length, true);
    local.set(nameBytes, 30);
    const central = new Uint8Array(46 + nameBytes.length);
    const centralView = new DataView(central.buffer);
    centralView.setUint32(0, 0x02014b50, true);
    centralView.setUint16(4, 20, true);
    centralView.setUint16(6, 20, true);
    centralView.setUint16(8, 0x0800, true);
    centralView.setUint16(10, method, true);
    centralView.setUint16(14, 0x0021, true);
    centralView.setUint32(16, crc, true);
    centralView.setUint32(20, stored.length, true);
    centralView.setUint32(24, data.length, true);
    centralView.setUint16(28, nameBytes.length, true);
    centralView.setUint32(42, offset, true);
    central.set(nameBytes, 46);
    locals.push(local, stored);
    centrals.push(central);
    offset += local.length + stored.length;
  }
  const directorySize = centrals.reduce((total, part) => total + part.length, 0);
  const end = new Uint8Array(22);
  const endView = new DataView(end.buffer);
  endView.setUint32(0, 0x06054b50, true);
  endView.setUint16(8, entries.length, true);
  endView.setUint16(10, entries.length, true);
  endView.setUint32(12, directorySize, true);
  endView.setUint32(16, offset, true);
  const parts = [...locals, ...centrals, end];
  const zip = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
  let position = 0;
  for (const part of parts) {
    zip.set(part, position);
    position += part.length;
  }
  return zip.buffer;
}

const crcTable = Array.from({ length: 256 }, (_, index) => {
  let value = index;
  for (let bit = 0; bit < 8; bit += 1) value = value & 1 ? 0xedb88320 ^ (value >>> 1) : value >>> 1;
  return value >>> 0;
});

function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = (crcTable[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
