import type { Theme } from './use-theme.js';

export function ThemeToggle({ theme, onToggle }: { theme: Theme; onToggle(): void }) {
  return (
    <button type="button" data-slot="theme-toggle" aria-pressed={theme === 'dark'} onClick={onToggle}>
      <span aria-hidden="true">{theme === 'dark' ? '☾' : '☀'}</span> Dark mode
    </button>
  );
}
