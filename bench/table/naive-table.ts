import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createElement, type ReactElement } from 'react';

// @tanstack/react-table is a dependency of packages/react, not of the workspace root: load it from there.
const reactPackage = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../packages/react/package.json');

interface Cell {
  id: string;
  getValue: () => unknown;
}
interface Row {
  id: string;
  getVisibleCells: () => Cell[];
}
interface TanStackTable {
  getRowModel: () => { rows: Row[] };
  getHeaderGroups: () => { id: string; headers: { id: string; column: { columnDef: { header?: unknown } } }[] }[];
}
interface TanStackModule {
  useReactTable: (options: { data: string[][]; columns: { id: string; header: string; accessorFn: (row: string[]) => string }[]; getCoreRowModel: unknown }) => TanStackTable;
  getCoreRowModel: () => unknown;
}
const tanstack = createRequire(reactPackage)('@tanstack/react-table') as TanStackModule;

/** The baseline the issue names: every row of a @tanstack/react-table model rendered as a plain <table>. */
export function NaiveTable({ header, rows }: { header: string[]; rows: string[][] }): ReactElement {
  const table = tanstack.useReactTable({
    data: rows,
    columns: header.map((name, index) => ({ id: String(index), header: name, accessorFn: (row: string[]) => row[index] ?? '' })),
    getCoreRowModel: tanstack.getCoreRowModel(),
  });
  const head = table.getHeaderGroups().map((group) =>
    createElement('tr', { key: group.id }, ...group.headers.map((entry) => createElement('th', { key: entry.id }, String(entry.column.columnDef.header)))),
  );
  const body = table.getRowModel().rows.map((row) =>
    createElement('tr', { key: row.id }, ...row.getVisibleCells().map((cell) => createElement('td', { key: cell.id }, String(cell.getValue())))),
  );
  return createElement('table', null, createElement('thead', null, ...head), createElement('tbody', null, ...body));
}
