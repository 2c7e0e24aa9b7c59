import { z } from 'zod';
import type { Signer } from './signing.js';

const maxFilesPerConversation = 500;

/**
 * What the server must trust about a conversation, carried by the browser in a token the server signed:
 * any instance can continue any conversation without a shared store.
 */
export const conversationStateSchema = z.strictObject({
  v: z.literal(1),
  /** The last response, sent upstream as `previous_response_id`. */
  previousResponseId: z.string().min(1).nullable(),
  /** The explicit container, null with auto containers or before the first turn. */
  containerId: z.string().min(1).nullable(),
  /** Every file this conversation uploaded (ids from the upstream Files API). */
  uploadedFileIds: z.array(z.string().min(1)).max(maxFilesPerConversation),
  /** The uploaded files already copied into the container. */
  containerFileIds: z.array(z.string().min(1)).max(maxFilesPerConversation),
  /** Bytes of generated files archived for this conversation so far (for `archive.maxConversationBytes`); absent in older tokens. */
  archivedBytes: z.number().int().min(0).optional(),
});

export type ConversationState = z.infer<typeof conversationStateSchema>;

export const emptyConversation: ConversationState = { v: 1, previousResponseId: null, containerId: null, uploadedFileIds: [], containerFileIds: [] };

export function encodeConversationToken(signer: Signer, state: ConversationState): string {
  const payload = Buffer.from(JSON.stringify(state)).toString('base64url');
  return `${payload}.${signer.sign(`conversation.${payload}`)}`;
}

/** The state inside a token, or null when the token was not signed by us (or was altered). */
export function decodeConversationToken(signer: Signer, token: string): ConversationState | null {
  const [payload, signature, extra] = token.split('.');
  if (!payload || !signature || extra !== undefined) return null;
  if (!signer.verify(`conversation.${payload}`, signature)) return null;
  try {
    const parsed = conversationStateSchema.safeParse(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function withUploadedFiles(state: ConversationState, fileIds: readonly string[]): ConversationState {
  const uploaded = [...new Set([...state.uploadedFileIds, ...fileIds])];
  return { ...state, uploadedFileIds: uploaded.slice(-maxFilesPerConversation) };
}
