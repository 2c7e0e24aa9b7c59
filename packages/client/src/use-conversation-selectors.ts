'use client';
import type { ConversationState, ConversationStore, GeneratedFile, OutputItem, ProxyError, ProxyNotice, Turn } from '@execards/core';
import { useCallback, useMemo, useSyncExternalStore } from 'react';

/**
 * Per-turn and per-item subscriptions over core's store. Each hook re-renders its component only when what it
 * selects changes: the reducer shares the structure of untouched turns, items and files, so a delta to the last turn
 * leaves every earlier turn's selection identical and their components are skipped. The selectors stay cheap: the
 * lookup of a turn by id is indexed once per state, however many components ask.
 */

type Equality<T> = (previous: T, next: T) => boolean;

/** Same length and the same elements (by identity). */
export function shallowEqualArrays<T>(previous: readonly T[], next: readonly T[]): boolean {
  return previous.length === next.length && previous.every((value, index) => Object.is(value, next[index]));
}

/** Same keys with the same values (by identity). */
export function shallowEqualRecords<T>(previous: Readonly<Record<string, T>>, next: Readonly<Record<string, T>>): boolean {
  const keys = Object.keys(previous);
  return keys.length === Object.keys(next).length && keys.every((key) => Object.hasOwn(next, key) && Object.is(previous[key], next[key]));
}

/**
 * What `selector` picks from the store's state; the component re-renders only when `isEqual` says the pick changed.
 * An equal pick keeps its first reference, so it can feed `memo` components and effect dependencies. Pass a stable
 * `selector` (module level or `useCallback`): a new one starts the comparison over.
 */
export function useConversationSelector<T>(store: ConversationStore, selector: (state: ConversationState) => T, isEqual: Equality<T> = Object.is): T {
  const getSelection = useMemo(() => memoizedSelection(store, selector, isEqual), [store, selector, isEqual]);
  return useSyncExternalStore(store.subscribe, getSelection, getSelection);
}

/** A snapshot getter for `useSyncExternalStore`: the same value while the state is the same or the pick is equal. */
function memoizedSelection<T>(store: ConversationStore, selector: (state: ConversationState) => T, isEqual: Equality<T>): () => T {
  let cached: { state: ConversationState; value: T } | null = null;
  return () => {
    const state = store.getSnapshot();
    if (cached?.state === state) return cached.value;
    const picked = selector(state);
    const value = cached && isEqual(cached.value, picked) ? cached.value : picked;
    cached = { state, value };
    return value;
  };
}

const turnIndexes = new WeakMap<readonly Turn[], ReadonlyMap<string, Turn>>();

/** The turn with `id`, from an index built once per `turns` array (shared by every subscriber). */
export function selectTurn(state: ConversationState, id: string): Turn | undefined {
  let index = turnIndexes.get(state.turns);
  if (!index) {
    index = new Map(state.turns.map((turn) => [turn.id, turn]));
    turnIndexes.set(state.turns, index);
  }
  return index.get(id);
}

const noFiles: Readonly<Record<string, GeneratedFile>> = Object.freeze({});

const turnFiles = new WeakMap<Turn, { files: ConversationState['files']; picked: Readonly<Record<string, GeneratedFile>> }>();

/** The generated files a turn's messages link to, keyed by container path (what its output cards look up). */
export function selectTurnFiles(state: ConversationState, turnId: string): Readonly<Record<string, GeneratedFile>> {
  const turn = selectTurn(state, turnId);
  if (!turn) return noFiles;
  // Most deltas change neither the turn nor the files: the earlier pick is reused without a walk of the turn.
  const known = turnFiles.get(turn);
  if (known?.files === state.files) return known.picked;
  const picked: Record<string, GeneratedFile> = {};
  for (const item of turn.items) {
    if (item.kind !== 'message') continue;
    for (const link of item.links) {
      const file = state.files[link.path];
      if (file) picked[link.path] = file;
    }
  }
  const result = Object.keys(picked).length === 0 ? noFiles : picked;
  turnFiles.set(turn, { files: state.files, picked: result });
  return result;
}

const noNotices: readonly ProxyNotice[] = Object.freeze([]);
const noErrors: readonly ProxyError[] = Object.freeze([]);
const noticesByTurn = new WeakMap<readonly ProxyNotice[], ReadonlyMap<string | null, readonly ProxyNotice[]>>();
const errorsByTurn = new WeakMap<readonly ProxyError[], ReadonlyMap<string | null, readonly ProxyError[]>>();

/** Entries grouped by their turn, once per array (shared by every subscriber). */
function groupByTurn<T extends { readonly turnId: string | null }>(cache: WeakMap<readonly T[], ReadonlyMap<string | null, readonly T[]>>, entries: readonly T[]): ReadonlyMap<string | null, readonly T[]> {
  let groups = cache.get(entries);
  if (!groups) {
    const grouped = new Map<string | null, T[]>();
    for (const entry of entries) grouped.set(entry.turnId, [...(grouped.get(entry.turnId) ?? []), entry]);
    groups = grouped;
    cache.set(entries, groups);
  }
  return groups;
}

const turnIdsOf = (state: ConversationState): readonly string[] => state.turns.map((turn) => turn.id);

/** The ids of the conversation's turns, in order; the same array until a turn is added or removed. */
export function useTurnIds(store: ConversationStore): readonly string[] {
  return useConversationSelector(store, turnIdsOf, shallowEqualArrays);
}

/** One turn; the same object until that turn changes. */
export function useTurn(store: ConversationStore, turnId: string): Turn | undefined {
  return useConversationSelector(store, useCallback((state: ConversationState) => selectTurn(state, turnId), [turnId]));
}

/** One output item (message, code run, reasoning) of a turn; the same object until that item changes. */
export function useItem(store: ConversationStore, turnId: string, itemId: string): OutputItem | undefined {
  return useConversationSelector(store, useCallback((state: ConversationState) => selectTurn(state, turnId)?.items.find((item) => item.id === itemId), [turnId, itemId]));
}

/** The generated files a turn links to (for `AssistantMessage`'s `files`); the same record until one of them changes. */
export function useTurnFiles(store: ConversationStore, turnId: string): Readonly<Record<string, GeneratedFile>> {
  return useConversationSelector(store, useCallback((state: ConversationState) => selectTurnFiles(state, turnId), [turnId]), shallowEqualRecords);
}

/** The proxy's notices about a turn; the same array until one is added. */
export function useTurnNotices(store: ConversationStore, turnId: string): readonly ProxyNotice[] {
  return useConversationSelector(store, useCallback((state: ConversationState) => groupByTurn(noticesByTurn, state.notices).get(turnId) ?? noNotices, [turnId]), shallowEqualArrays);
}

/** The proxy's errors about a turn; the same array until one is added. */
export function useTurnErrors(store: ConversationStore, turnId: string): readonly ProxyError[] {
  return useConversationSelector(store, useCallback((state: ConversationState) => groupByTurn(errorsByTurn, state.proxyErrors).get(turnId) ?? noErrors, [turnId]), shallowEqualArrays);
}
