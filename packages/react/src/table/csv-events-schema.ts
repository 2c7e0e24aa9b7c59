import { z } from 'zod';
import type { CsvParseEvent } from './parse-csv-stream.js';

const warningsSchema = z
  .object({
    'decoded-as-windows-1252': z.number().int().nonnegative(),
    'invalid-utf-8-replaced': z.number().int().nonnegative(),
    'ragged-rows': z.number().int().nonnegative(),
    'malformed-rows': z.number().int().nonnegative(),
  })
  .partial();

/**
 * Rows are checked where they are: `z.array(z.string())` would build a copy of every chunk's rows on
 * the main thread (a 100 MB file is 1.5 M rows), doubling the work and the garbage of receiving them.
 */
const rowsSchema = z.custom<string[]>((value) => Array.isArray(value) && value.every((row) => typeof row === 'string'), 'rows must be an array of strings');

/** What the parsing worker may post back; anything else is reported as an error, never rendered. */
export const csvParseEventSchema: z.ZodType<CsvParseEvent> = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('chunk'),
    header: z.array(z.string()).nullable(),
    rows: rowsSchema,
    columnCount: z.number().int().nonnegative(),
    columnKinds: z.array(z.enum(['number', 'text'])),
    progress: z.number().min(0).max(1).nullable(),
    warnings: warningsSchema,
  }),
  z.object({ type: z.literal('done'), warnings: warningsSchema }),
  z.object({ type: z.literal('error'), message: z.string() }),
]);
