export { TableView, type TableViewProps, type TableViewState } from './TableView.js';
export { tableLabels, type TableLabels } from './labels.js';
export type { TableSort } from './row-order.js';
export type { ColumnKind } from './column-types.js';
export { toSafeCsv } from './csv-download.js';
