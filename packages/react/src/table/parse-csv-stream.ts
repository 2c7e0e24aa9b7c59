import { ColumnKindInference, type ColumnKind } from './column-types.js';
import { blobByteChunks, openUrl, readChunkBytes, type CsvInput } from './csv-source.js';
import { createChunkDecoder, detectEncoding, encodingSampleBytes } from './decode-bytes.js';
import { PapaPushStream, startPapaStream, type PapaChunk } from './papa-push-stream.js';
import { cellSeparator, encodeRow } from './row-codec.js';

export type CsvWarningKind = 'decoded-as-windows-1252' | 'invalid-utf-8-replaced' | 'ragged-rows' | 'malformed-rows';
/** How often each problem was met (1 for the encoding ones). */
export type CsvWarnings = Partial<Record<CsvWarningKind, number>>;

export type CsvParseEvent =
  | {
      type: 'chunk';
      /** The first row, once, with the first chunk that has rows. */
      header: string[] | null;
      /** Data rows, each encoded with `encodeRow`. */
      rows: string[];
      columnCount: number;
      columnKinds: ColumnKind[];
      /** 0..1 when the total size is known. */
      progress: number | null;
      warnings: CsvWarnings;
    }
  | { type: 'done'; warnings: CsvWarnings }
  | { type: 'error'; message: string };

export interface ParseCsvOptions {
  signal?: AbortSignal;
  /** Give the event loop a turn between chunks (needed on the main thread so the first rows can paint). */
  yieldBetweenChunks?: boolean;
}

const textChunkChars = readChunkBytes;

/**
 * The whole CSV pipeline, the same in the worker, on the main thread and in the benchmark:
 * bytes → encoding chosen from the first 64 KB → streaming decode → papaparse → compact rows.
 */
export async function parseCsvStream(input: CsvInput, emit: (event: CsvParseEvent) => void, options: ParseCsvOptions = {}): Promise<void> {
  const signal = options.signal ?? new AbortController().signal;
  const stream = new PapaPushStream();
  const inference = new ColumnKindInference();
  const warnings: CsvWarnings = {};
  let header: string[] | null = null;
  let headerSent = false;
  let columnCount = 0;
  let sawSeparator = false;
  let progress: number | null = null;
  let failure: Error | null = null;
  const malformedRows = new Set<number>();
  let rowsSeen = 0;

  const onChunk = (result: PapaChunk): void => {
    let data = result.data;
    for (const error of result.errors) {
      // A one-column file has no delimiter to guess: that is not a malformed row.
      if (error.type !== 'Delimiter' && error.row !== undefined) malformedRows.add(rowsSeen + error.row);
    }
    rowsSeen += data.length;
    if (header === null) {
      const first = data[0];
      if (first === undefined) return;
      header = first;
      columnCount = first.length;
      data = data.slice(1);
    }
    inference.observe(data);
    const rows = new Array<string>(data.length);
    let ragged = 0;
    for (let index = 0; index < data.length; index += 1) {
      const cells = data[index] ?? [];
      if (cells.length !== header.length) ragged += 1;
      if (cells.length > columnCount) columnCount = cells.length;
      rows[index] = encodeRow(cells, sawSeparator);
    }
    if (ragged > 0) warnings['ragged-rows'] = (warnings['ragged-rows'] ?? 0) + ragged;
    if (malformedRows.size > 0) warnings['malformed-rows'] = malformedRows.size;
    emit({ type: 'chunk', header: headerSent ? null : header, rows, columnCount, columnKinds: inference.kinds(columnCount), progress, warnings: { ...warnings } });
    headerSent = true;
  };

  const parser = startPapaStream(stream, {
    chunk: onChunk,
    complete: () => undefined,
    error: (error) => {
      failure = error;
    },
  });
  const pushText = (text: string): void => {
    if (!sawSeparator && text.includes(cellSeparator)) sawSeparator = true;
    stream.push(text);
  };
  const pause = async (): Promise<void> => {
    if (options.yieldBetweenChunks) await new Promise((resolve) => setTimeout(resolve, 0));
  };

  try {
    if (input.kind === 'text') {
      const text = input.text.startsWith('\ufeff') ? input.text.slice(1) : input.text;
      for (let offset = 0; offset < text.length && !signal.aborted; offset += textChunkChars) {
        progress = text.length === 0 ? null : Math.min(1, (offset + textChunkChars) / text.length);
        pushText(text.slice(offset, offset + textChunkChars));
        await pause();
      }
    } else {
      const opened = input.kind === 'blob' ? { chunks: blobByteChunks(input.blob), totalBytes: input.blob.size } : await openUrl(input.url, signal);
      let decoder = null as ReturnType<typeof createChunkDecoder> | null;
      const pending: Uint8Array[] = [];
      let pendingBytes = 0;
      let readBytes = 0;
      const decodeAndPush = (bytes: Uint8Array): void => {
        const text = (decoder ??= chooseDecoder(bytes)).decode(bytes);
        if (!warnings['invalid-utf-8-replaced'] && warnings['decoded-as-windows-1252'] === undefined && text.includes('\ufffd')) {
          // Valid UTF-8 can hold U+FFFD itself; only count it when strict decoding of these bytes fails.
          if (detectEncoding(bytes) === 'windows-1252') warnings['invalid-utf-8-replaced'] = 1;
        }
        pushText(text);
      };
      const chooseDecoder = (sample: Uint8Array): ReturnType<typeof createChunkDecoder> => {
        const encoding = detectEncoding(sample);
        if (encoding === 'windows-1252') warnings['decoded-as-windows-1252'] = 1;
        return createChunkDecoder(encoding);
      };
      for await (const bytes of opened.chunks) {
        if (signal.aborted) break;
        readBytes += bytes.byteLength;
        progress = opened.totalBytes ? Math.min(1, readBytes / opened.totalBytes) : null;
        if (decoder === null && pendingBytes + bytes.byteLength < encodingSampleBytes) {
          pending.push(bytes);
          pendingBytes += bytes.byteLength;
          continue;
        }
        if (decoder === null && pending.length > 0) {
          decodeAndPush(concatBytes([...pending, bytes]));
          pending.length = 0;
        } else {
          decodeAndPush(bytes);
        }
        await pause();
      }
      if (!signal.aborted) {
        if (decoder === null && pending.length > 0) decodeAndPush(concatBytes(pending));
        const tail = decoder?.flush() ?? '';
        if (tail !== '') pushText(tail);
      }
    }
    if (signal.aborted) {
      parser.abort();
      return;
    }
    stream.end();
    if (failure) throw failure;
    if (header === null) emit({ type: 'chunk', header: null, rows: [], columnCount: 0, columnKinds: [], progress: 1, warnings: { ...warnings } });
    emit({ type: 'done', warnings: { ...warnings } });
  } catch (error) {
    if (signal.aborted) return;
    emit({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
}

function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  const total = parts.reduce((sum, part) => sum + part.byteLength, 0);
  const joined = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.byteLength;
  }
  return joined;
}
