/**
 * Base64 and UTF-8 without `atob`, `btoa` or `TextDecoder`: core runs anywhere, including
 * runtimes whose type libraries declare none of them.
 */
const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const valueOf = new Map([...alphabet].map((character, index) => [character, index]));

/** Decodes standard (or URL-safe) base64; whitespace and padding are ignored. Null for anything else. */
export function base64ToBytes(text: string): Uint8Array | null {
  const clean = text.replace(/[\s=]/g, '').replace(/-/g, '+').replace(/_/g, '/');
  if (clean.length % 4 === 1) return null;
  const bytes = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let buffer = 0;
  let bits = 0;
  let written = 0;
  for (const character of clean) {
    const value = valueOf.get(character);
    if (value === undefined) return null;
    buffer = (buffer << 6) | value;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[written] = (buffer >> bits) & 0xff;
      written += 1;
    }
  }
  return bytes.subarray(0, written);
}

export function bytesToBase64(bytes: Uint8Array): string {
  let result = '';
  for (let index = 0; index < bytes.length; index += 3) {
    const a = bytes[index] ?? 0;
    const b = bytes[index + 1];
    const c = bytes[index + 2];
    const triple = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    result += alphabet[(triple >> 18) & 63];
    result += alphabet[(triple >> 12) & 63];
    result += b === undefined ? '=' : alphabet[(triple >> 6) & 63];
    result += c === undefined ? '=' : alphabet[triple & 63];
  }
  return result;
}

/** UTF-8 bytes as a string; null when they are not valid UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string | null {
  let escaped = '';
  for (const byte of bytes) escaped += `%${byte.toString(16).padStart(2, '0')}`;
  try {
    return decodeURIComponent(escaped);
  } catch {
    return null;
  }
}

/** Percent-decoding of a `data:` URL payload to bytes (each `%xx` one byte, other characters as UTF-8). */
export function percentDecodeToBytes(text: string): Uint8Array | null {
  const bytes: number[] = [];
  let index = 0;
  while (index < text.length) {
    if (text[index] === '%') {
      const hex = text.slice(index + 1, index + 3);
      if (!/^[0-9a-f]{2}$/i.test(hex)) return null;
      bytes.push(Number.parseInt(hex, 16));
      index += 3;
      continue;
    }
    const codePoint = text.codePointAt(index) ?? 0;
    const character = String.fromCodePoint(codePoint);
    let encoded: string;
    try {
      encoded = encodeURIComponent(character);
    } catch {
      return null; // a lone surrogate
    }
    for (const part of encoded.match(/%[0-9A-F]{2}|[^%]/g) ?? []) bytes.push(part.length === 3 ? Number.parseInt(part.slice(1), 16) : part.charCodeAt(0));
    index += character.length;
  }
  return Uint8Array.from(bytes);
}
