/**
 * Saving a conversation and loading it back (say across a page reload). The state is plain data,
 * so saving is JSON; loading checks the shape (stored data may be old, truncated or tampered with)
 * and fills in fields added since it was saved, so a restored conversation renders fully.
 */
import { z } from 'zod';
import { withLogOutcome } from './execution-outcome.js';
import { createInitialState } from './initial-state.js';
import type { ConversationState, FileAvailability, Turn } from './state.js';

/** Bumped when a saved state can no longer be read as the current one. */
export const persistedStateVersion = 1;

const generatedFileSchema = z.looseObject({
  path: z.string().startsWith('/mnt/data/'),
  filename: z.string(),
  kind: z.string(),
  fileId: z.string().nullable(),
  containerId: z.string().nullable(),
  bytes: z.number().nullable(),
  url: z.string().nullable(),
  autoCaptured: z.boolean(),
  turnId: z.string().nullable(),
  storage: z.enum(['container', 'archive']).default('container'),
  sha256: z.string().nullable().default(null),
  availability: z.enum(['unknown', 'live', 'archived', 'gone', 'checking', 'rerunning']).default('unknown'),
  availabilityMessage: z.string().nullable().default(null),
});

const itemSchema = z.looseObject({ kind: z.enum(['message', 'execution', 'reasoning']), id: z.string() });

const turnSchema = z.looseObject({
  id: z.string(),
  user: z.looseObject({ id: z.string(), text: z.string(), attachments: z.array(z.looseObject({ name: z.string() })) }).nullable(),
  response: z.looseObject({ id: z.string(), status: z.string() }).nullable(),
  items: z.array(itemSchema),
  lastSequenceNumber: z.number(),
});

const persistedSchema = z.object({
  version: z.literal(persistedStateVersion),
  state: z.looseObject({
    turns: z.array(turnSchema),
    files: z.record(z.string(), generatedFileSchema),
    conversationToken: z.string().nullable(),
    diagnostics: z.array(z.unknown()).default([]),
    unknownEventCount: z.number().default(0),
    notices: z.array(z.unknown()).default([]),
    proxyErrors: z.array(z.unknown()).default([]),
  }),
});

export type RestoreResult = { readonly ok: true; readonly state: ConversationState } | { readonly ok: false; readonly error: string };

/** The state as JSON text, with a version stamp. */
export function serializeConversation(state: ConversationState): string {
  return JSON.stringify({ version: persistedStateVersion, state });
}

/**
 * Reads what `serializeConversation` wrote (JSON text or the parsed value). Never throws: bad input
 * comes back as `{ ok: false, error }`. A file whose availability was in flight when saved
 * is settled: `checking` becomes `unknown` and `rerunning` becomes `gone` (that request died with the page).
 * A call saved as completed whose logs end in a Python traceback (saved before that was recognized)
 * comes back failed, as the reducer now records it.
 */
export function restoreConversation(saved: unknown): RestoreResult {
  let value = saved;
  if (typeof saved === 'string') {
    try {
      value = JSON.parse(saved);
    } catch {
      return { ok: false, error: 'The saved conversation is not JSON.' };
    }
  }
  const parsed = persistedSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: `The saved conversation cannot be read (${issue ? `${issue.path.join('.') || 'root'}: ${issue.message}` : 'invalid'}).` };
  }
  const restored = parsed.data.state as unknown as ConversationState;
  const files = Object.fromEntries(
    Object.entries(restored.files).map(([path, file]) => {
      const settled: FileAvailability = file.availability === 'checking' ? 'unknown' : file.availability === 'rerunning' ? 'gone' : file.availability;
      return [path, settled === file.availability ? file : { ...file, availability: settled }];
    }),
  );
  return { ok: true, state: { ...createInitialState(), ...restored, files, turns: restored.turns.map(withSettledOutcomes) } };
}

function withSettledOutcomes(turn: Turn): Turn {
  let changed = false;
  const items = turn.items.map((item) => {
    if (item.kind !== 'execution' || typeof item.logs !== 'string') return item;
    const settled = withLogOutcome(item);
    if (settled !== item) changed = true;
    return settled;
  });
  return changed ? { ...turn, items } : turn;
}
