'use client';
import { getCoreRowModel, useReactTable, type ColumnDef, type SortingState, type Updater } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { forwardRef, useCallback,
  useDeferredValue,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type ComponentPropsWithRef,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import { copyText } from '../clipboard/copy-text.js';
import { toSafeCsv, downloadText } from './csv-download.js';
import type { CsvSnapshot } from './csv-store.js';
import { columnNeeds, fitColumnWidths } from './fit-columns.js';
import { mergeTableLabels, type TableLabels } from './labels.js';
import { measureText } from './measure-text.js';
import { cellAt, decodeRow } from './row-codec.js';
import { computeRowOrder, type TableSort } from './row-order.js';
import { createTableStore, type TableSourceProps } from './table-source.js';
import { useRowWindow } from './use-row-window.js';
import { useControllableState } from '../use-controllable-state.js';

export interface TableViewProps extends TableSourceProps, Omit<ComponentPropsWithRef<'div'>, 'children' | 'onCopy'> {
  /** Name used for "Download CSV" (default `table.csv`). */
  fileName?: string;
  /** Maximum height of the scrolling grid in pixels (default 420). */
  height?: number;
  labels?: Partial<TableLabels>;
  sort?: TableSort | null;
  defaultSort?: TableSort | null;
  onSortChange?: (sort: TableSort | null) => void;
  filter?: string;
  defaultFilter?: string;
  onFilterChange?: (filter: string) => void;
  /** Parse in a Web Worker when available (default true); the main thread is the fallback. */
  parseInWorker?: boolean;
  /** Called with the text that was put on the clipboard. */
  onCopy?: (text: string) => void;
}

export type TableViewState = 'loading' | 'streaming' | 'done' | 'empty' | 'error';

interface ActiveCell {
  /** -1 is the header row; otherwise the position among the rows shown. */
  row: number;
  column: number;
}

const rowHeight = 32;
const headerHeight = 36;
const rowNumberWidth = 64;
/** Longer cells are cut in the grid; the focused cell shows its full text. */
const maxCellChars = 300;
const resizeStep = 24;
const minColumnWidth = 56;
/** Column widths come from the header and this many first rows (the rest may still be streaming). */
const fitSampleRows = 100;
/** A column is squeezed to this at most before the grid scrolls sideways instead. */
const squeezedColumnWidth = 96;
/** No column asks for more; longer text is cut and shown in full in the focused cell. */
const maxFittedContent = 480;
/** Around a header label: padding, gap, sort indicator, border (and a pixel for rounding). */
const headerExtra = 16 + 4 + 12 + 1 + 2;
/** Around a cell text: padding, border (and a pixel for rounding). */
const cellExtra = 16 + 1 + 2;

interface FitBox {
  /** The grid's inner width (no border, no vertical scrollbar). */
  width: number;
  fontSize: string;
  fontFamily: string;
}
const noRows: string[] = [];

const unstartedSnapshot: CsvSnapshot = { status: 'error', header: [], columnCount: 0, columnKinds: [], rows: [], rowCount: 0, progress: null, warnings: {}, error: null };

export const TableView = forwardRef<HTMLDivElement, TableViewProps>(function TableView({
  csv,
  src,
  rows: givenRows,
  fileName = 'table.csv',
  height = 420,
  labels: labelOverrides,
  sort: sortProp,
  defaultSort = null,
  onSortChange,
  filter: filterProp,
  defaultFilter = '',
  onFilterChange,
  parseInWorker = true,
  onCopy,
  ...rootProps
}: TableViewProps, ref) {
  const labels = useMemo(() => mergeTableLabels(labelOverrides), [labelOverrides]);
  const source = useMemo(() => createTableStore({ csv, src, rows: givenRows }, { useWorker: parseInWorker }), [csv, src, givenRows, parseInWorker]);
  const store = source.ok ? source.store : null;
  useEffect(() => store?.start(), [store]);
  const subscribe = useCallback((listener: () => void) => store?.subscribe(listener) ?? (() => undefined), [store]);
  const getSnapshot = useCallback(() => store?.getSnapshot() ?? unstartedSnapshot, [store]);
  const snapshot = useSyncExternalStore(subscribe, getSnapshot, getSnapshot);

  const [sort, setSort] = useControllableState({ value: sortProp, defaultValue: defaultSort, onChange: onSortChange, name: 'TableView sort' });
  const [filter, setFilter] = useControllableState({ value: filterProp, defaultValue: defaultFilter, onChange: onFilterChange, name: 'TableView filter' });
  const deferredFilter = useDeferredValue(filter);
  const { header, columnCount, columnKinds, rows, rowCount } = snapshot;

  const order = useMemo(
    () => (sort || deferredFilter.trim() !== '' ? computeRowOrder(rows, rowCount, { sort, filter: deferredFilter, columnKinds }) : null),
    [rows, rowCount, sort, deferredFilter, columnKinds],
  );
  const shownCount = order ? order.length : rowCount;

  const columnNames = useMemo(() => Array.from({ length: columnCount }, (_, index) => header[index]?.trim() || labels.untitledColumn(index + 1)), [columnCount, header, labels]);

  // The columns share the grid's width by their measured contents (see fit-columns.ts); until the
  // grid is laid out (or where nothing is laid out, as in tests) a guess from the header is used.
  const [fitBox, setFitBox] = useState<FitBox | null>(null);
  const sampleCount = Math.min(rowCount, fitSampleRows);
  const fittedKey = useMemo(() => {
    if (!fitBox) return '';
    const sample: string[][] = [];
    for (let index = 0; index < sampleCount; index += 1) sample.push(decodeRow(rows[index] ?? '').map((text) => (text.length > maxCellChars ? text.slice(0, maxCellChars) : text)));
    const cellFont = `400 ${fitBox.fontSize} ${fitBox.fontFamily}`;
    const headerFont = `600 ${fitBox.fontSize} ${fitBox.fontFamily}`;
    const needs = columnNeeds({
      headers: columnNames,
      rows: sample,
      measureHeader: (text) => measureText(text, headerFont),
      measureCell: (text) => measureText(text, cellFont),
      headerExtra,
      cellExtra,
      maxContent: maxFittedContent,
      minimum: squeezedColumnWidth,
    }).map((need, index) => {
      const content = Math.max(minColumnWidth, need.content);
      // A cut number reads as a different number: numeric columns keep their width, and the grid scrolls instead.
      return { content, minimum: columnKinds[index] === 'number' ? content : need.minimum };
    });
    // A string, so an unchanged fit keeps the column model (and the user's resizing) as it is.
    return fitColumnWidths(needs, fitBox.width - rowNumberWidth).join(',');
  }, [fitBox, columnNames, columnKinds, rows, sampleCount]);

  const columns = useMemo<ColumnDef<string>[]>(() => {
    const fitted = fittedKey === '' ? null : fittedKey.split(',').map(Number);
    return columnNames.map((name, index) => {
      const size = fitted?.[index] ?? Math.min(320, Math.max(columnKinds[index] === 'number' ? 110 : 140, name.length * 9 + 48));
      return {
        id: String(index),
        header: name,
        accessorFn: (row: string) => cellAt(row, index),
        size,
        minSize: minColumnWidth,
        maxSize: Math.max(1200, size),
      };
    });
  }, [columnNames, columnKinds, fittedKey]);
  const sorting: SortingState = sort ? [{ id: String(sort.column), desc: sort.direction === 'descending' }] : [];
  // TanStack Table owns the column model (headers, sizes, resizing, sort state); rows stay in the
  // compact store and are ordered by computeRowOrder, because its row model makes an object per row.
  const table = useReactTable({
    data: noRows,
    columns,
    getCoreRowModel: getCoreRowModel(),
    manualSorting: true,
    manualFiltering: true,
    enableMultiSort: false,
    sortDescFirst: false,
    columnResizeMode: 'onChange',
    state: { sorting },
    onSortingChange: (updater: Updater<SortingState>) => {
      const next = typeof updater === 'function' ? updater(sorting) : updater;
      const first = next[0];
      setSort(first ? { column: Number(first.id), direction: first.desc ? 'descending' : 'ascending' } : null);
    },
  });
  const headers = table.getHeaderGroups()[0]?.headers ?? [];
  const columnWidths = headers.map((entry) => entry.getSize());
  const totalWidth = rowNumberWidth + columnWidths.reduce((sum, width) => sum + width, 0);

  const scrollRef = useRef<HTMLDivElement>(null);
  const state: TableViewState = !source.ok || snapshot.status === 'error' ? 'error' : snapshot.status === 'loading' ? 'loading' : snapshot.status === 'done' && columnCount === 0 ? 'empty' : snapshot.status;
  const gridShown = state === 'streaming' || state === 'done';
  // Rows have one fixed height: no per-row measuring, and past a browser's element height cap the
  // scroll position maps onto the rows (see row-window.ts), so every row stays reachable.
  const rowWindow = useRowWindow(scrollRef, { rowCount: shownCount, rowHeight, headerHeight, overscan: 8, enabled: gridShown });
  const columnVirtualizer = useVirtualizer({
    horizontal: true,
    count: headers.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (index) => columnWidths[index] ?? 150,
    overscan: 2,
    scrollMargin: rowNumberWidth,
    scrollPaddingStart: rowNumberWidth,
  });
  const widthsKey = columnWidths.join(',');
  useEffect(() => {
    columnVirtualizer.measure();
  }, [columnVirtualizer, widthsKey]);

  const [requestedActive, setActive] = useState<ActiveCell>({ row: -1, column: 0 });
  const active: ActiveCell = {
    row: Math.min(requestedActive.row, shownCount - 1),
    column: Math.max(0, Math.min(requestedActive.column, headers.length - 1)),
  };
  const pendingFocus = useRef(false);
  const [announcement, setAnnouncement] = useState('');

  useEffect(() => {
    if (!pendingFocus.current) return;
    const cell = scrollRef.current?.querySelector<HTMLElement>(`[data-row="${active.row}"][data-column="${active.column}"]`);
    if (cell) {
      pendingFocus.current = false;
      cell.focus({ preventScroll: true });
    }
  });
  useEffect(() => {
    if (announcement === '') return;
    const timer = setTimeout(() => setAnnouncement(''), 2_000);
    return () => clearTimeout(timer);
  }, [announcement]);

  const rowIndexAt = (position: number): number => (order ? (order[position] ?? 0) : position);
  const cellText = (cell: ActiveCell): string => (cell.row < 0 ? (headers[cell.column]?.column.columnDef.header?.toString() ?? '') : cellAt(rows[rowIndexAt(cell.row)] ?? '', cell.column));
  const rowText = (cell: ActiveCell): string => (cell.row < 0 ? headers.map((entry) => entry.column.columnDef.header?.toString() ?? '').join('\t') : decodeRow(rows[rowIndexAt(cell.row)] ?? '').join('\t'));

  const copy = (text: string): void => {
    void copyText(text).then((copied) => {
      setAnnouncement(copied ? labels.copied : labels.copyFailed);
      if (copied) onCopy?.(text);
    });
  };

  const moveTo = (next: ActiveCell): void => {
    const target = { row: Math.max(-1, Math.min(next.row, shownCount - 1)), column: Math.max(0, Math.min(next.column, headers.length - 1)) };
    setActive(target);
    pendingFocus.current = true;
    if (target.row >= 0) rowWindow.scrollToRow(target.row);
    columnVirtualizer.scrollToIndex(target.column);
  };

  /** `text` is a row number as the row headers show it (the file's order, whatever the sort). */
  const goToRow = (text: string): void => {
    const wanted = Number(text.trim());
    const position = !Number.isInteger(wanted) || wanted < 1 || wanted > rowCount ? -1 : order ? order.indexOf(wanted - 1) : wanted - 1;
    if (position < 0) setAnnouncement(labels.rowNotShown(text.trim()));
    else moveTo({ row: position, column: active.column });
  };

  const toggleSort = (column: number): void => {
    headers[column]?.column.toggleSorting(undefined, false);
  };

  const resizeColumn = (column: number, delta: number): void => {
    const id = String(column);
    const width = columnWidths[column] ?? 150;
    table.setColumnSizing((previous) => ({ ...previous, [id]: Math.max(minColumnWidth, Math.min(1200, width + delta)) }));
  };

  const onGridKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const page = Math.max(1, Math.floor((height - headerHeight) / rowHeight) - 1);
    const { row, column } = active;
    const modifier = event.ctrlKey || event.metaKey;
    let next: ActiveCell | null = null;
    switch (event.key) {
      case 'ArrowDown':
        next = { row: row + 1, column };
        break;
      case 'ArrowUp':
        next = { row: row - 1, column };
        break;
      case 'ArrowRight':
        if (event.altKey && row < 0) resizeColumn(column, resizeStep);
        else next = { row, column: column + 1 };
        break;
      case 'ArrowLeft':
        if (event.altKey && row < 0) resizeColumn(column, -resizeStep);
        else next = { row, column: column - 1 };
        break;
      case 'Home':
        next = modifier ? { row: -1, column: 0 } : { row, column: 0 };
        break;
      case 'End':
        next = modifier ? { row: shownCount - 1, column: headers.length - 1 } : { row, column: headers.length - 1 };
        break;
      case 'PageDown':
        next = { row: row + page, column };
        break;
      case 'PageUp':
        next = { row: Math.max(row < 0 ? -1 : 0, row - page), column };
        break;
      case 'c':
      case 'C':
        if (!modifier) return;
        copy(event.shiftKey ? rowText(active) : cellText(active));
        break;
      default:
        return;
    }
    event.preventDefault();
    if (next) moveTo(next);
  };

  const onGridFocus = (event: FocusEvent<HTMLDivElement>): void => {
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

  const onHeaderClick = (event: MouseEvent<HTMLElement>, column: number): void => {
    if (event.target instanceof Element && event.target.closest('[data-slot="table-resize-handle"]')) return;
    toggleSort(column);
  };

  const percent = snapshot.progress === null ? null : Math.round(snapshot.progress * 100);

  useLayoutEffect(() => {
    const grid = scrollRef.current;
    if (!gridShown || !grid || typeof ResizeObserver === 'undefined') return;
    const measure = (): void => {
      const width = grid.clientWidth;
      // Zero: not laid out (a hidden tab); the observer calls again once it is shown.
      if (width === 0) return;
      const { fontSize, fontFamily } = getComputedStyle(grid);
      setFitBox((previous) => (previous?.width === width && previous.fontSize === fontSize && previous.fontFamily === fontFamily ? previous : { width, fontSize, fontFamily }));
    };
    // Measured before the first paint too, so the grid never shows (nor reports) its unfitted widths.
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(grid);
    return () => observer.disconnect();
  }, [gridShown]);
  const virtualRows = Array.from({ length: Math.max(0, rowWindow.last - rowWindow.first + 1) }, (_, offset) => rowWindow.first + offset);
  const virtualColumns = columnVirtualizer.getVirtualItems();
  const activeRendered = active.row < 0 ? virtualColumns.some((item) => item.index === active.column) : active.row >= rowWindow.first && active.row <= rowWindow.last && virtualColumns.some((item) => item.index === active.column);
  const warningEntries = Object.entries(snapshot.warnings).filter(([, count]) => count > 0) as [keyof TableLabels['warning'], number][];

  return (
    <div data-slot="table-view" data-state={state} ref={ref} {...rootProps}>
      <div data-slot="table-toolbar">
        <input
          type="search"
          data-slot="table-filter"
          aria-label={labels.filter}
          placeholder={labels.filterPlaceholder}
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
          disabled={state === 'error' || state === 'empty'}
        />
        <input
          type="text"
          inputMode="numeric"
          data-slot="table-go-to-row"
          aria-label={labels.goToRow}
          placeholder={labels.goToRowPlaceholder}
          disabled={!gridShown || shownCount === 0}
          onKeyDown={(event) => {
            if (event.key !== 'Enter') return;
            event.preventDefault();
            goToRow(event.currentTarget.value);
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
          <button type="button" data-slot="table-copy-cell" onClick={() => copy(cellText(active))} disabled={columnCount === 0}>
            {labels.copyCell}
          </button>
          <button type="button" data-slot="table-copy-row" onClick={() => copy(rowText(active))} disabled={columnCount === 0}>
            {labels.copyRow}
          </button>
          <button type="button" data-slot="table-download" onClick={() => downloadText(toSafeCsv(header, rows, rowCount), fileName, 'text/csv')} disabled={state !== 'done'}>
            {labels.download}
          </button>
        </span>
        <span role="status" data-slot="table-announcement">
          {announcement}
        </span>
      </div>
      {warningEntries.length > 0 ? (
        <ul data-slot="table-warnings">
          {warningEntries.map(([kind, count]) => {
            const message = labels.warning[kind];
            return (
              <li key={kind} data-kind={kind}>
                {typeof message === 'function' ? message(count) : message}
              </li>
            );
          })}
        </ul>
      ) : null}
      {state === 'error' ? (
        <p role="alert" data-slot="table-message" data-kind="error">
          {labels.loadFailed(source.ok ? (snapshot.error ?? '') : source.error)}
        </p>
      ) : state === 'empty' ? (
        <p data-slot="table-message" data-kind="empty">
          {labels.empty}
        </p>
      ) : state === 'loading' ? (
        <p data-slot="table-message" data-kind="loading">
          {labels.loading}
        </p>
      ) : (
        <div
          ref={scrollRef}
          role="grid"
          aria-label={labels.grid}
          aria-rowcount={shownCount + 1}
          aria-colcount={headers.length + 1}
          aria-busy={state === 'streaming'}
          data-slot="table-grid"
          tabIndex={activeRendered ? -1 : 0}
          style={{ maxHeight: height }}
          onKeyDown={onGridKeyDown}
          onFocus={onGridFocus}
        >
          <div role="rowgroup" data-slot="table-head" style={{ width: totalWidth, height: headerHeight }}>
            <div role="row" aria-rowindex={1} data-slot="table-header-row">
              <div role="columnheader" aria-colindex={1} data-slot="table-corner" style={{ width: rowNumberWidth }}>
                {labels.rowNumber}
              </div>
              {virtualColumns.map((item, position) => {
                const entry = headers[item.index];
                if (!entry) return null;
                const sorted = entry.column.getIsSorted();
                const isActive = active.row === -1 && active.column === item.index;
                return (
                  <div
                    key={item.key}
                    role="columnheader"
                    aria-colindex={item.index + 2}
                    aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
                    data-slot="table-column-header"
                    data-kind={columnKinds[item.index]}
                    data-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
                    data-active={isActive ? '' : undefined}
                    data-row={-1}
                    data-column={item.index}
                    tabIndex={isActive ? 0 : -1}
                    style={{ width: item.size, marginLeft: position === 0 ? item.start - rowNumberWidth : undefined }}
                    onClick={(event) => onHeaderClick(event, item.index)}
                    onKeyDown={(event) => {
                      if (event.key !== 'Enter' && event.key !== ' ') return;
                      event.preventDefault();
                      toggleSort(item.index);
                    }}
                  >
                    <span data-slot="table-header-label">{entry.column.columnDef.header?.toString()}</span>
                    <span data-slot="table-sort-indicator" aria-hidden="true" />
                    <span
                      data-slot="table-resize-handle"
                      data-state={entry.column.getIsResizing() ? 'resizing' : 'idle'}
                      aria-hidden="true"
                      title={labels.resizeColumn(entry.column.columnDef.header?.toString() ?? '')}
                      onPointerDown={entry.getResizeHandler()}
                      onDoubleClick={() => entry.column.resetSize()}
                    />
                  </div>
                );
              })}
            </div>
          </div>
          <div role="rowgroup" data-slot="table-body" style={{ width: totalWidth, height: rowWindow.height }}>
            {virtualRows.map((rowPosition) => {
              const rowIndex = rowIndexAt(rowPosition);
              const cells = decodeRow(rows[rowIndex] ?? '');
              return (
                <div
                  key={rowPosition}
                  role="row"
                  aria-rowindex={rowPosition + 2}
                  data-slot="table-row"
                  style={{ width: totalWidth, height: rowHeight, transform: `translateY(${rowWindow.shift + rowPosition * rowHeight}px)` }}
                >
                  <div role="rowheader" aria-colindex={1} data-slot="table-row-number" style={{ width: rowNumberWidth }}>
                    {rowIndex + 1}
                  </div>
                  {virtualColumns.map((columnItem, position) => {
                    const text = cells[columnItem.index] ?? '';
                    const isActive = active.row === rowPosition && active.column === columnItem.index;
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
                        data-row={rowPosition}
                        data-column={columnItem.index}
                        tabIndex={isActive ? 0 : -1}
                        style={{ width: columnItem.size, marginLeft: position === 0 ? columnItem.start - rowNumberWidth : undefined }}
                      >
                        {shown}
                      </div>
                    );
                  })}
                </div>
              );
            })}
          </div>
        </div>
      )}
      {state === 'done' && columnCount > 0 && rowCount === 0 ? (
        <p data-slot="table-message" data-kind="header-only">
          {labels.headerOnly}
        </p>
      ) : null}
    </div>
  );
});
TableView.displayName = 'TableView';
