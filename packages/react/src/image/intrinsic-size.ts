import type { CSSProperties } from 'react';

export interface IntrinsicSize {
  width: number;
  height: number;
}

/** CSS pixels per unit of an SVG length; relative units (%, em) have no intrinsic meaning here. */
const pixelsPerUnit: Record<string, number> = { '': 1, px: 1, pt: 96 / 72, pc: 16, in: 96, cm: 96 / 2.54, mm: 96 / 25.4, q: 96 / 101.6 };

function svgLength(value: string | undefined): number | null {
  const match = value === undefined ? null : /^\s*([+]?\d*\.?\d+(?:e[+-]?\d+)?)\s*([a-z]*)\s*$/i.exec(value);
  if (!match) return null;
  const factor = pixelsPerUnit[(match[2] ?? '').toLowerCase()];
  const length = Number(match[1]) * (factor ?? Number.NaN);
  return Number.isFinite(length) && length > 0 ? length : null;
}

function rootAttributes(svg: string): Map<string, string> {
  const attributes = new Map<string, string>();
  const tag = /<svg\b((?:[^>"']|"[^"]*"|'[^']*')*)>/i.exec(svg.replace(/<!--[\s\S]*?-->/g, ''))?.[1] ?? '';
  for (const match of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const name = match[1]?.toLowerCase();
    if (name && !attributes.has(name)) attributes.set(name, match[2] ?? match[3] ?? '');
  }
  return attributes;
}

/**
 * The size an SVG asks for: its width and height attributes in CSS pixels (pt, in, cm… converted),
 * else its viewBox. Browsers give a viewBox-only SVG a made-up natural size (Chromium: 240×150), so
 * the kit reads the size from the file itself. Null when the file states neither.
 */
export function svgIntrinsicSize(svg: string): IntrinsicSize | null {
  const attributes = rootAttributes(svg);
  const width = svgLength(attributes.get('width'));
  const height = svgLength(attributes.get('height'));
  if (width !== null && height !== null) return { width, height };
  const box = (attributes.get('viewbox') ?? '').trim().split(/[\s,]+/).map(Number);
  const boxWidth = box.length === 4 ? (box[2] ?? Number.NaN) : Number.NaN;
  const boxHeight = box.length === 4 ? (box[3] ?? Number.NaN) : Number.NaN;
  if (!(boxWidth > 0 && boxHeight > 0)) return null;
  if (width !== null) return { width, height: (width * boxHeight) / boxWidth };
  if (height !== null) return { width: (height * boxWidth) / boxHeight, height };
  return { width: boxWidth, height: boxHeight };
}

/**
 * One sizing rule for every image, raster or vector: the intrinsic width, never wider than the
 * container, never taller than `--xc-image-max-height`, aspect ratio kept.
 */
export function imageBoxStyle(size: IntrinsicSize | null): CSSProperties {
  if (!size || !(size.width > 0 && size.height > 0)) return {};
  const ratio = size.width / size.height;
  return {
    aspectRatio: `${size.width} / ${size.height}`,
    maxWidth: `min(100%, ${size.width}px, calc(var(--xc-image-max-height, 70vh) * ${Number(ratio.toFixed(6))}))`,
  };
}
