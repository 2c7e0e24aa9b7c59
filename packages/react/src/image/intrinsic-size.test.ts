import { describe, expect, it } from 'vitest';
import { imageBoxStyle, svgIntrinsicSize } from './intrinsic-size.js';

describe('svgIntrinsicSize', () => {
  it('reads width and height in pixels, converting absolute units', () => {
    expect(svgIntrinsicSize('<svg xmlns="http://www.w3.org/2000/svg" width="320" height="160"/>')).toEqual({ width: 320, height: 160 });
    // matplotlib writes points: 576pt × 360pt is 768 × 480 CSS pixels.
    expect(svgIntrinsicSize('<?xml version="1.0"?>\n<svg width="576pt" height="360pt" viewBox="0 0 576 360" xmlns="http://www.w3.org/2000/svg">')).toEqual({ width: 768, height: 480 });
    expect(svgIntrinsicSize("<svg width='2in' height='1in'>")).toEqual({ width: 192, height: 96 });
  });

  it('uses the viewBox when width and height are missing or relative', () => {
    expect(svgIntrinsicSize('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 800 500"><rect width="10" height="10"/></svg>')).toEqual({ width: 800, height: 500 });
    expect(svgIntrinsicSize('<svg width="100%" height="100%" viewBox="0,0,640,480">')).toEqual({ width: 640, height: 480 });
  });

  it('derives the missing side from the viewBox ratio', () => {
    expect(svgIntrinsicSize('<svg width="400" viewBox="0 0 800 500">')).toEqual({ width: 400, height: 250 });
    expect(svgIntrinsicSize('<svg height="100px" viewBox="0 0 800 500">')).toEqual({ width: 160, height: 100 });
  });

  it('reads only the root element and ignores attributes of the children or inside quotes', () => {
    expect(svgIntrinsicSize('<!-- <svg width="1"> --><svg data-note="a > b" viewBox="0 0 300 200"><svg width="5" height="5"/></svg>')).toEqual({ width: 300, height: 200 });
  });

  it('is null when the file states no size', () => {
    expect(svgIntrinsicSize('<svg xmlns="http://www.w3.org/2000/svg"><circle r="4"/></svg>')).toBeNull();
    expect(svgIntrinsicSize('<svg viewBox="0 0 0 10">')).toBeNull();
    expect(svgIntrinsicSize('not svg')).toBeNull();
  });
});

describe('imageBoxStyle', () => {
  it('caps the intrinsic width by the container and by the maximum height, keeping the ratio', () => {
    expect(imageBoxStyle({ width: 800, height: 500 })).toEqual({
      aspectRatio: '800 / 500',
      maxWidth: 'min(100%, 800px, calc(var(--xc-image-max-height, 70vh) * 1.6))',
    });
  });

  it('leaves an unknown size to the layout', () => {
    expect(imageBoxStyle(null)).toEqual({});
    expect(imageBoxStyle({ width: 0, height: 10 })).toEqual({});
  });
});
