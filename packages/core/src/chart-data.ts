import { cardForFile } from './card-for-file.js';
import type { GeneratedFile, Turn } from './state.js';

/**
 * The CSV holding the data behind the chart at `chartPath`, for a "show data as a table" control:
 * a CSV the same call wrote, else the turn's only CSV. Null when there is none, or when several
 * calls wrote CSVs and none is the chart's own (guessing would show the wrong numbers).
 */
export function chartDataFile(files: Readonly<Record<string, GeneratedFile>>, turn: Turn, chartPath: string): GeneratedFile | null {
  const call = cardForFile(turn, chartPath);
  const tables = Object.values(files).filter((file) => file.kind === 'csv' && file.turnId === turn.id);
  const own = call ? tables.find((file) => cardForFile(turn, file.path)?.id === call.id && call.code.includes(file.filename)) : undefined;
  if (own) return own;
  return tables.length === 1 ? (tables[0] ?? null) : null;
}
