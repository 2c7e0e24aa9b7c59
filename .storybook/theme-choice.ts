/** The theme the Storybook toolbar offers: one of the two, or whatever the operating system prefers. */
export type Theme = 'light' | 'dark';
export type ThemeChoice = Theme | 'system';

export const prefersDarkQuery = '(prefers-color-scheme: dark)';

/** Reads the toolbar's `theme` global; anything else (not chosen yet) falls back. */
export function themeChoice(global: unknown, fallback: ThemeChoice): ThemeChoice {
  return global === 'light' || global === 'dark' || global === 'system' ? global : fallback;
}

export function resolveTheme(choice: ThemeChoice, prefersDark: boolean): Theme {
  if (choice === 'system') return prefersDark ? 'dark' : 'light';
  return choice;
}
