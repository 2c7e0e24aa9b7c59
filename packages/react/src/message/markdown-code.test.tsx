import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AssistantMessage } from './AssistantMessage.js';

describe('fenced code in an answer', () => {
  it('is a keyboard-reachable block, since long lines scroll sideways', () => {
    const text = 'Run this:\n\n```python\nprint("' + 'x'.repeat(300) + '")\n```';
    const { container } = render(<AssistantMessage message={{ text, status: 'completed' }} />);
    const block = container.querySelector('pre');
    expect(block?.getAttribute('data-slot')).toBe('markdown-code');
    expect(block?.tabIndex).toBe(0);
    expect(block?.textContent).toContain('print(');
  });
});
