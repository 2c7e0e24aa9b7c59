import { GLOBALS_UPDATED, SET_GLOBALS } from 'storybook/internal/core-events';
import { addons } from 'storybook/manager-api';
import { themes } from 'storybook/theming';
import { prefersDarkQuery, resolveTheme, themeChoice } from './theme-choice.js';

// Storybook's own chrome (sidebar, toolbar, panels) follows the theme picked in the toolbar, or the system's.
addons.register('execards/theme', (api) => {
  const prefersDark = window.matchMedia(prefersDarkQuery);
  let choice = themeChoice(api.getGlobals()['theme'], 'system');
  const apply = () => api.setOptions({ theme: themes[resolveTheme(choice, prefersDark.matches)] });
  const follow = ({ globals }: { globals?: Record<string, unknown> }) => {
    choice = themeChoice(globals?.['theme'], 'system');
    apply();
  };
  api.on(SET_GLOBALS, follow);
  api.on(GLOBALS_UPDATED, follow);
  prefersDark.addEventListener('change', apply);
  apply();
});
