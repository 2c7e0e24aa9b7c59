'use client';
/** Why copying an image is not possible here, or null when it is. */
export type ImageCopySupport = 'supported' | 'insecure-context' | 'unsupported';

/** Feature detection: ClipboardItem + clipboard.write exist only in secure contexts of recent browsers. */
export function imageCopySupport(): ImageCopySupport {
  if (typeof window === 'undefined' || typeof navigator === 'undefined') return 'unsupported';
  if (!window.isSecureContext) return 'insecure-context';
  if (typeof ClipboardItem === 'undefined' || typeof navigator.clipboard?.write !== 'function') return 'unsupported';
  return 'supported';
}

/**
 * Writes a PNG to the clipboard. The blob is passed as a promise so the write starts inside the
 * click handler: Safari drops the user gesture if we awaited the fetch first.
 */
export async function copyPngToClipboard(png: Promise<Blob>): Promise<void> {
  await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
}

/** Loads an image blob into an element (works for SVG, which createImageBitmap rejects). */
function loadImage(blob: Blob): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(blob);
  return new Promise<HTMLImageElement>((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('The image could not be decoded.'));
    image.src = url;
  }).finally(() => URL.revokeObjectURL(url));
}

/** Clipboards accept PNG only: other formats (JPEG, SVG, GIF, WebP) are drawn onto a canvas first. */
export async function toPng(blob: Blob): Promise<Blob> {
  if (blob.type === 'image/png') return blob;
  const image = await loadImage(blob);
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, image.naturalWidth || image.width || 1);
  canvas.height = Math.max(1, image.naturalHeight || image.height || 1);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('Canvas is not available.');
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise<Blob>((resolve, reject) => {
    canvas.toBlob((png) => (png ? resolve(png) : reject(new Error('The image could not be converted to PNG.'))), 'image/png');
  });
}
