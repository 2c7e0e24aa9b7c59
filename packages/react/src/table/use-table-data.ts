'use client';
import { useCallback, useDeferredValue, useLayoutEffect, useMemo, useSyncExternalStore } from 'react';
import type { CsvSnapshot } from './csv-store.js';
import { computeRowOrder, type TableSort } from './row-order.js';
import { createTableStore, type TableSourceProps, type TableSourceResult } from './table-source.js';
import { useControllableState } from '../use-controllable-state.js';

export type TableViewState = 'loading' | 'streaming' | 'done' | 'empty' | 'error';

export interface TableDataOptions extends TableSourceProps {
  parseInWorker: boolean;
  sort: TableSort | null | undefined;
  defaultSort: TableSort | null;
  onSortChange: ((sort: TableSort | null) => void) | undefined;
  filter: string | undefined;
  defaultFilter: string;
  onFilterChange: ((filter: string) => void) | undefined;
}

export interface TableData {
  source: TableSourceResult;
  snapshot: CsvSnapshot;
  state: TableViewState;
  sort: TableSort | null;
  setSort: (sort: TableSort | null) => void;
  filter: string;
  setFilter: (filter: string) => void;
  /** The filter `order` was computed with: it trails `filter` while a new order is computed. */
  appliedFilter: string;
  /** Rows shown, as indexes into `snapshot.rows`; null when they are all shown in file order. */
  order: Uint32Array | null;
  shownCount: number;
  /** The file row at a position among the rows shown. */
  rowIndexAt: (position: number) => number;
}

const unstartedSnapshot: CsvSnapshot = { status: 'error', header: [], columnCount: 0, columnKinds: [], rows: [], rowCount: 0, progress: null, warnings: {}, error: null };

/** Loads the rows (a store over a worker's parse), and orders them by the sort and filter. */
export function useTableData({ csv, src, rows: givenRows, parseInWorker, ...options }: TableDataOptions): TableData {
  const source = useMemo(() => createTableStore({ csv, src, rows: givenRows }, { useWorker: parseInWorker }), [csv, src, givenRows, parseInWorker]);
  const store = source.ok ? source.store : null;
  // Started in the commit, before the browser lays out and paints the first render: the worker starts and parses meanwhile.
  useLayoutEffect(() => store?.start(), [store]);
  const subscribe = useCallback((listener: () => void) => store?.subscribe(listener) ?? (() => undefined), [store]);
  const getSnapshot = useCallback(() => store?.getSnapshot() ?? unstartedSnapshot, [store]);
  const snapshot = useSyncExternalStore(subscribe, getSnapshot, getSnapshot);

  const [sort, setSort] = useControllableState({ value: options.sort, defaultValue: options.defaultSort, onChange: options.onSortChange, name: 'TableView sort' });
  const [filter, setFilter] = useControllableState({ value: options.filter, defaultValue: options.defaultFilter, onChange: options.onFilterChange, name: 'TableView filter' });
  const deferredFilter = useDeferredValue(filter);
  const { columnCount, columnKinds, rows, rowCount } = snapshot;

  const order = useMemo(
    () => (sort || deferredFilter.trim() !== '' ? computeRowOrder(rows, rowCount, { sort, filter: deferredFilter, columnKinds }) : null),
    [rows, rowCount, sort, deferredFilter, columnKinds],
  );
  const state: TableViewState = !source.ok || snapshot.status === 'error' ? 'error' : snapshot.status === 'loading' ? 'loading' : snapshot.status === 'done' && columnCount === 0 ? 'empty' : snapshot.status;
  const rowIndexAt = useCallback((position: number): number => (order ? (order[position] ?? 0) : position), [order]);

  return { source, snapshot, state, sort, setSort, filter, setFilter, appliedFilter: deferredFilter, order, shownCount: order ? order.length : rowCount, rowIndexAt };
}
