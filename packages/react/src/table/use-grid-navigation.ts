'use client';
import { useEffect, useRef, useState, type FocusEvent, type KeyboardEvent, type RefObject } from 'react';
import { resizeStep, type ActiveCell } from './table-geometry.js';

export interface GridNavigationOptions {
  scrollRef: RefObject<HTMLDivElement | null>;
  rowCount: number;
  columnCount: number;
  /** Rows moved by PageUp / PageDown. */
  pageRows: number;
  scrollToRow: (row: number) => void;
  scrollToColumn: (column: number) => void;
  /** Ctrl/Cmd+C (the cell) and Ctrl/Cmd+Shift+C (its row). */
  onCopy: (cell: ActiveCell, wholeRow: boolean) => void;
  /** Alt+Arrow on a header. */
  onResize: (column: number, delta: number) => void;
}

export interface GridNavigation {
  active: ActiveCell;
  /** Makes a cell the active one, scrolls it into view and focuses it once it is rendered. */
  moveTo: (cell: ActiveCell) => void;
  onKeyDown: (event: KeyboardEvent<HTMLDivElement>) => void;
  onFocus: (event: FocusEvent<HTMLDivElement>) => void;
}

/**
 * The ARIA grid's keyboard model: one active cell with a roving tabindex, arrows, Home/End,
 * Ctrl+Home/End, PageUp/PageDown. Cells are found by `data-row` / `data-column`.
 */
export function useGridNavigation({ scrollRef, rowCount, columnCount, pageRows, scrollToRow, scrollToColumn, onCopy, onResize }: GridNavigationOptions): GridNavigation {
  const [requestedActive, setActive] = useState<ActiveCell>({ row: -1, column: 0 });
  const active: ActiveCell = {
    row: Math.min(requestedActive.row, rowCount - 1),
    column: Math.max(0, Math.min(requestedActive.column, columnCount - 1)),
  };
  const pendingFocus = useRef(false);

  useEffect(() => {
    if (!pendingFocus.current) return;
    const cell = scrollRef.current?.querySelector<HTMLElement>(`[data-row="${active.row}"][data-column="${active.column}"]`);
    if (cell) {
      pendingFocus.current = false;
      cell.focus({ preventScroll: true });
    }
  });

  const moveTo = (next: ActiveCell): void => {
    const target = { row: Math.max(-1, Math.min(next.row, rowCount - 1)), column: Math.max(0, Math.min(next.column, columnCount - 1)) };
    setActive(target);
    pendingFocus.current = true;
    if (target.row >= 0) scrollToRow(target.row);
    scrollToColumn(target.column);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const { row, column } = active;
    const modifier = event.ctrlKey || event.metaKey;
    let next: ActiveCell | null = null;
    // In a right-to-left page the first column is on the right: the arrows follow what the user sees.
    const rightToLeft = getComputedStyle(event.currentTarget).direction === 'rtl';
    const key = rightToLeft && (event.key === 'ArrowRight' || event.key === 'ArrowLeft') ? (event.key === 'ArrowRight' ? 'ArrowLeft' : 'ArrowRight') : event.key;
    switch (key) {
      case 'ArrowDown':
        next = { row: row + 1, column };
        break;
      case 'ArrowUp':
        next = { row: row - 1, column };
        break;
      case 'ArrowRight':
        if (event.altKey && row < 0) onResize(column, resizeStep);
        else next = { row, column: column + 1 };
        break;
      case 'ArrowLeft':
        if (event.altKey && row < 0) onResize(column, -resizeStep);
        else next = { row, column: column - 1 };
        break;
      case 'Home':
        next = modifier ? { row: -1, column: 0 } : { row, column: 0 };
        break;
      case 'End':
        next = modifier ? { row: rowCount - 1, column: columnCount - 1 } : { row, column: columnCount - 1 };
        break;
      case 'PageDown':
        next = { row: row + pageRows, column };
        break;
      case 'PageUp':
        next = { row: Math.max(row < 0 ? -1 : 0, row - pageRows), column };
        break;
      case 'c':
      case 'C':
        if (!modifier) return;
        onCopy(active, event.shiftKey);
        break;
      default:
        return;
    }
    event.preventDefault();
    if (next) moveTo(next);
  };

  const onFocus = (event: FocusEvent<HTMLDivElement>): void => {
    const target = event.target;
    if (target === event.currentTarget) {
      // The active cell is scrolled out of the DOM: bring it back and focus it.
      moveTo(active);
      return;
    }
    const row = Number(target.dataset.row);
    const column = Number(target.dataset.column);
    if (Number.isInteger(row) && Number.isInteger(column) && (row !== active.row || column !== active.column)) setActive({ row, column });
  };

  return { active, moveTo, onKeyDown, onFocus };
}
