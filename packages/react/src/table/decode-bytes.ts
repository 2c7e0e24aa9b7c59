export type TextEncodingName = 'utf-8' | 'windows-1252';

/** How many leading bytes decide the encoding: enough to meet non-ASCII text in real files, small enough to stay instant. */
export const encodingSampleBytes = 64 * 1024;

/**
 * Chooses the decoder for a file from its first bytes: UTF-8 when they decode strictly
 * (a multi-byte sequence cut at the end of the sample is fine), else Windows-1252, the usual
 * encoding of spreadsheet exports that are not UTF-8. Windows-1252 maps every byte, so it never fails.
 */
export function detectEncoding(sample: Uint8Array): TextEncodingName {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: true });
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}

/** A streaming decoder; the UTF-8 one drops a leading byte-order mark. */
export function createChunkDecoder(encoding: TextEncodingName): { decode: (bytes: Uint8Array) => string; flush: () => string } {
  const decoder = new TextDecoder(encoding);
  return {
    decode: (bytes) => decoder.decode(bytes, { stream: true }),
    flush: () => decoder.decode(),
  };
}
