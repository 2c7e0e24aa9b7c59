import { z } from 'zod';

/** Message types shared by the parent and the script injected into the frame. */
export const frameMessageType = {
  height: 'execards-html:height',
  ready: 'execards-html:ready',
  capture: 'execards-html:capture',
  png: 'execards-html:png',
  pngError: 'execards-html:png-error',
  /** Where keyboard focus is: inside the page (reached by keyboard) or not. */
  keyboardFocus: 'execards-html:keyboard-focus',
  /** Escape was pressed in the page: the parent moves focus out of the frame. */
  leave: 'execards-html:leave',
} as const;

/** Largest PNG data URL accepted back from a frame (about 37 MB of image). */
export const maxPngDataUrlLength = 50_000_000;

/**
 * What a frame may send. The frame runs untrusted code that can post anything, so every message
 * is checked for its source window (by the caller), its channel and this shape before it is used.
 */
export const frameMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal(frameMessageType.height), channel: z.string(), height: z.number().finite().nonnegative() }),
  z.object({ type: z.literal(frameMessageType.ready), channel: z.string() }),
  z.object({
    type: z.literal(frameMessageType.png),
    channel: z.string(),
    id: z.string(),
    dataUrl: z.string().startsWith('data:image/png;base64,').max(maxPngDataUrlLength),
    width: z.number().int().positive(),
    height: z.number().int().positive(),
  }),
  z.object({ type: z.literal(frameMessageType.pngError), channel: z.string(), id: z.string(), message: z.string().max(2_000) }),
  z.object({ type: z.literal(frameMessageType.keyboardFocus), channel: z.string(), inside: z.boolean() }),
  z.object({ type: z.literal(frameMessageType.leave), channel: z.string() }),
]);

export type FrameMessage = z.infer<typeof frameMessageSchema>;
