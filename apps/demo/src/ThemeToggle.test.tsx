import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { ThemeToggle } from './ThemeToggle.js';
import type { Theme } from './use-theme.js';

function Harness({ initial }: { initial: Theme }) {
  const [theme, setTheme] = useState<Theme>(initial);
  return <ThemeToggle theme={theme} onToggle={() => setTheme((current) => (current === 'dark' ? 'light' : 'dark'))} />;
}

describe('ThemeToggle', () => {
  it('is a toggle whose label and visible text stay the same; only aria-pressed tells the state', async () => {
    render(<Harness initial="light" />);
    const toggle = screen.getByRole('button', { name: 'Dark mode' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    const lightText = toggle.textContent;
    // A sun next to "Dark mode" reads as "light is on" or "switch to light": neither state nor action is clear.
    expect(lightText).not.toMatch(/[☀☾]/);
    await userEvent.click(toggle);
    expect(screen.getByRole('button', { name: 'Dark mode' })).toHaveAttribute('aria-pressed', 'true');
    expect(toggle.textContent).toBe(lightText);
  });
});
