import installedBundle from 'html-to-image/dist/html-to-image.js?raw';
import installedManifest from 'html-to-image/package.json?raw';
import { describe, expect, it } from 'vitest';
import { frameScriptOf } from './html-to-image-bundle.mjs';
import { htmlToImageSource, htmlToImageVersion } from './html-to-image-source.js';

describe('generated html-to-image source', () => {
  it('matches the installed package (run `pnpm generate` after upgrading)', () => {
    expect(htmlToImageVersion).toBe((JSON.parse(installedManifest) as { version: string }).version);
    expect(htmlToImageSource).toBe(frameScriptOf(installedBundle));
  });

  it('defines the global the frame bridge calls', () => {
    const scope: { htmlToImage?: { toPng?: unknown } } = {};
    new Function('self', 'globalThis', htmlToImageSource).call(scope, scope, scope);
    expect(typeof scope.htmlToImage?.toPng).toBe('function');
  });
});
