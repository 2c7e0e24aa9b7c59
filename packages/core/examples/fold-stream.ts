import { cardForFile, foldEvents } from '@execards/core';

/** Folds the `data:` payloads of one Responses API stream and says what the code interpreter did. */
export function describeStream(dataPayloads: Iterable<string>): string[] {
  const state = foldEvents(dataPayloads); // never throws: bad input lands in state.diagnostics
  const turn = state.turns.at(-1);
  if (!turn) return [];
  const lines = turn.items.flatMap((item) => (item.kind === 'execution' ? [`${item.status}: ${item.code.split('\n')[0]} → ${item.logs}`] : []));
  for (const file of Object.values(state.files)) lines.push(`${file.kind} ${file.path} from ${cardForFile(turn, file.path)?.id}`);
  return lines;
}
