'use client';
let context: CanvasRenderingContext2D | null | undefined;

/** Width of `text` in a CSS `font`, from canvas text metrics; an average glyph width where there is no canvas. */
export function measureText(text: string, font: string): number {
  if (context === undefined) {
    try {
      context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
    } catch {
      context = null;
    }
  }
  if (!context) return text.length * 8;
  context.font = font;
  return context.measureText(text).width;
}
