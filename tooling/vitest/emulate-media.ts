import type { BrowserCommand } from 'vitest/node';
import { z } from 'zod';

const mediaOptions = z.object({
  forcedColors: z.enum(['active', 'none']).nullable().optional(),
  reducedMotion: z.enum(['reduce', 'no-preference']).nullable().optional(),
  colorScheme: z.enum(['light', 'dark', 'no-preference']).nullable().optional(),
});

export type MediaOptions = z.infer<typeof mediaOptions>;

/** Story tests' `emulateMedia` command: Playwright's media emulation (forced colours, reduced motion) for the page the stories run in. */
export const emulateMedia: BrowserCommand<[options: unknown]> = async (context, options) => {
  await context.page.emulateMedia(mediaOptions.parse(options));
};
