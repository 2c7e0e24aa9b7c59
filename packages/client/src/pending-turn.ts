import { z } from 'zod';

const pendingTurnSchema = z.object({
  /** The id of the user message the turn starts with (`conversation.user_message`). */
  messageId: z.string().min(1),
  text: z.string(),
  model: z.string(),
  fileIds: z.array(z.string()),
  attachments: z.array(
    z.object({ name: z.string(), bytes: z.number().nullable().optional(), mimeType: z.string().nullable().optional(), fileId: z.string().nullable().optional() }),
  ),
  /** The conversation token the request was sent with (the resume route needs the same one). */
  token: z.string().nullable(),
  /** Known once the answer started upstream: the turn can then be resumed. */
  responseId: z.string().nullable(),
  sentAt: z.number(),
});

/** A turn on its way: written before the request leaves, forgotten when the turn ends. */
export type PendingTurn = z.infer<typeof pendingTurnSchema>;

/**
 * Where the turn in flight is kept so a reload cannot lose it. Synchronous on purpose: a reload right after
 * Send must find it, and an asynchronous write may not finish before the page goes away.
 */
export interface PendingTurnStorage {
  load(): PendingTurn | null;
  save(turn: PendingTurn): void;
  clear(): void;
}

/** Stored data outlives code versions and can be edited by hand: anything unreadable counts as absent. */
export function readPendingTurn(value: unknown): PendingTurn | null {
  let parsed: unknown = value;
  if (typeof value === 'string') {
    try {
      parsed = JSON.parse(value);
    } catch {
      return null;
    }
  }
  const result = pendingTurnSchema.safeParse(parsed);
  return result.success ? result.data : null;
}

/** The pending turn under `key` in `localStorage`; a storage that refuses writes (quota, private mode) keeps nothing. */
export function localPendingTurnStorage(key = 'execards-pending-turn', storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | undefined = globalThis.localStorage): PendingTurnStorage {
  if (!storage) return memoryPendingTurnStorage();
  return {
    load: () => {
      try {
        return readPendingTurn(storage.getItem(key));
      } catch {
        return null;
      }
    },
    save: (turn) => {
      try {
        storage.setItem(key, JSON.stringify(turn));
      } catch (error) {
        console.warn('The message being sent could not be kept in this browser.', error);
      }
    },
    clear: () => {
      try {
        storage.removeItem(key);
      } catch {
        // Nothing to forget.
      }
    },
  };
}

/** Keeps the pending turn in memory only (tests, or where nothing may be stored). */
export function memoryPendingTurnStorage(initial: PendingTurn | null = null): PendingTurnStorage {
  let saved = initial;
  return {
    load: () => saved,
    save: (turn) => {
      saved = turn;
    },
    clear: () => {
      saved = null;
    },
  };
}
