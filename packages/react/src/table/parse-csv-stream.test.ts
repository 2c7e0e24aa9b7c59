import { describe, expect, it } from 'vitest';
import { parseCsvStream, type CsvParseEvent, type CsvWarnings } from './parse-csv-stream.js';
import type { CsvInput } from './csv-source.js';
import { decodeRow } from './row-codec.js';

interface Parsed {
  header: string[] | null;
  rows: string[][];
  chunks: number;
  columnCount: number;
  kinds: string[];
  warnings: CsvWarnings;
  error: string | null;
}

async function parse(input: CsvInput): Promise<Parsed> {
  const events: CsvParseEvent[] = [];
  await parseCsvStream(input, (event) => events.push(event));
  const parsed: Parsed = { header: null, rows: [], chunks: 0, columnCount: 0, kinds: [], warnings: {}, error: null };
  for (const event of events) {
    if (event.type === 'chunk') {
      parsed.chunks += 1;
      parsed.header ??= event.header;
      parsed.rows.push(...event.rows.map(decodeRow));
      parsed.columnCount = event.columnCount;
      parsed.kinds = event.columnKinds;
    } else if (event.type === 'done') {
      parsed.warnings = event.warnings;
    } else {
      parsed.error = event.message;
    }
  }
  return parsed;
}

const text = (value: string): CsvInput => ({ kind: 'text', text: value });
const bytes = (value: Uint8Array): CsvInput => ({ kind: 'blob', blob: new Blob([value as Uint8Array<ArrayBuffer>]) });

describe('parseCsvStream', () => {
  it('keeps commas and newlines inside quoted fields', async () => {
    const parsed = await parse(text('name,note\n"Smith, Jane","line one\nline two"\nBob,"say ""hi"""\n'));
    expect(parsed.header).toEqual(['name', 'note']);
    expect(parsed.rows).toEqual([
      ['Smith, Jane', 'line one\nline two'],
      ['Bob', 'say "hi"'],
    ]);
  });

  it.each([
    [',', 'a,b\n1,2\n3,4'],
    [';', 'a;b\n1;2\n3;4'],
    ['\t', 'a\tb\n1\t2\n3\t4'],
    ['|', 'a|b\n1|2\n3|4'],
  ])('detects the %j delimiter', async (_delimiter, csv) => {
    const parsed = await parse(text(csv));
    expect(parsed.header).toEqual(['a', 'b']);
    expect(parsed.rows).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('strips a UTF-8 byte-order mark from bytes and from text', async () => {
    const fromBytes = await parse(bytes(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('id,x\n1,2')])));
    expect(fromBytes.header).toEqual(['id', 'x']);
    const fromText = await parse(text('\ufeffid,x\n1,2'));
    expect(fromText.header).toEqual(['id', 'x']);
  });

  it('reads Windows-1252 bytes as such and warns instead of showing garbage', async () => {
    // "café;Müller" in Windows-1252: é = 0xE9, ü = 0xFC, invalid as UTF-8.
    const latin = new Uint8Array([0x6e, 0x61, 0x6d, 0x65, 0x0a, 0x63, 0x61, 0x66, 0xe9, 0x0a, 0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72]);
    const parsed = await parse(bytes(latin));
    expect(parsed.rows).toEqual([['café'], ['Müller']]);
    expect(parsed.warnings['decoded-as-windows-1252']).toBe(1);
  });

  it('decodes UTF-8 split across read chunks without warnings', async () => {
    const row = 'ü,€,日本\n'.repeat(60_000);
    const parsed = await parse(bytes(new TextEncoder().encode(`a,b,c\n${row}`)));
    expect(parsed.chunks).toBeGreaterThan(1);
    expect(parsed.rows).toHaveLength(60_000);
    expect(parsed.rows.every((cells) => cells.join(',') === 'ü,€,日本')).toBe(true);
    expect(parsed.warnings).toEqual({});
  });

  it('keeps ragged rows, widens the columns and warns', async () => {
    const parsed = await parse(text('a,b\n1\n1,2,3\n'));
    expect(parsed.rows).toEqual([['1'], ['1', '2', '3']]);
    expect(parsed.columnCount).toBe(3);
    expect(parsed.warnings['ragged-rows']).toBe(2);
  });

  it('reports an empty file as no header and no rows', async () => {
    const parsed = await parse(text(''));
    expect(parsed.header).toBeNull();
    expect(parsed.rows).toEqual([]);
    expect(parsed.error).toBeNull();
  });

  it('reports a header-only file', async () => {
    const parsed = await parse(text('a,b,c\n'));
    expect(parsed.header).toEqual(['a', 'b', 'c']);
    expect(parsed.rows).toEqual([]);
  });

  it('flags an unclosed quote as malformed rather than failing', async () => {
    const parsed = await parse(text('a,b\n1,"open\n2,3\n'));
    expect(parsed.warnings['malformed-rows']).toBeGreaterThan(0);
    expect(parsed.error).toBeNull();
  });

  it('infers numeric columns', async () => {
    const parsed = await parse(text('name,price,share\nx,"1,200.50",5%\ny,-3e2,\n'));
    expect(parsed.kinds).toEqual(['text', 'number', 'number']);
  });

  it('delivers rows in several chunks for a large input and keeps rows that straddle chunks intact', async () => {
    const lines = Array.from({ length: 40_000 }, (_, index) => `${index},"quoted, ${index}\nsecond line"`);
    const parsed = await parse(text(`id,text\n${lines.join('\n')}`));
    expect(parsed.chunks).toBeGreaterThan(1);
    expect(parsed.rows).toHaveLength(40_000);
    expect(parsed.rows[39_999]).toEqual(['39999', 'quoted, 39999\nsecond line']);
  });

  it('shows a unit separator inside a cell as its visible symbol', async () => {
    const parsed = await parse(text('a,b\nx\u001fy,z'));
    expect(parsed.rows).toEqual([['x\u241fy', 'z']]);
  });

  it('stops without further events when aborted', async () => {
    const controller = new AbortController();
    const events: CsvParseEvent[] = [];
    const promise = parseCsvStream(text('a\n'.repeat(300_000)), (event) => {
      events.push(event);
      controller.abort();
    }, { signal: controller.signal, yieldBetweenChunks: true });
    await promise;
    expect(events).toHaveLength(1);
  });
});
