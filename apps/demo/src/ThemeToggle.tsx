import type { Theme } from './use-theme.js';

/**
 * A WAI-ARIA toggle button: the label names the setting and never changes, `aria-pressed` carries the state,
 * and the switch drawn next to the label shows it to sighted users (on = dark).
 */
export function ThemeToggle({ theme, onToggle }: { theme: Theme; onToggle(): void }) {
  return (
    <button type="button" data-slot="theme-toggle" aria-pressed={theme === 'dark'} onClick={onToggle}>
      <span data-slot="theme-switch" aria-hidden="true" />
      Dark mode
    </button>
  );
}
