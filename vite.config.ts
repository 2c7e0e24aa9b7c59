import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defaultClientConditions, defaultServerConditions } from 'vite';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import { chromiumArgs, chromiumPath } from './tooling/chromium.js';
import { emulateMedia } from './tooling/vitest/emulate-media.js';

const root = path.dirname(fileURLToPath(import.meta.url));
// Workspace packages are tested from source: no build needed before `vitest`.
const sourceCondition = '@execards/source';

function project(name: string, directory: string, environment: 'node' | 'happy-dom'): TestProjectInlineConfiguration {
  return {
    plugins: environment === 'happy-dom' ? [react()] : [],
    resolve: { conditions: [sourceCondition, ...defaultClientConditions] },
    ssr: { resolve: { conditions: [sourceCondition, ...defaultServerConditions] } },
    test: {
      name,
      root: path.join(root, directory),
      include: ['src/**/*.test.{ts,tsx}'],
      environment,
      // Vitest's 5 s default is for an idle machine; CI's 2 cores run browsers, Python and servers beside the tests.
      testTimeout: 30_000,
      setupFiles: environment === 'happy-dom' ? [path.join(root, 'tooling/vitest/setup-dom.ts')] : [],
    },
  };
}

const storybookDependencies = [
  '@storybook/addon-a11y/preview',
  '@storybook/react-vite',
  'storybook/test',
  'react',
  'react/jsx-dev-runtime',
  'react/jsx-runtime',
  'react-dom',
  'react-dom/client',
  '@execards/react > @tanstack/react-table',
  '@execards/react > @tanstack/react-virtual',
  '@execards/react > papaparse',
  '@execards/react > zod',
  '@execards/react > prism-react-renderer',
  '@execards/react > react-markdown',
  '@execards/react > remark-gfm',
  '@execards/react > pdfjs-dist',
  '@execards/react > mammoth/mammoth.browser.js',
];

/** Every story runs in real Chromium with its play function and an axe check, once per theme. */
function storybookProject(theme: 'light' | 'dark'): TestProjectInlineConfiguration {
  return {
    plugins: [storybookTest({ configDir: path.join(root, '.storybook') })],
    resolve: { conditions: [sourceCondition, ...defaultClientConditions] },
    define: { 'import.meta.env.STORYBOOK_THEME': JSON.stringify(theme) },
    cacheDir: path.join(root, `node_modules/.vite/storybook-${theme}`),
    // Pre-bundled up front: a dependency discovered mid-run makes Vite reload the page under the test.
    optimizeDeps: { include: storybookDependencies },
    test: {
      name: `storybook-${theme}`,
      // The browser default (15 s) is too short for the stories that generate and parse millions of rows.
      testTimeout: 60_000,
      // Lets a story emulate forced colours or reduced motion, and press real keys (packages/react/src/test-support/media.ts, keyboard.ts).
      setupFiles: [path.join(root, 'tooling/vitest/setup-media.ts'), path.join(root, 'tooling/vitest/setup-keyboard.ts'), path.join(root, 'tooling/vitest/setup-async-wait.ts')],
      browser: {
        commands: { emulateMedia },
        enabled: true,
        headless: true,
        provider: playwright({ launchOptions: { executablePath: chromiumPath, args: chromiumArgs } }),
        instances: [{ browser: 'chromium' }],
      },
    },
  };
}

export default defineConfig({
  test: {
    projects: [
      project('core', 'packages/core', 'node'),
      project('client', 'packages/client', 'node'),
      project('react', 'packages/react', 'happy-dom'),
      project('ai-sdk', 'packages/ai-sdk', 'happy-dom'),
      project('assistant-ui', 'packages/assistant-ui', 'happy-dom'),
      project('emulator', 'apps/emulator', 'node'),
      project('proxy', 'apps/proxy', 'node'),
      project('demo', 'apps/demo', 'happy-dom'),
      {
        resolve: { conditions: [sourceCondition, ...defaultServerConditions] },
        ssr: { resolve: { conditions: [sourceCondition, ...defaultServerConditions] } },
        test: { name: 'with-next', root: path.join(root, 'examples/with-next'), include: ['{app,lib}/**/*.test.ts'], environment: 'node' },
      },
      // Checks of the repository itself (its workspace layout), not of one package.
      { test: { name: 'tooling', root: path.join(root, 'tooling'), include: ['**/*.test.ts'], exclude: ['**/node_modules/**'], environment: 'node' } },
      storybookProject('light'),
      storybookProject('dark'),
    ],
  },
});
