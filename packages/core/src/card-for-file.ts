import { baseName } from './sandbox-links.js';
import type { ExecutionCard, OutputItem, Turn } from './state.js';

function isCard(item: OutputItem | undefined): item is ExecutionCard {
  return item?.kind === 'execution';
}

function latestCardBefore(items: readonly OutputItem[], end: number): ExecutionCard | null {
  for (let index = end - 1; index >= 0; index -= 1) {
    const item = items[index];
    if (isCard(item)) return item;
  }
  return null;
}

/**
 * Which execution card produced the file at `path` (docs/architecture.md#output-cards): the latest call of the turn whose
 * code mentions the file name, else the latest call before the first message linking the file,
 * else (a file no link names, like an auto-captured plot) the turn's latest call.
 */
export function cardForFile(turn: Turn, path: string): ExecutionCard | null {
  const filename = baseName(path);
  for (let index = turn.items.length - 1; index >= 0; index -= 1) {
    const item = turn.items[index];
    if (isCard(item) && filename.length > 0 && item.code.includes(filename)) return item;
  }
  const linkingMessage = turn.items.findIndex((item) => item.kind === 'message' && item.links.some((link) => link.path === path));
  return latestCardBefore(turn.items, linkingMessage >= 0 ? linkingMessage : turn.items.length);
}
