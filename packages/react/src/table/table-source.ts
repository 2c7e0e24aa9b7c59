import { z } from 'zod';
import { createCsvStore, createStaticCsvStore, type CsvStore, type CsvStoreOptions } from './csv-store.js';

export interface TableSourceProps {
  /** CSV text, or a CSV file (Blob / File). */
  csv?: string | Blob | undefined;
  /** URL of a CSV file, fetched as given. */
  src?: string | undefined;
  /** Rows that are already cells, e.g. a markdown table; the first row is the header. */
  rows?: readonly (readonly string[])[] | undefined;
}

const sourceSchema = z
  .object({
    csv: z.union([z.string(), z.instanceof(Blob)]).optional(),
    src: z.string().min(1, 'src is an empty URL').optional(),
    rows: z.array(z.array(z.string())).optional(),
  })
  .refine((value) => [value.csv, value.src, value.rows].filter((part) => part !== undefined).length === 1, 'give exactly one of csv, src or rows');

export type TableSourceResult = { ok: true; store: CsvStore } | { ok: false; error: string };

/** Validates the props that name the data and makes the store that will load it. */
export function createTableStore(props: TableSourceProps, options: CsvStoreOptions): TableSourceResult {
  const parsed = sourceSchema.safeParse(props);
  if (!parsed.success) return { ok: false, error: parsed.error.issues.map((issue) => issue.message).join('; ') };
  const { csv, src, rows } = parsed.data;
  if (rows) return { ok: true, store: createStaticCsvStore(rows) };
  if (src !== undefined) return { ok: true, store: createCsvStore({ kind: 'url', url: src }, options) };
  if (typeof csv === 'string') return { ok: true, store: createCsvStore({ kind: 'text', text: csv }, options) };
  return { ok: true, store: createCsvStore({ kind: 'blob', blob: csv as Blob }, options) };
}
