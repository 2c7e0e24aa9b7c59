/** One file inside a ZIP archive, as its central directory declares it. */
export interface ZipEntry {
  name: string;
  /** Declared size once inflated; a ZIP64 entry (size not in the 32-bit field) reads as Infinity. */
  uncompressedSize: number;
}

const endOfDirectorySignature = 0x06054b50;
const directoryEntrySignature = 0x02014b50;
const endOfDirectoryLength = 22;
// The end record may be followed by a comment of at most 65,535 bytes.
const longestComment = 0xffff;

/**
 * Lists a ZIP archive's entries from its central directory, without inflating anything: the reader looks
 * at what a workbook claims to hold before it spends memory on it. Null when the bytes are not a ZIP archive.
 */
export function readZipDirectory(bytes: ArrayBuffer): ZipEntry[] | null {
  const view = new DataView(bytes);
  const end = findEndOfDirectory(view);
  if (end === null) return null;
  const entryCount = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  const decoder = new TextDecoder();
  const entries: ZipEntry[] = [];
  for (let index = 0; index < entryCount; index += 1) {
    if (offset + 46 > view.byteLength || view.getUint32(offset, true) !== directoryEntrySignature) return null;
    const uncompressed = view.getUint32(offset + 24, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    if (offset + 46 + nameLength > view.byteLength) return null;
    const name = decoder.decode(new Uint8Array(bytes, offset + 46, nameLength));
    entries.push({ name, uncompressedSize: uncompressed === 0xffffffff ? Number.POSITIVE_INFINITY : uncompressed });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function findEndOfDirectory(view: DataView): number | null {
  const last = view.byteLength - endOfDirectoryLength;
  const first = Math.max(0, last - longestComment);
  for (let offset = last; offset >= first; offset -= 1) {
    if (view.getUint32(offset, true) === endOfDirectorySignature) return offset;
  }
  return null;
}
