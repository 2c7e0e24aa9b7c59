import { GLOBALS_UPDATED, SET_GLOBALS } from 'storybook/internal/core-events';
import { addons } from 'storybook/preview-api';
import { useSyncExternalStore } from 'react';
import { prefersDarkQuery, resolveTheme, themeChoice, type Theme, type ThemeChoice } from './theme-choice.js';

// The story test runs set the theme at build time so every story is checked in both; the toolbar overrides it.
const buildChoice: ThemeChoice = import.meta.env.STORYBOOK_THEME === 'dark' ? 'dark' : import.meta.env.STORYBOOK_THEME === 'light' ? 'light' : 'system';

const prefersDark = window.matchMedia(prefersDarkQuery);
let choice: ThemeChoice = buildChoice;
const listeners = new Set<() => void>();

function notify() {
  for (const listener of listeners) listener();
}

/** The preview's theme now: docs pages have no story context to read the toolbar from, so the channel is followed here. */
export function currentTheme(): Theme {
  return resolveTheme(choice, prefersDark.matches);
}

export function themeOfGlobals(globals: Record<string, unknown>): Theme {
  return resolveTheme(themeChoice(globals['theme'], buildChoice), prefersDark.matches);
}

function follow({ globals }: { globals?: Record<string, unknown> }) {
  const next = themeChoice(globals?.['theme'], buildChoice);
  if (next === choice) return;
  choice = next;
  notify();
}

// The channel exists before the preview annotations load, so the first globals (from the URL) are not missed.
const channel = addons.getChannel();
channel.on(SET_GLOBALS, follow);
channel.on(GLOBALS_UPDATED, follow);
prefersDark.addEventListener('change', notify);

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useTheme(): Theme {
  return useSyncExternalStore(subscribe, currentTheme, () => 'light');
}
