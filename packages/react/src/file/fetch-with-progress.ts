'use client';
export interface DownloadProgress {
  loaded: number;
  /** From Content-Length, else the size the caller knew; null when unknown. */
  total: number | null;
}

/** Fetches a file's bytes, reporting progress as chunks arrive; rejects on any non-2xx answer. */
export async function fetchWithProgress(url: string, options: { signal: AbortSignal; expectedBytes?: number | null; onProgress: (progress: DownloadProgress) => void; fetch?: typeof fetch }): Promise<Blob> {
  const response = await (options.fetch ?? fetch)(url, { signal: options.signal });
  if (!response.ok) throw new Error(`Download failed with HTTP ${response.status}`);
  const header = Number(response.headers.get('content-length'));
  const total = Number.isFinite(header) && header > 0 ? header : (options.expectedBytes ?? null);
  const type = response.headers.get('content-type') ?? 'application/octet-stream';
  if (!response.body) {
    const blob = await response.blob();
    options.onProgress({ loaded: blob.size, total: total ?? blob.size });
    return blob;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let loaded = 0;
  options.onProgress({ loaded, total });
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    loaded += value.byteLength;
    options.onProgress({ loaded, total });
  }
  return new Blob(chunks, { type });
}

/** Hands a blob to the browser as a download named `filename`. */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = filename;
  anchor.style.display = 'none';
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Revoked later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
