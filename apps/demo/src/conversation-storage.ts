/**
 * Where the demo keeps the conversation between page loads: IndexedDB (images are 100–250 KB
 * data URIs each, too much for localStorage's few megabytes). One record, the current chat.
 */

export interface SavedConversation {
  /** `serializeConversation(state)` from core. */
  readonly state: string;
  /** The model picked for it. */
  readonly model: string;
  readonly savedAt: number;
}

export interface ConversationStorage {
  load(): Promise<SavedConversation | null>;
  save(saved: SavedConversation): Promise<void>;
  clear(): Promise<void>;
}

/** Stored data outlives code versions: anything not of the expected shape is treated as absent. */
function isSavedConversation(value: unknown): value is SavedConversation {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record['state'] === 'string' && typeof record['model'] === 'string' && typeof record['savedAt'] === 'number';
}

const storeName = 'conversations';
const currentKey = 'current';

function promised<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

function completed(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB transaction failed'));
    transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
  });
}

/** The conversation in an IndexedDB database called `databaseName` (opened lazily, once). */
export function indexedDbStorage(databaseName = 'execards-demo', factory: IDBFactory = indexedDB): ConversationStorage {
  let database: Promise<IDBDatabase> | null = null;
  function open(): Promise<IDBDatabase> {
    database ??= new Promise((resolve, reject) => {
      const request = factory.open(databaseName, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(storeName);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened'));
    });
    return database;
  }

  return {
    async load() {
      const transaction = (await open()).transaction(storeName, 'readonly');
      const value: unknown = await promised(transaction.objectStore(storeName).get(currentKey));
      return isSavedConversation(value) ? value : null;
    },
    async save(saved) {
      const transaction = (await open()).transaction(storeName, 'readwrite');
      transaction.objectStore(storeName).put(saved, currentKey);
      await completed(transaction);
    },
    async clear() {
      const transaction = (await open()).transaction(storeName, 'readwrite');
      transaction.objectStore(storeName).delete(currentKey);
      await completed(transaction);
    },
  };
}

/** Keeps nothing across page loads: where IndexedDB is missing (or refused, e.g. in private modes). */
export function memoryStorage(): ConversationStorage {
  let saved: SavedConversation | null = null;
  return {
    load: () => Promise.resolve(saved),
    save: (next) => {
      saved = next;
      return Promise.resolve();
    },
    clear: () => {
      saved = null;
      return Promise.resolve();
    },
  };
}

export function defaultStorage(): ConversationStorage {
  return typeof indexedDB === 'undefined' ? memoryStorage() : indexedDbStorage();
}
