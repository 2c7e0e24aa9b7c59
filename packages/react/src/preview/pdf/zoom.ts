/** Zoom levels the − and + buttons step through; 1 is the page's real size. */
export const zoomSteps = [0.25, 0.5, 0.75, 1, 1.25, 1.5, 2, 3, 4] as const;
export const minZoom = zoomSteps[0];
export const maxZoom = zoomSteps[zoomSteps.length - 1] ?? 4;

/** The zoom the user chose: follow the width of the space, or a fixed level. */
export type ZoomMode = { kind: 'fit-width' } | { kind: 'fixed'; zoom: number };

/** The zoom that makes a page `pageWidth` wide (at 100 %) fill `availableWidth`, within the zoom limits. */
export function fitWidthZoom(availableWidth: number, pageWidth: number): number {
  if (availableWidth <= 0 || pageWidth <= 0) return 1;
  return clampZoom(availableWidth / pageWidth);
}

export function clampZoom(zoom: number): number {
  return Math.min(maxZoom, Math.max(minZoom, zoom));
}

/** The next step above `zoom` (a fitted zoom sits between steps). */
export function zoomIn(zoom: number): number {
  return zoomSteps.find((step) => step > zoom + 0.001) ?? maxZoom;
}

export function zoomOut(zoom: number): number {
  return [...zoomSteps].reverse().find((step) => step < zoom - 0.001) ?? minZoom;
}

/** Canvas pixels a page may use: beyond this a zoomed page is drawn at a lower resolution instead of exhausting memory. */
export const maxCanvasPixels = 4096 * 4096;

/** The device-pixel scale for a page of `width` × `height` CSS pixels, lowered so the canvas stays within `maxCanvasPixels`. */
export function outputScaleWithin(width: number, height: number, devicePixelRatio: number): number {
  const area = width * height * devicePixelRatio * devicePixelRatio;
  if (area <= maxCanvasPixels) return devicePixelRatio;
  return devicePixelRatio * Math.sqrt(maxCanvasPixels / area);
}

export function zoomPercent(zoom: number): number {
  return Math.round(zoom * 100);
}
