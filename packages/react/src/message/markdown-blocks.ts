/** Blocks of a markdown text, and where the blocks that a longer text could still change begin. */
export interface MarkdownBlockSplit {
  readonly text: string;
  readonly blocks: readonly string[];
  /** The first `settledCount` blocks end at a complete blank line outside fenced code: appending text cannot change them. */
  readonly settledCount: number;
  /** Where the text after the settled blocks starts. */
  readonly settledEnd: number;
}

const fencePattern = /^\s{0,3}(`{3,}|~{3,})/;

function splitFrom(markdown: string, start: number, settled: readonly string[]): MarkdownBlockSplit {
  const blocks = [...settled];
  let settledCount = blocks.length;
  let settledEnd = start;
  let blockStart = -1;
  let blockEnd = -1;
  let fence: string | null = null;
  let lineStart = start;
  while (lineStart <= markdown.length) {
    const newline = markdown.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? markdown.length : newline;
    const line = markdown.slice(lineStart, lineEnd);
    const fenceMatch = fencePattern.exec(line);
    if (fenceMatch?.[1]) {
      const marker = fenceMatch[1];
      if (fence === null) fence = marker;
      else if (marker[0] === fence[0] && marker.length >= fence.length) fence = null;
    }
    if (fence === null && line.trim().length === 0) {
      if (blockStart >= 0) blocks.push(markdown.slice(blockStart, blockEnd));
      blockStart = -1;
      // A blank line that is not the text's last (still growing) line closes every block before it for good.
      if (newline >= 0) {
        settledCount = blocks.length;
        settledEnd = newline + 1;
      }
    } else {
      if (blockStart < 0) blockStart = lineStart;
      blockEnd = lineEnd;
    }
    if (newline < 0) break;
    lineStart = newline + 1;
  }
  if (blockStart >= 0) blocks.push(markdown.slice(blockStart, blockEnd));
  return { text: markdown, blocks, settledCount, settledEnd };
}

/**
 * Splits markdown into top-level blocks at blank lines outside fenced code, keeping each block's
 * text exactly. While an answer streams only the last block grows, so memoizing blocks by their
 * text makes each delta re-parse one block instead of the whole message.
 */
export function splitMarkdownBlocks(markdown: string): string[] {
  return [...splitFrom(markdown, 0, []).blocks];
}

/**
 * The same split, reusing `previous` when `markdown` extends its text (a streaming answer): only the text after its
 * settled blocks is read again, and those blocks come back as the same strings. Any other text is split afresh.
 */
export function splitMarkdownBlocksAfter(previous: MarkdownBlockSplit | null, markdown: string): MarkdownBlockSplit {
  if (previous !== null && markdown === previous.text) return previous;
  if (previous === null || !markdown.startsWith(previous.text)) return splitFrom(markdown, 0, []);
  return splitFrom(markdown, previous.settledEnd, previous.blocks.slice(0, previous.settledCount));
}

/** Remembers the last split of each of a message's markdown runs, so the next delta only re-splits what grew. */
export function createMarkdownBlockCache(): (key: number, markdown: string) => readonly string[] {
  const last = new Map<number, MarkdownBlockSplit>();
  return (key, markdown) => {
    const split = splitMarkdownBlocksAfter(last.get(key) ?? null, markdown);
    last.set(key, split);
    return split.blocks;
  };
}
