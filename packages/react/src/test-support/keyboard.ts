type PressKeys = (keys: string) => Promise<void>;

/**
 * Presses real keys in story tests (Playwright's keyboard through Vitest, set up in
 * tooling/vitest/setup-keyboard.ts), in user-event's notation (`{Tab}`, `{Shift>}{Tab}{/Shift}`).
 * Simulated keys cannot move focus into a frame; these can. Returns false in the Storybook UI.
 */
export async function pressKeys(keys: string): Promise<boolean> {
  const press = (globalThis as { __execardsPressKeys?: PressKeys }).__execardsPressKeys;
  if (!press) return false;
  await press(keys);
  return true;
}
