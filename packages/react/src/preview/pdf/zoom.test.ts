import { describe, expect, it } from 'vitest';
import { fitWidthZoom, maxCanvasPixels, outputScaleWithin, zoomIn, zoomOut, zoomPercent } from './zoom.js';

describe('zoom', () => {
  it('fits a page to the width it is given, within 25 % and 400 %', () => {
    expect(fitWidthZoom(397, 794)).toBe(0.5);
    expect(fitWidthZoom(10, 794)).toBe(0.25);
    expect(fitWidthZoom(10_000, 100)).toBe(4);
    expect(fitWidthZoom(0, 794)).toBe(1);
  });

  it('steps from a fitted zoom to the next level up or down', () => {
    expect(zoomIn(0.43)).toBe(0.5);
    expect(zoomOut(0.43)).toBe(0.25);
    expect(zoomIn(1)).toBe(1.25);
    expect(zoomOut(1)).toBe(0.75);
    expect(zoomIn(4)).toBe(4);
    expect(zoomOut(0.25)).toBe(0.25);
    expect(zoomPercent(1.25)).toBe(125);
  });

  it('draws a huge zoomed page at a lower resolution instead of a canvas too big for memory', () => {
    expect(outputScaleWithin(800, 1100, 2)).toBe(2);
    const scale = outputScaleWithin(3200, 4500, 2);
    expect(scale).toBeLessThan(2);
    expect(3200 * scale * 4500 * scale).toBeLessThanOrEqual(maxCanvasPixels + 1);
  });
});
