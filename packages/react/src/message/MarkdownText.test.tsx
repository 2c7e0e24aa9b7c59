import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MarkdownText } from './MarkdownText.js';

describe('MarkdownText', () => {
  it('renders markdown with the answer renderer: fences as focusable code, raw HTML and unsafe links inert', () => {
    const { container } = render(
      <MarkdownText text={'See **this**:\n\n```python\nprint(1)\n```\n\n<script>window.hacked = true</script><img src=x onerror="window.hacked = true">\n\n[a](javascript:alert(1)) [b](sandbox:/mnt/data/x.csv) [c](https://example.com)'} />,
    );
    expect(container.querySelector('strong')).toHaveTextContent('this');
    expect(container.querySelector('pre[data-slot="markdown-code"]')).toHaveTextContent('print(1)');
    expect(container.querySelector('script, img')).toBeNull();
    expect(container.querySelector('a[href^="javascript"], a[href^="sandbox"]')).toBeNull();
    expect(screen.getByText('b')).toHaveAttribute('data-slot', 'blocked-link');
    expect(screen.getByRole('link', { name: 'c' })).toHaveAttribute('rel', 'noopener noreferrer nofollow');
  });
});
