import { act, render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CodeView } from './CodeView.js';

function numberedLines(count: number): string {
  return Array.from({ length: count }, (_, index) => `value_${index + 1} = ${index + 1}`).join('\n');
}

describe('CodeView', () => {
  it('copies the code to the clipboard, shows "Copied" and announces it', async () => {
    const user = userEvent.setup();
    render(<CodeView code={'print("hello")'} />);
    await user.click(screen.getByRole('button', { name: 'Copy code' }));
    expect(await navigator.clipboard.readText()).toBe('print("hello")');
    expect(screen.getByRole('button', { name: 'Copied' })).toHaveAttribute('data-state', 'copied');
    expect(screen.getAllByRole('status').some((region) => region.textContent === 'Code copied to the clipboard.')).toBe(true);
  });

  it('collapses long code and says how many lines are hidden; the toggle expands and collapses', async () => {
    const user = userEvent.setup();
    render(<CodeView code={numberedLines(30)} collapsedLines={10} />);
    const toggle = screen.getByRole('button', { name: 'Show 20 more lines' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByText('value_11')).toBeNull();
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(toggle).toHaveTextContent('Show fewer lines');
    expect(screen.getByText('value_30')).toBeInTheDocument();
    await user.click(toggle);
    expect(screen.queryByText('value_30')).toBeNull();
  });

  it('shows line numbers', () => {
    const { container } = render(<CodeView code={'a = 1\nb = 2'} />);
    expect([...container.querySelectorAll('[data-slot="code-line-number"]')].map((element) => element.textContent)).toEqual(['1', '2']);
  });

  it('keeps only a window of a 10,000-line file in the DOM', async () => {
    const user = userEvent.setup();
    const { container } = render(<CodeView code={numberedLines(10_000)} />);
    await user.click(screen.getByRole('button', { name: 'Show 9988 more lines' }));
    const rendered = container.querySelectorAll('[data-slot="code-line"]').length;
    expect(rendered).toBeGreaterThan(10);
    expect(rendered).toBeLessThan(200);
  });

  it('while streaming shows a caret on the last line, follows new lines and never collapses', () => {
    const { container, rerender } = render(<CodeView code={numberedLines(500)} streaming />);
    expect(screen.queryByRole('button', { name: /more lines/ })).toBeNull();
    const caretLine = () => container.querySelector('[data-slot="code-caret"]')?.closest('[data-slot="code-line"]')?.textContent;
    expect(caretLine()).toContain('value_500');
    act(() => rerender(<CodeView code={`${numberedLines(500)}\nvalue_501 = 501`} streaming />));
    expect(caretLine()).toContain('value_501');
    act(() => rerender(<CodeView code={`${numberedLines(500)}\nvalue_501 = 501`} />));
    expect(container.querySelector('[data-slot="code-caret"]')).toBeNull();
  });
});
