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

/** What the parsing worker may post back; anything else is reported as an error, never rendered. */
export const csvParseEventSchema: z.ZodType<CsvParseEvent> = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('chunk'),
    header: z.array(z.string()).nullable(),
    rows: z.array(z.string()),
    columnCount: z.number().int().nonnegative(),
    columnKinds: z.array(z.enum(['number', 'text'])),
    progress: z.number().min(0).max(1).nullable(),
    warnings: warningsSchema,
  }),
  z.object({ type: z.literal('done'), warnings: warningsSchema }),
  z.object({ type: z.literal('error'), message: z.string() }),
]);
