import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64, decodeUtf8, percentDecodeToBytes } from './base64.js';

const text = 'Grüße, 世界 ✓';
const utf8 = new TextEncoder().encode(text);

describe('base64 and UTF-8 helpers', () => {
  it('agree with Node for every length remainder', () => {
    for (const sample of ['', 'a', 'ab', 'abc', 'abcd', text]) {
      const bytes = new TextEncoder().encode(sample);
      const expected = Buffer.from(bytes).toString('base64');
      expect(bytesToBase64(bytes)).toBe(expected);
      expect([...(base64ToBytes(expected) ?? [])]).toEqual([...bytes]);
    }
  });

  it('rejects what is not base64 or UTF-8', () => {
    expect(base64ToBytes('ab$c')).toBeNull();
    expect(base64ToBytes('abcde')).toBeNull();
    expect(decodeUtf8(Uint8Array.from([0xff, 0xfe]))).toBeNull();
    expect(decodeUtf8(utf8)).toBe(text);
  });

  it('percent-decodes data: payloads byte by byte', () => {
    expect(decodeUtf8(percentDecodeToBytes('%3Csvg%3E✓') ?? new Uint8Array())).toBe('<svg>✓');
    expect([...(percentDecodeToBytes('%ff%00') ?? [])]).toEqual([255, 0]);
    expect(percentDecodeToBytes('%zz')).toBeNull();
  });
});
