import type { SandboxLink } from '@execards/core';

export type MessageSegment = { kind: 'markdown'; text: string } | { kind: 'file'; link: SandboxLink; title: string | null };

/** Whether the link opens its line (after optional list or quote markers): then it stands for an output card. */
function opensLine(markdown: string, link: SandboxLink): boolean {
  const lineStart = markdown.lastIndexOf('\n', link.start - 1) + 1;
  const lineEnd = markdown.indexOf('\n', link.end);
  const after = markdown.slice(link.end, lineEnd < 0 ? markdown.length : lineEnd);
  return /^\s*(?:[-*+>]\s+|\d+[.)]\s+)?$/.test(markdown.slice(lineStart, link.start)) && after.trim().length === 0;
}

/** Removes emphasis and heading markers from the model's title line: `**Sales chart:**` → `Sales chart:`. */
export function plainTitle(title: string): string {
  return title
    .replace(/^#{1,6}\s+/, '')
    .replace(/^\s*(?:[-*+>]\s+|\d+[.)]\s+)/, '')
    .replace(/(\*\*|__|\*|_|`)/g, '')
    .trim();
}

/**
 * Cuts a message into markdown runs and output cards (docs/architecture.md#output-cards): each `sandbox:` link on a line of
 * its own becomes a card, taking the line above it (the bold title) along. Links inside a sentence
 * stay in the markdown and render as inline file links.
 */
export function splitMessage(markdown: string, links: readonly SandboxLink[]): MessageSegment[] {
  const segments: MessageSegment[] = [];
  let cursor = 0;
  for (const link of links) {
    if (link.start < cursor || markdown.slice(link.start, link.end) !== link.markdown || !opensLine(markdown, link)) continue;
    let cut = markdown.lastIndexOf('\n', link.start - 1) + 1;
    let title: string | null = null;
    if (link.title !== null) {
      const titleStart = markdown.lastIndexOf(link.title, cut);
      const between = titleStart >= cursor ? markdown.slice(titleStart + link.title.length, cut) : null;
      if (between !== null && between.trim().length === 0) {
        cut = titleStart;
        title = plainTitle(link.title);
      }
    }
    const before = markdown.slice(cursor, cut);
    if (before.trim().length > 0) segments.push({ kind: 'markdown', text: before });
    segments.push({ kind: 'file', link, title });
    cursor = link.end;
  }
  const rest = markdown.slice(cursor);
  if (rest.trim().length > 0) segments.push({ kind: 'markdown', text: rest });
  return segments;
}
