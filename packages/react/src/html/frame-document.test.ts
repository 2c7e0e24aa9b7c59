import { describe, expect, it } from 'vitest';
import { buildFrameDocument, frameContentSecurityPolicy } from './frame-document.js';

describe('buildFrameDocument', () => {
  it('puts the CSP first, before any of the page, and keeps the page as given', () => {
    const page = '<html><head><title>t</title></head><body><p>hi</p></body></html>';
    const document = buildFrameDocument(page, 'channel-1');
    expect(document.startsWith(`<!doctype html><meta http-equiv="Content-Security-Policy" content="${frameContentSecurityPolicy}">`)).toBe(true);
    expect(document.endsWith(page)).toBe(true);
  });

  it('keeps the page doctype first so the page stays in standards mode', () => {
    const document = buildFrameDocument('  <!DOCTYPE html>\n<p>x</p>', 'c');
    expect(document.startsWith('  <!DOCTYPE html><meta http-equiv="Content-Security-Policy"')).toBe(true);
    expect(document.endsWith('\n<p>x</p>')).toBe(true);
  });

  it('forbids all network access', () => {
    expect(frameContentSecurityPolicy).toContain("default-src 'none'");
    expect(frameContentSecurityPolicy).toContain("connect-src 'none'");
    expect(frameContentSecurityPolicy).toContain("form-action 'none'");
    expect(frameContentSecurityPolicy).not.toMatch(/https?:|'self'|\*/);
  });

  it('cannot be closed early by the injected code', () => {
    const document = buildFrameDocument('<p>page</p>', '</script><script>alert(1)</script>');
    const scripts = document.split('</script>').length - 1;
    expect(scripts).toBe(2);
  });
});
