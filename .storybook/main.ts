import type { StorybookConfig } from '@storybook/react-vite';
import { defaultClientConditions } from 'vite';
import { clientOnlyBundle } from '../tooling/client-directives.js';

const config: StorybookConfig = {
  framework: '@storybook/react-vite',
  stories: ['../packages/react/src/**/*.stories.@(ts|tsx)', '../packages/ai-sdk/src/**/*.stories.@(ts|tsx)', '../packages/assistant-ui/src/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-vitest', '@storybook/addon-a11y'],
  core: { disableTelemetry: true },
  viteFinal: (config) => ({
    ...config,
    resolve: { ...config.resolve, conditions: ['@execards/source', ...defaultClientConditions] },
    plugins: [...(config.plugins ?? []), clientOnlyBundle()],
  }),
};

export default config;
