import { userEvent } from 'vitest/browser';

/**
 * Stories press real keys through `globalThis.__execardsPressKeys` (see
 * packages/react/src/test-support/keyboard.ts): under Vitest it is Playwright's keyboard, whose Tab
 * moves focus the way the browser does, into and out of frames; in the Storybook UI it does not exist.
 */
Object.assign(globalThis, { __execardsPressKeys: (keys: string) => userEvent.keyboard(keys) });
