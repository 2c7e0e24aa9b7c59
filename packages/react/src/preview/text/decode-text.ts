export type TextEncodingUsed = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncodingUsed;
}

function byteOrderMarkEncoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/**
 * A text file's bytes as text: UTF-16 when a byte-order mark says so, UTF-8 when the bytes are valid UTF-8, else
 * Windows-1252 (which maps every byte, so decoding never fails). A file cut short (`truncated`) may end inside a
 * multi-byte character: that partial character is dropped instead of making the whole file "not UTF-8".
 */
export function decodeText(data: ArrayBuffer, truncated: boolean): DecodedText {
  const bytes = new Uint8Array(data);
  const utf16 = byteOrderMarkEncoding(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes, { stream: truncated }), encoding: utf16 };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: truncated }), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}
