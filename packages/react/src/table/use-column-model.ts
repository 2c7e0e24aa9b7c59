'use client';
import { getCoreRowModel, useReactTable, type ColumnDef, type Header, type SortingState, type Updater } from '@tanstack/react-table';
import { useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useMemo, useState, type RefObject } from 'react';
import type { CsvSnapshot } from './csv-store.js';
import { columnNeeds, fitColumnWidths } from './fit-columns.js';
import type { TableLabels } from './labels.js';
import { measureText } from './measure-text.js';
import { cellAt, decodeRow } from './row-codec.js';
import type { TableSort } from './row-order.js';
import { maxCellChars, maxColumnWidth, minColumnWidth, rowNumberWidth } from './table-geometry.js';

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

export interface ColumnModelOptions {
  snapshot: CsvSnapshot;
  labels: TableLabels;
  sort: TableSort | null;
  setSort: (sort: TableSort | null) => void;
  scrollRef: RefObject<HTMLDivElement | null>;
  /** True while the grid is rendered (its width can be measured). */
  gridShown: boolean;
}

export interface ColumnModel {
  headers: Header<string, unknown>[];
  columnWidths: number[];
  totalWidth: number;
  columnVirtualizer: Virtualizer<HTMLDivElement, Element>;
  toggleSort: (column: number) => void;
  resizeColumn: (column: number, delta: number) => void;
}

/**
 * The columns: names, widths fitted to the grid by their contents, sort state and resizing (TanStack
 * Table's column model), and the window of columns in view. Rows stay in the compact store: TanStack
 * Table's row model would make an object per row.
 */
export function useColumnModel({ snapshot, labels, sort, setSort, scrollRef, gridShown }: ColumnModelOptions): ColumnModel {
  const { header, columnCount, columnKinds, rows, rowCount } = snapshot;
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
        maxSize: Math.max(maxColumnWidth, size),
      };
    });
  }, [columnNames, columnKinds, fittedKey]);
  const sorting: SortingState = sort ? [{ id: String(sort.column), desc: sort.direction === 'descending' }] : [];
  // In a right-to-left page the grid scrolls from its right edge (negative scrollLeft) and a column's resize handle is on
  // its left: the column virtualizer and the resizing must know.
  const [isRtl, setIsRtl] = useState(false);
  // Nothing this hook returns is memoized on the table object: its getters are read afresh each render.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    columnResizeDirection: isRtl ? 'rtl' : 'ltr',
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

  const columnVirtualizer = useVirtualizer({
    horizontal: true,
    isRtl,
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

  useLayoutEffect(() => {
    const grid = scrollRef.current;
    if (!gridShown || !grid || typeof ResizeObserver === 'undefined') return;
    const measure = (): void => {
      const width = grid.clientWidth;
      // Zero: not laid out (a hidden tab); the observer calls again once it is shown.
      if (width === 0) return;
      const { fontSize, fontFamily, direction } = getComputedStyle(grid);
      setIsRtl(direction === 'rtl');
      setFitBox((previous) => (previous?.width === width && previous.fontSize === fontSize && previous.fontFamily === fontFamily ? previous : { width, fontSize, fontFamily }));
    };
    // Measured before the first paint too, so the grid never shows (nor reports) its unfitted widths.
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(grid);
    return () => observer.disconnect();
  }, [gridShown, scrollRef]);

  const toggleSort = (column: number): void => {
    headers[column]?.column.toggleSorting(undefined, false);
  };
  const resizeColumn = (column: number, delta: number): void => {
    const width = columnWidths[column] ?? 150;
    table.setColumnSizing((previous) => ({ ...previous, [String(column)]: Math.max(minColumnWidth, Math.min(maxColumnWidth, width + delta)) }));
  };

  return { headers, columnWidths, totalWidth, columnVirtualizer, toggleSort, resizeColumn };
}
