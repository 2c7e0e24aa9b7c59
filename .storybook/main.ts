import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/react-vite';
import { defaultClientConditions } from 'vite';
import { clientOnlyBundle } from '../tooling/client-directives.js';
import { replayerPresets } from '../tooling/storybook/replayer-presets.js';

const config: StorybookConfig = {
  framework: '@storybook/react-vite',
  stories: [
    '../docs/site/**/*.mdx',
    '../docs/site/**/*.stories.@(ts|tsx)',
    '../packages/react/src/**/*.stories.@(ts|tsx)',
    '../packages/ai-sdk/src/**/*.stories.@(ts|tsx)',
    '../packages/assistant-ui/src/**/*.stories.@(ts|tsx)',
  ],
  addons: ['@storybook/addon-docs', '@storybook/addon-vitest', '@storybook/addon-a11y'],
  core: { disableTelemetry: true },
  typescript: {
    // The TypeScript docgen reads props declared in other files and through forwardRef; the inherited DOM props are left out.
    reactDocgen: 'react-docgen-typescript',
    reactDocgenTypescriptOptions: {
      // Its own tsconfig resolves the workspace packages to their sources (the root one has no options and would need
      // every package's dist), so an adapter's props that extend a kit component's are read with their descriptions.
      tsconfigPath: fileURLToPath(new URL('tsconfig.docgen.json', import.meta.url)),
      shouldExtractLiteralValuesFromEnum: true,
      shouldRemoveUndefinedFromOptional: true,
      propFilter: (prop) => !prop.parent || !/node_modules/.test(prop.parent.fileName),
    },
  },
  viteFinal: (config) => ({
    ...config,
    resolve: { ...config.resolve, conditions: ['@execards/source', ...defaultClientConditions] },
    plugins: [...(config.plugins ?? []), clientOnlyBundle(), replayerPresets()],
  }),
};

export default config;
