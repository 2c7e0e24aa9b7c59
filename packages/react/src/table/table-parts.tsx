'use client';
import type { Header } from '@tanstack/react-table';
import type { VirtualItem } from '@tanstack/react-virtual';
import type { MouseEvent, ReactNode } from 'react';
import type { ColumnKind } from './column-types.js';
import type { CsvWarnings } from './parse-csv-stream.js';
import type { TableLabels } from './labels.js';
import { maxCellChars, rowHeight, rowNumberWidth, type ActiveCell } from './table-geometry.js';
import type { TableViewState } from './use-table-data.js';

export interface TableToolbarProps {
  labels: TableLabels;
  state: TableViewState;
  filter: string;
  onFilterChange: (filter: string) => void;
  /** Called with the typed text on Enter in "Go to row". */
  onGoToRow: (text: string) => void;
  goToRowDisabled: boolean;
  shownCount: number;
  rowCount: number;
  progress: number | null;
  actionsDisabled: boolean;
  onCopyCell: () => void;
  onCopyRow: () => void;
  onDownload: () => void;
  announcement: string;
}

export function TableToolbar({ labels, state, filter, onFilterChange, onGoToRow, goToRowDisabled, shownCount, rowCount, progress, actionsDisabled, onCopyCell, onCopyRow, onDownload, announcement }: TableToolbarProps): ReactNode {
  const percent = progress === null ? null : Math.round(progress * 100);
  return (
    <div data-slot="table-toolbar">
      <input
        type="search"
        data-slot="table-filter"
        aria-label={labels.filter}
        placeholder={labels.filterPlaceholder}
        value={filter}
        onChange={(event) => onFilterChange(event.target.value)}
        disabled={state === 'error' || state === 'empty'}
      />
      <input
        type="text"
        inputMode="numeric"
        data-slot="table-go-to-row"
        aria-label={labels.goToRow}
        placeholder={labels.goToRowPlaceholder}
        disabled={goToRowDisabled}
        onKeyDown={(event) => {
          if (event.key !== 'Enter') return;
          event.preventDefault();
          onGoToRow(event.currentTarget.value);
        }}
      />
      <span data-slot="table-row-count">{labels.rowCount(shownCount, rowCount)}</span>
      {state === 'streaming' || state === 'loading' ? (
        percent === null ? (
          <progress data-slot="table-progress" aria-label={labels.loading} />
        ) : (
          <progress data-slot="table-progress" aria-label={labels.progress(percent)} value={percent} max={100} />
        )
      ) : null}
      <span data-slot="table-actions">
        <button type="button" data-slot="table-copy-cell" onClick={onCopyCell} disabled={actionsDisabled}>
          {labels.copyCell}
        </button>
        <button type="button" data-slot="table-copy-row" onClick={onCopyRow} disabled={actionsDisabled}>
          {labels.copyRow}
        </button>
        <button type="button" data-slot="table-download" onClick={onDownload} disabled={state !== 'done'}>
          {labels.download}
        </button>
      </span>
      <span role="status" data-slot="table-announcement">
        {announcement}
      </span>
    </div>
  );
}

export function TableWarnings({ labels, warnings }: { labels: TableLabels; warnings: CsvWarnings }): ReactNode {
  const entries = Object.entries(warnings).filter(([, count]) => count > 0) as [keyof TableLabels['warning'], number][];
  if (entries.length === 0) return null;
  return (
    <ul data-slot="table-warnings">
      {entries.map(([kind, count]) => {
        const message = labels.warning[kind];
        return (
          <li key={kind} data-kind={kind}>
            {typeof message === 'function' ? message(count) : message}
          </li>
        );
      })}
    </ul>
  );
}

export interface TableHeaderCellProps {
  entry: Header<string, unknown>;
  item: VirtualItem;
  /** Position among the rendered headers: the first one carries the offset of the columns before it. */
  position: number;
  kind: ColumnKind | undefined;
  active: boolean;
  labels: TableLabels;
  onSort: (column: number) => void;
}

export function TableHeaderCell({ entry, item, position, kind, active, labels, onSort }: TableHeaderCellProps): ReactNode {
  const sorted = entry.column.getIsSorted();
  const sortState = sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none';
  const name = entry.column.columnDef.header?.toString() ?? '';
  const onClick = (event: MouseEvent<HTMLElement>): void => {
    if (event.target instanceof Element && event.target.closest('[data-slot="table-resize-handle"]')) return;
    onSort(item.index);
  };
  return (
    <div
      role="columnheader"
      aria-colindex={item.index + 2}
      // Only the sorted column carries aria-sort, so screen readers do not read "not sorted" on every header.
      aria-sort={sortState === 'none' ? undefined : sortState}
      data-slot="table-column-header"
      data-kind={kind}
      data-sort={sortState}
      data-active={active ? '' : undefined}
      data-row={-1}
      data-column={item.index}
      tabIndex={active ? 0 : -1}
      style={{ width: item.size, marginInlineStart: position === 0 ? item.start - rowNumberWidth : undefined }}
      onClick={onClick}
      onKeyDown={(event) => {
        if (event.key !== 'Enter' && event.key !== ' ') return;
        event.preventDefault();
        onSort(item.index);
      }}
    >
      <span data-slot="table-header-label">{name}</span>
      <span data-slot="table-sort-indicator" aria-hidden="true" />
      <span
        data-slot="table-resize-handle"
        data-state={entry.column.getIsResizing() ? 'resizing' : 'idle'}
        aria-hidden="true"
        title={labels.resizeColumn(name)}
        onPointerDown={entry.getResizeHandler()}
        onDoubleClick={() => entry.column.resetSize()}
      />
    </div>
  );
}

export interface TableRowProps {
  /** Position among the rows shown. */
  position: number;
  /** The row's number in the file (1-based). */
  fileRow: number;
  cells: readonly string[];
  columns: readonly VirtualItem[];
  columnKinds: readonly ColumnKind[];
  active: ActiveCell;
  width: number;
  /** Where the row is placed in the body (see row-window.ts). */
  top: number;
}

export function TableRow({ position, fileRow, cells, columns, columnKinds, active, width, top }: TableRowProps): ReactNode {
  return (
    <div role="row" aria-rowindex={position + 2} data-slot="table-row" style={{ width, height: rowHeight, transform: `translateY(${top}px)` }}>
      <div role="rowheader" aria-colindex={1} data-slot="table-row-number" style={{ width: rowNumberWidth }}>
        {fileRow}
      </div>
      {columns.map((columnItem, columnPosition) => {
        const text = cells[columnItem.index] ?? '';
        const isActive = active.row === position && active.column === columnItem.index;
        const shown = !isActive && text.length > maxCellChars ? `${text.slice(0, maxCellChars)}…` : text;
        return (
          <div
            key={columnItem.key}
            role="gridcell"
            aria-colindex={columnItem.index + 2}
            data-slot="table-cell"
            data-kind={columnKinds[columnItem.index]}
            data-active={isActive ? '' : undefined}
            data-truncated={shown.length !== text.length ? '' : undefined}
            data-row={position}
            data-column={columnItem.index}
            tabIndex={isActive ? 0 : -1}
            style={{ width: columnItem.size, marginInlineStart: columnPosition === 0 ? columnItem.start - rowNumberWidth : undefined }}
          >
            {shown}
          </div>
        );
      })}
    </div>
  );
}
