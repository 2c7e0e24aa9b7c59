import { z } from 'zod';

/** Where a CSV comes from. URLs are fetched as given (the kit only fetches URLs the app hands it). */
export type CsvInput = { kind: 'text'; text: string } | { kind: 'blob'; blob: Blob } | { kind: 'url'; url: string };

export const csvInputSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('text'), text: z.string() }),
  z.object({ kind: z.literal('blob'), blob: z.instanceof(Blob) }),
  z.object({ kind: z.literal('url'), url: z.string().min(1) }),
]);

/** Bytes read per step: small enough that the first rows appear at once, large enough to keep per-step overhead negligible. */
export const readChunkBytes = 256 * 1024;

export async function* blobByteChunks(blob: Blob, chunkBytes = readChunkBytes): AsyncGenerator<Uint8Array> {
  for (let offset = 0; offset < blob.size; offset += chunkBytes) {
    yield new Uint8Array(await blob.slice(offset, offset + chunkBytes).arrayBuffer());
  }
}

export async function* streamByteChunks(body: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

export interface OpenedBytes {
  chunks: AsyncGenerator<Uint8Array>;
  /** Total size when known (Content-Length may be missing or compressed). */
  totalBytes: number | null;
}

export async function openUrl(url: string, signal: AbortSignal): Promise<OpenedBytes> {
  const response = await fetch(url, { signal });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const length = Number(response.headers.get('content-length'));
  const encoded = response.headers.get('content-encoding');
  const totalBytes = Number.isFinite(length) && length > 0 && (encoded == null || encoded === 'identity') ? length : null;
  if (response.body) return { chunks: streamByteChunks(response.body), totalBytes };
  return { chunks: blobByteChunks(await response.blob()), totalBytes };
}
