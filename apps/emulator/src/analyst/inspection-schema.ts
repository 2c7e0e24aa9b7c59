import { z } from 'zod';
import type { InspectedColumn, InspectedFile, InspectedTable, Inspection } from './recipe.js';

/** The inspection call's JSON line, checked before the engine trusts it (it comes out of user-reachable Python). */
export const inspectedColumnSchema = z.object({
  name: z.string(),
  dtype: z.enum(['number', 'date', 'text', 'bool']),
  nonNull: z.number().int().nonnegative(),
  distinct: z.number().int().nonnegative(),
  sample: z.array(z.string()).max(3),
}) satisfies z.ZodType<InspectedColumn>;

export const inspectedTableSchema = z.object({
  name: z.string(),
  page: z.number().int().positive().optional(),
  headerRow: z.number().int().nonnegative().optional(),
  rows: z.number().int().nonnegative(),
  columns: z.array(inspectedColumnSchema),
}) satisfies z.ZodType<InspectedTable>;

export const inspectedFileSchema = z.object({
  path: z.string(),
  kind: z.enum(['csv', 'tsv', 'xlsx', 'pdf', 'docx', 'json', 'text', 'other']),
  bytes: z.number().int().nonnegative(),
  delimiter: z.string().optional(),
  encoding: z.string().optional(),
  decimal: z.string().optional(),
  tables: z.array(inspectedTableSchema),
  pages: z.number().int().nonnegative().optional(),
  paragraphs: z.number().int().nonnegative().optional(),
  excerpt: z.string().optional(),
  error: z.string().optional(),
}) satisfies z.ZodType<InspectedFile>;

export const inspectionSchema = z.object({ files: z.array(inspectedFileSchema) }) satisfies z.ZodType<Inspection>;

/** The JSON object a call printed as its last such line, or undefined. */
export function lastJsonLine(logs: string): unknown {
  const line = logs
    .trim()
    .split('\n')
    .reverse()
    .find((candidate) => candidate.trim().startsWith('{'));
  if (!line) return undefined;
  try {
    return JSON.parse(line) as unknown;
  } catch {
    return undefined;
  }
}

/** The last JSON line of an inspection call's logs as an Inspection, or undefined when there is none or it does not fit. */
export function parseInspectionLine(logs: string): Inspection | undefined {
  const parsed = inspectionSchema.safeParse(lastJsonLine(logs));
  return parsed.success ? parsed.data : undefined;
}
