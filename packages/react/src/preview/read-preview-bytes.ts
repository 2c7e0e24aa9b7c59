'use client';

export type PreviewBytes = { status: 'ready'; data: ArrayBuffer; truncated: boolean } | { status: 'too-large'; bytes: number | null };

export interface ReadPreviewBytesOptions {
  cap: number;
  /** Keep the first `cap` bytes of a longer file (text) instead of refusing it (documents). */
  prefix: boolean;
  signal: AbortSignal;
  fetch?: typeof fetch;
  onProgress?: (loaded: number, total: number | null) => void;
}

function joined(chunks: readonly Uint8Array[], length: number): ArrayBuffer {
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    const part = chunk.subarray(0, Math.min(chunk.byteLength, length - offset));
    bytes.set(part, offset);
    offset += part.byteLength;
    if (offset >= length) break;
  }
  return bytes.buffer;
}

/** Reads a file for its preview without ever holding more than `cap` bytes; rejects on a non-2xx answer. */
export async function readPreviewBytes(url: string, options: ReadPreviewBytesOptions): Promise<PreviewBytes> {
  const response = await (options.fetch ?? fetch)(url, { signal: options.signal });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const header = Number(response.headers.get('content-length'));
  const total = Number.isFinite(header) && header > 0 ? header : null;
  if (total !== null && total > options.cap && !options.prefix) {
    await response.body?.cancel().catch(() => undefined);
    return { status: 'too-large', bytes: total };
  }
  if (!response.body) {
    const whole = await response.arrayBuffer();
    if (whole.byteLength <= options.cap) return { status: 'ready', data: whole, truncated: false };
    return options.prefix ? { status: 'ready', data: whole.slice(0, options.cap), truncated: true } : { status: 'too-large', bytes: whole.byteLength };
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  options.onProgress?.(0, total);
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    loaded += value.byteLength;
    options.onProgress?.(loaded, total);
    if (loaded > options.cap) {
      await reader.cancel().catch(() => undefined);
      return options.prefix ? { status: 'ready', data: joined(chunks, options.cap), truncated: true } : { status: 'too-large', bytes: total };
    }
  }
  return { status: 'ready', data: joined(chunks, loaded), truncated: false };
}
