import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AssistantMessage } from './AssistantMessage.js';
import { safeUrlTransform } from './MarkdownBlock.js';

// Found by the security corpus (e2e/security, case md-external-image-beacon): markdown images loaded from any host.
describe('markdown images in an answer', () => {
  const renderAnswer = (text: string) => render(<AssistantMessage message={{ text, status: 'completed' }} />).container;

  it('never loads an image from another host by itself: it becomes a link labelled with its alt text', () => {
    const container = renderAnswer('![tracking pixel](https://canary.invalid/pixel?secret=1) ![relative](//canary.invalid/p.png)');
    expect(container.querySelectorAll('img')).toHaveLength(0);
    const link = container.querySelector('a[data-slot="external-image-link"]');
    expect(link?.getAttribute('href')).toBe('https://canary.invalid/pixel?secret=1');
    expect(link?.textContent).toBe('tracking pixel');
    expect(container.textContent).toContain('relative');
    expect(container.innerHTML).not.toContain('//canary.invalid/p.png');
  });

  it('keeps images from this site', () => {
    const container = renderAnswer('![own](/api/files/c/f/a.png?signature=x)');
    expect([...container.querySelectorAll('img')].map((image) => image.getAttribute('src'))).toEqual(['/api/files/c/f/a.png?signature=x']);
  });

  it('shows script-capable image URLs as plain text', () => {
    const container = renderAnswer('![svg](data:image/svg+xml,%3Csvg%20onload%3Dalert(1)%3E) ![js](javascript:alert(1))');
    expect(container.querySelectorAll('img, a')).toHaveLength(0);
    expect(container.textContent).toContain('svg');
  });

  it('treats protocol-relative URLs as another site, not a path', () => {
    expect(safeUrlTransform('//canary.invalid/x')).toBe('');
    expect(safeUrlTransform('/api/files/x')).toBe('/api/files/x');
  });
});
