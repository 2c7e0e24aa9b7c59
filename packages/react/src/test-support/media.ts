/** What a story may ask the test browser to emulate. */
export interface EmulatedMedia {
  forcedColors?: 'active' | 'none' | null;
  reducedMotion?: 'reduce' | 'no-preference' | null;
}

type Emulate = (options: EmulatedMedia) => Promise<void>;

/**
 * Emulates media features in story tests (Playwright through a Vitest command, set up in
 * tooling/vitest/setup-media.ts). Returns false in the Storybook UI, where the browser's own
 * settings apply (DevTools > Rendering emulates them by hand).
 */
export async function emulateMedia(options: EmulatedMedia): Promise<boolean> {
  const emulate = (globalThis as { __execardsEmulateMedia?: Emulate }).__execardsEmulateMedia;
  if (!emulate) return false;
  await emulate(options);
  return true;
}
