'use client';
import { forwardRef, useEffect, useMemo, useRef, useState, type ComponentPropsWithRef } from 'react';
import { copyText } from '../clipboard/copy-text.js';
import { toSafeCsv, downloadText } from './csv-download.js';
import { mergeTableLabels, type TableLabels } from './labels.js';
import { useLabels } from '../LabelsProvider.js';
import { cellAt, decodeRow } from './row-codec.js';
import type { TableSort } from './row-order.js';
import { headerHeight, rowHeight, rowNumberWidth, type ActiveCell } from './table-geometry.js';
import { TableHeaderCell, TableRow, TableToolbar, TableWarnings } from './table-parts.js';
import type { TableSourceProps } from './table-source.js';
import { useColumnModel } from './use-column-model.js';
import { useGridNavigation } from './use-grid-navigation.js';
import { useRowWindow } from './use-row-window.js';
import { useTableData } from './use-table-data.js';
import { useViewAnnouncement } from './use-view-announcement.js';
import { LiveRegion } from '../LiveRegion.js';

export type { TableViewState } from './use-table-data.js';

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

/** A CSV or TSV file as a keyboard-navigable grid: parsed off the main thread, sorted, filtered, every row reachable at millions of rows. */
export const TableView = forwardRef<HTMLDivElement, TableViewProps>(function TableView(
  { csv, src, rows: givenRows, fileName = 'table.csv', height = 420, labels: labelOverrides, sort, defaultSort = null, onSortChange, filter, defaultFilter = '', onFilterChange, parseInWorker = true, onCopy, ...rootProps }: TableViewProps,
  ref,
) {
  const providedLabels = useLabels().table;
  const labels = useMemo(() => mergeTableLabels(labelOverrides, providedLabels), [labelOverrides, providedLabels]);
  const data = useTableData({ csv, src, rows: givenRows, parseInWorker, sort, defaultSort, onSortChange, filter, defaultFilter, onFilterChange });
  const { source, snapshot, state, order, shownCount, rowIndexAt } = data;
  const { header, columnCount, columnKinds, rows, rowCount } = snapshot;
  const gridShown = state === 'streaming' || state === 'done';

  const scrollRef = useRef<HTMLDivElement>(null);
  const columns = useColumnModel({ snapshot, labels, sort: data.sort, setSort: data.setSort, scrollRef, gridShown });
  const { headers, totalWidth, columnVirtualizer } = columns;
  // Rows have one fixed height: no per-row measuring, and past a browser's element height cap the
  // scroll position maps onto the rows (see row-window.ts), so every row stays reachable.
  const rowWindow = useRowWindow(scrollRef, { rowCount: shownCount, rowHeight, headerHeight, overscan: 8, enabled: gridShown });

  const [announcement, setAnnouncement] = useState('');
  useEffect(() => {
    if (announcement === '') return;
    const timer = setTimeout(() => setAnnouncement(''), 2_000);
    return () => clearTimeout(timer);
  }, [announcement]);

  const cellText = (cell: ActiveCell): string => (cell.row < 0 ? (headers[cell.column]?.column.columnDef.header?.toString() ?? '') : cellAt(rows[rowIndexAt(cell.row)] ?? '', cell.column));
  const rowText = (cell: ActiveCell): string => (cell.row < 0 ? headers.map((entry) => entry.column.columnDef.header?.toString() ?? '').join('\t') : decodeRow(rows[rowIndexAt(cell.row)] ?? '').join('\t'));
  const copy = (text: string): void => {
    void copyText(text).then((copied) => {
      setAnnouncement(copied ? labels.copied : labels.copyFailed);
      if (copied) onCopy?.(text);
    });
  };

  const navigation = useGridNavigation({
    scrollRef,
    rowCount: shownCount,
    columnCount: headers.length,
    pageRows: Math.max(1, Math.floor((height - headerHeight) / rowHeight) - 1),
    scrollToRow: rowWindow.scrollToRow,
    scrollToColumn: (column) => columnVirtualizer.scrollToIndex(column),
    onCopy: (cell, wholeRow) => copy(wholeRow ? rowText(cell) : cellText(cell)),
    onResize: columns.resizeColumn,
  });
  const { active } = navigation;
  const viewAnnouncement = useViewAnnouncement({
    labels,
    sort: data.sort,
    appliedFilter: data.appliedFilter,
    columnName: (column) => headers[column]?.column.columnDef.header?.toString() ?? labels.untitledColumn(column + 1),
    shownCount,
    rowCount,
  });

  /** `text` is a row number as the row headers show it (the file's order, whatever the sort). */
  const goToRow = (text: string): void => {
    const wanted = Number(text.trim());
    const position = !Number.isInteger(wanted) || wanted < 1 || wanted > rowCount ? -1 : order ? order.indexOf(wanted - 1) : wanted - 1;
    if (position < 0) setAnnouncement(labels.rowNotShown(text.trim()));
    else navigation.moveTo({ row: position, column: active.column });
  };

  const virtualRows = Array.from({ length: Math.max(0, rowWindow.last - rowWindow.first + 1) }, (_, offset) => rowWindow.first + offset);
  const virtualColumns = columnVirtualizer.getVirtualItems();
  const columnRendered = virtualColumns.some((item) => item.index === active.column);
  const activeRendered = columnRendered && (active.row < 0 || (active.row >= rowWindow.first && active.row <= rowWindow.last));

  return (
    <div data-slot="table-view" data-state={state} ref={ref} {...rootProps}>
      <TableToolbar
        labels={labels}
        state={state}
        filter={data.filter}
        onFilterChange={data.setFilter}
        onGoToRow={goToRow}
        goToRowDisabled={!gridShown || shownCount === 0}
        shownCount={shownCount}
        rowCount={rowCount}
        progress={snapshot.progress}
        actionsDisabled={columnCount === 0}
        onCopyCell={() => copy(cellText(active))}
        onCopyRow={() => copy(rowText(active))}
        onDownload={() => downloadText(toSafeCsv(header, rows, rowCount), fileName, 'text/csv')}
        announcement={announcement}
      />
      <LiveRegion data-slot="table-view-announcement" message={viewAnnouncement} />
      <TableWarnings labels={labels} warnings={snapshot.warnings} />
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
          // While the file streams its length is not known yet (-1); the header row counts as a row.
          aria-rowcount={state === 'streaming' ? -1 : shownCount + 1}
          aria-colcount={headers.length + 1}
          aria-busy={state === 'streaming'}
          data-slot="table-grid"
          tabIndex={activeRendered ? -1 : 0}
          style={{ maxHeight: height }}
          onKeyDown={navigation.onKeyDown}
          onFocus={navigation.onFocus}
        >
          <div role="rowgroup" data-slot="table-head" style={{ width: totalWidth, height: headerHeight }}>
            <div role="row" aria-rowindex={1} data-slot="table-header-row">
              <div role="columnheader" aria-colindex={1} data-slot="table-corner" style={{ width: rowNumberWidth }}>
                {labels.rowNumber}
              </div>
              {virtualColumns.map((item, position) => {
                const entry = headers[item.index];
                return entry ? (
                  <TableHeaderCell
                    key={item.key}
                    entry={entry}
                    item={item}
                    position={position}
                    kind={columnKinds[item.index]}
                    active={active.row === -1 && active.column === item.index}
                    labels={labels}
                    onSort={columns.toggleSort}
                  />
                ) : null;
              })}
            </div>
          </div>
          <div role="rowgroup" data-slot="table-body" style={{ width: totalWidth, height: rowWindow.height }}>
            {virtualRows.map((position) => {
              const rowIndex = rowIndexAt(position);
              return (
                <TableRow
                  key={position}
                  position={position}
                  fileRow={rowIndex + 1}
                  cells={decodeRow(rows[rowIndex] ?? '')}
                  columns={virtualColumns}
                  columnKinds={columnKinds}
                  active={active}
                  width={totalWidth}
                  top={rowWindow.shift + position * rowHeight}
                />
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
