import { afterEach } from 'vitest';
import { commands } from 'vitest/browser';
import type { MediaOptions } from './emulate-media.js';

declare module 'vitest/browser' {
  interface BrowserCommands {
    emulateMedia: (options: MediaOptions) => Promise<void>;
  }
}

/**
 * Stories ask for media features through `globalThis.__execardsEmulateMedia` (see
 * packages/react/src/test-support/media.ts): under Vitest it is Playwright's emulation; in the
 * Storybook UI it does not exist and the story renders with the browser's own settings.
 */
Object.assign(globalThis, { __execardsEmulateMedia: (options: MediaOptions) => commands.emulateMedia(options) });

afterEach(async () => {
  await commands.emulateMedia({ forcedColors: null, reducedMotion: null });
});
