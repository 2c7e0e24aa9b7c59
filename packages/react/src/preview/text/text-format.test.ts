import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text.js';
import { prettyJson, textFormat } from './text-format.js';

const bytes = (...values: number[]) => new Uint8Array(values).buffer;

describe('textFormat', () => {
  it.each([
    ['analysis.py', { kind: 'code', language: 'python' }],
    ['/mnt/data/query.SQL', { kind: 'code', language: 'sql' }],
    ['config.yml', { kind: 'code', language: 'yaml' }],
    ['feed.xml', { kind: 'code', language: 'markup' }],
    ['app.tsx', { kind: 'code', language: 'tsx' }],
    ['run.sh', { kind: 'code', language: 'bash' }],
    ['run.log', { kind: 'code', language: 'text' }],
    ['README', { kind: 'code', language: 'text' }],
    ['notes.md', { kind: 'markdown' }],
    ['data.json', { kind: 'json' }],
  ])('%s', (name, format) => {
    expect(textFormat(name)).toEqual(format);
  });
});

describe('prettyJson', () => {
  it('re-indents valid JSON, copying numbers and strings exactly as written', () => {
    const source = '{"id":12345678901234567890,"name":"a, b: {c}","escaped":"say \\"hi\\"","empty":{},"list":[ ],"nested":[1,{"x":true}]}';
    expect(prettyJson(source)).toEqual({
      pretty: true,
      text: [
        '{',
        '  "id": 12345678901234567890,',
        '  "name": "a, b: {c}",',
        '  "escaped": "say \\"hi\\"",',
        '  "empty": {},',
        '  "list": [],',
        '  "nested": [',
        '    1,',
        '    {',
        '      "x": true',
        '    }',
        '  ]',
        '}',
      ].join('\n'),
    });
  });

  it('leaves text that is not valid JSON (e.g. cut short) as it is', () => {
    expect(prettyJson('{"rows": [1, 2')).toEqual({ text: '{"rows": [1, 2', pretty: false });
  });
});

describe('decodeText', () => {
  it('reads UTF-8 and drops its byte-order mark', () => {
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, 0x63, 0x61, 0x66, 0xc3, 0xa9), false)).toEqual({ text: 'café', encoding: 'utf-8' });
  });

  it('drops a character cut in half at the end of a truncated file instead of calling the file not UTF-8', () => {
    expect(decodeText(bytes(0x63, 0x61, 0x66, 0xc3), true)).toEqual({ text: 'caf', encoding: 'utf-8' });
  });

  it('reads bytes that are not UTF-8 as Windows-1252', () => {
    expect(decodeText(bytes(0x63, 0x61, 0x66, 0xe9, 0x20, 0x47, 0x72, 0xfc, 0xdf, 0x65), false)).toEqual({ text: 'café Grüße', encoding: 'windows-1252' });
  });

  it('reads UTF-16 with a byte-order mark', () => {
    expect(decodeText(bytes(0xff, 0xfe, 0x68, 0x00, 0x69, 0x00), false)).toEqual({ text: 'hi', encoding: 'utf-16le' });
    expect(decodeText(bytes(0xfe, 0xff, 0x00, 0x68, 0x00, 0x69), false)).toEqual({ text: 'hi', encoding: 'utf-16be' });
  });
});
