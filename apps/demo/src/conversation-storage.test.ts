import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { indexedDbStorage, memoryStorage } from './conversation-storage.js';

// fake-indexeddb is a complete IndexedDB implementation in JavaScript (happy-dom has none).
describe('indexedDbStorage', () => {
  it('saves, loads (also from a second connection, as after a reload) and clears the conversation', async () => {
    const factory = new IDBFactory();
    const storage = indexedDbStorage('test-db', factory);
    await expect(storage.load()).resolves.toBeNull();
    const saved = { state: JSON.stringify({ version: 1, big: 'x'.repeat(300_000) }), model: 'gpt-5', savedAt: 42 };
    await storage.save(saved);
    await expect(indexedDbStorage('test-db', factory).load()).resolves.toEqual(saved);
    await storage.clear();
    await expect(indexedDbStorage('test-db', factory).load()).resolves.toBeNull();
  });

  it('treats a record of another shape as absent', async () => {
    const factory = new IDBFactory();
    const storage = indexedDbStorage('odd-db', factory);
    await storage.save({ state: 'x', model: 'm', savedAt: 1 });
    await storage.save({ state: 5, model: 'm' } as never);
    await expect(storage.load()).resolves.toBeNull();
  });
});

describe('memoryStorage', () => {
  it('keeps the last save until cleared', async () => {
    const storage = memoryStorage();
    await storage.save({ state: 's', model: 'm', savedAt: 1 });
    await expect(storage.load()).resolves.toEqual({ state: 's', model: 'm', savedAt: 1 });
    await storage.clear();
    await expect(storage.load()).resolves.toBeNull();
  });
});
