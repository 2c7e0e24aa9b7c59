const endOfCentralDirectorySignature = 0x06054b50;
const centralDirectoryEntrySignature = 0x02014b50;
const endOfCentralDirectoryBytes = 22;
const centralDirectoryEntryBytes = 46;
const longestZipComment = 0xffff;

/**
 * How many bytes a ZIP file says its entries take once unpacked (the sum of the central directory's sizes), or
 * null when the bytes are not a readable ZIP. A ZIP64 entry (size 0xFFFFFFFF) counts as that many bytes, so a
 * file that needs ZIP64 is treated as huge. The sizes are the file's own claims: a guard against documents that
 * honestly unpack to gigabytes, checked before anything is inflated.
 */
export function declaredUnpackedBytes(data: ArrayBuffer): number | null {
  const view = new DataView(data);
  const lowest = Math.max(0, data.byteLength - endOfCentralDirectoryBytes - longestZipComment);
  let end = -1;
  for (let offset = data.byteLength - endOfCentralDirectoryBytes; offset >= lowest; offset -= 1) {
    if (view.getUint32(offset, true) === endOfCentralDirectorySignature) {
      end = offset;
      break;
    }
  }
  if (end < 0) return null;
  const entryCount = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  let total = 0;
  for (let entry = 0; entry < entryCount; entry += 1) {
    if (offset + centralDirectoryEntryBytes > data.byteLength || view.getUint32(offset, true) !== centralDirectoryEntrySignature) return null;
    total += view.getUint32(offset + 24, true);
    offset += centralDirectoryEntryBytes + view.getUint16(offset + 28, true) + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
  return total;
}
