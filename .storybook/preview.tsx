import '@execards/react/styles.css';
import './preview.css';
import type { Decorator, Preview } from '@storybook/react-vite';

type Theme = 'light' | 'dark';

// The story test runs set the theme at build time so every story is checked in both; the toolbar overrides it.
const buildTheme: Theme = import.meta.env.STORYBOOK_THEME === 'dark' ? 'dark' : 'light';

const withTheme: Decorator = (Story, context) => {
  const theme: Theme = context.globals.theme === 'dark' || context.globals.theme === 'light' ? context.globals.theme : buildTheme;
  document.documentElement.dataset.theme = theme;
  return (
    <div className="xc-story-frame" data-theme={theme}>
      <Story />
    </div>
  );
};

const preview: Preview = {
  decorators: [withTheme],
  globalTypes: {
    theme: {
      description: 'Color theme of the kit',
      toolbar: { title: 'Theme', icon: 'mirror', items: ['light', 'dark'], dynamicTitle: true },
    },
  },
  parameters: {
    layout: 'padded',
    a11y: { test: 'error' },
  },
};

export default preview;
