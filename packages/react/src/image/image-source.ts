/** SVG is shown only through <img> from a blob URL (docs/architecture.md#model-output): never inlined, never navigated to. */
export function isSvgSource(src: string, mimeType?: string | null): boolean {
  if (mimeType?.toLowerCase().startsWith('image/svg+xml')) return true;
  if (/^data:image\/svg\+xml[;,]/i.test(src)) return true;
  const path = src.split(/[?#]/)[0] ?? '';
  return /\.svg$/i.test(path);
}

/** Fetches an image's bytes (data:, blob: and http(s) URLs alike). */
export async function fetchImageBlob(src: string, signal?: AbortSignal): Promise<Blob> {
  const response = await fetch(src, { signal });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.blob();
}
