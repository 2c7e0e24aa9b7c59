'use client';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { TableLabels } from './labels.js';
import type { TableSort } from './row-order.js';

/** Typing in the filter box settles for this long before the result is announced, so each keystroke is not read out. */
const filterSettleMs = 500;

export interface ViewAnnouncementOptions {
  labels: TableLabels;
  sort: TableSort | null;
  /** The filter the rows shown were computed with (it trails the typed text while rows are ordered). */
  appliedFilter: string;
  columnName: (column: number) => string;
  shownCount: number;
  rowCount: number;
}

function sameSort(a: TableSort | null, b: TableSort | null): boolean {
  return a === b || (a !== null && b !== null && a.column === b.column && a.direction === b.direction);
}

/**
 * What the grid's polite status says once the sort or the filter changed: the new order and how many
 * rows are shown ("Sorted by revenue, descending; 1,204 rows"). Rows arriving while the file streams
 * are not announced: the visible row count follows them, and a status that changed with every chunk
 * would talk over everything else.
 */
export function useViewAnnouncement({ labels, sort, appliedFilter, columnName, shownCount, rowCount }: ViewAnnouncementOptions): string {
  const [message, setMessage] = useState('');
  const describe = useRef<(change: 'sort' | 'filter') => string>(() => '');
  useLayoutEffect(() => {
    describe.current = (change) => {
      const rows = labels.rowCount(shownCount, rowCount);
      if (change === 'filter') return appliedFilter.trim() === '' ? labels.filterCleared(rows) : labels.filterApplied(rows);
      return sort ? labels.sortedBy(columnName(sort.column), sort.direction, rows) : labels.sortCleared(rows);
    };
  });

  const previous = useRef({ sort, appliedFilter });
  useEffect(() => {
    const before = previous.current;
    previous.current = { sort, appliedFilter };
    if (before.appliedFilter !== appliedFilter) {
      const timer = setTimeout(() => setMessage(describe.current('filter')), filterSettleMs);
      return () => clearTimeout(timer);
    }
    if (!sameSort(before.sort, sort)) setMessage(describe.current('sort'));
    return undefined;
  }, [sort, appliedFilter]);

  return message;
}
