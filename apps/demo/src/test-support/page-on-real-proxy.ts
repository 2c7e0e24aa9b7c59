import { afterAll, beforeAll } from 'vitest';
import { startChildStack, type ChildStack } from '../../../../tooling/test-stack/child-stack.js';

declare global {
  interface Window {
    happyDOM: { setURL(url: string): void };
  }
}

/**
 * A real emulator and proxy for the tests of the calling `describe` block, with the page placed on the proxy's
 * origin (the app calls `/api/...` on its own origin).
 */
export function placePageOnRealProxy(): void {
  let stack: ChildStack | undefined;
  beforeAll(async () => {
    stack = await startChildStack();
    window.happyDOM.setURL(`${stack.proxyUrl}/`);
  }, 60_000);
  afterAll(async () => {
    await stack?.stop();
  });
}
