import '@execards/react/styles.css';
import './preview.css';
import { LabelsProvider, type LabelOverrides } from '@execards/react';
import { de } from '@execards/react/locales/de';
import { fr } from '@execards/react/locales/fr';
import type { Decorator, Preview } from '@storybook/react-vite';
import { MINIMAL_VIEWPORTS } from 'storybook/viewport';
import { DocsPage } from '../docs/site/DocsPage.js';
import { stressStoryIds } from '../docs/site/stress-stories.js';
import { ThemedDocsContainer } from './ThemedDocsContainer.js';
import { themeOfGlobals } from './use-theme.js';

const withTheme: Decorator = (Story, context) => {
  const theme = themeOfGlobals(context.globals);
  document.documentElement.dataset.theme = theme;
  return (
    <div className="xc-story-frame" data-theme={theme}>
      <Story />
    </div>
  );
};

// English is the kit's default set: no overrides.
const locales: Record<string, LabelOverrides> = { en: {}, de, fr };

const withLocale: Decorator = (Story, context) => {
  const locale = typeof context.globals.locale === 'string' && context.globals.locale in locales ? context.globals.locale : 'en';
  return (
    <LabelsProvider labels={locales[locale] ?? {}}>
      <div lang={locale}>
        <Story />
      </div>
    </LabelsProvider>
  );
};

const preview: Preview = {
  // Every component gets a docs page: description, props table, every story, its styling selectors.
  tags: ['autodocs'],
  decorators: [withLocale, withTheme],
  globalTypes: {
    theme: {
      description: 'Color theme of the kit',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'system', title: 'System', icon: 'browser' },
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Language of the kit’s labels',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'de', title: 'Deutsch' },
          { value: 'fr', title: 'Français' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en' },
  parameters: {
    layout: 'padded',
    a11y: { test: 'error' },
    docs: { page: DocsPage, container: ThemedDocsContainer, codePanel: true, stories: { filter: (story: { id: string }) => !stressStoryIds.has(story.id) } },
    viewport: {
      options: {
        ...MINIMAL_VIEWPORTS,
        phone390: { name: 'Phone, 390 px', styles: { width: '390px', height: '844px' }, type: 'mobile' },
      },
    },
  },
};

export default preview;
