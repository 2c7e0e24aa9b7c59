import { z } from 'zod';
import type { FileStatusAction } from './actions.js';
import type { ConversationState, Diagnostic } from './state.js';

export const fileStatusActionSchema = z.object({
  type: z.literal('conversation.file_status'),
  path: z.string().startsWith('/mnt/data/'),
  status: z.enum(['unknown', 'live', 'archived', 'gone', 'checking', 'rerunning']),
  message: z.string().nullish(),
});

function rejected(state: ConversationState, message: string): ConversationState {
  const diagnostic: Diagnostic = { code: 'invalid_event', message, eventType: 'conversation.file_status', sequenceNumber: null };
  return { ...state, diagnostics: [...state.diagnostics, diagnostic] };
}

/** Applies a `conversation.file_status` action: the file's availability changes; nothing else does. */
export function reduceFileStatus(state: ConversationState, action: FileStatusAction): ConversationState {
  const parsed = fileStatusActionSchema.safeParse(action);
  if (!parsed.success) return rejected(state, `invalid conversation.file_status action: ${parsed.error.issues.map((issue) => `${issue.path.join('.') || '(action)'}: ${issue.message}`).join('; ')}`);
  const { path, status, message } = parsed.data;
  const file = state.files[path];
  if (!file) return rejected(state, `conversation.file_status names no known file: ${path}`);
  const availabilityMessage = message ?? null;
  if (file.availability === status && file.availabilityMessage === availabilityMessage) return state;
  return { ...state, files: { ...state.files, [path]: { ...file, availability: status, availabilityMessage } } };
}
