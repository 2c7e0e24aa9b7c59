/**
 * Finds `sandbox:` links while a message streams, touching only the line being written, so a text
 * delta costs the same however long the message already is. (Reading the whole text per delta
 * would flatten V8's string rope and make streaming quadratic.) The full text is parsed once more
 * at `done`, which is authoritative.
 */
import { maxSandboxLinkLength, parseSandboxLinks } from './sandbox-links.js';
import type { MessageItem, SandboxLink } from './state.js';

interface LinkTail {
  /** The last non-empty completed line, trimmed (the title candidate). */
  readonly previousLine: string | null;
  /** The line being written (its tail only, when it grows past the cap). */
  readonly line: string;
  /** Offset of `line` in the message text. */
  readonly lineStart: number;
}

/**
 * The tail of each message streaming right now, by message id, valid only for the exact message
 * object it was computed for. A cache only: on a miss (a restored state, another store streaming a
 * message with the same id, or more messages streaming than are kept) the tail is rebuilt from the
 * text, which reads the whole text once, so results never depend on the cache.
 */
const tails = new Map<string, { readonly owner: MessageItem; readonly tail: LinkTail }>();
const tailsKept = 256;

/**
 * The message streamed last and its tail, kept outside the map: one message streams at a time in
 * nearly every chat, and this way its deltas cost no map lookup and no entry. It goes to the map
 * when another message streams (interleaved streams then each keep their tail).
 */
let recentOwner: MessageItem | null = null;
let recentTail: LinkTail | null = null;

function rememberTail(message: MessageItem, tail: LinkTail): void {
  if (recentOwner !== null && recentTail !== null && recentOwner.id !== message.id) {
    tails.set(recentOwner.id, { owner: recentOwner, tail: recentTail });
    if (tails.size > tailsKept) {
      const oldest = tails.keys().next();
      if (oldest.done !== true) tails.delete(oldest.value);
    }
  }
  recentOwner = message;
  recentTail = tail;
}

/** How often a tail had to be rebuilt from the whole text (a cache miss); for tests of the cost model. */
export const tailRebuilds = { count: 0 };

function tailFromText(text: string): LinkTail {
  tailRebuilds.count += 1;
  const lineStart = text.lastIndexOf('\n') + 1;
  let line = text.slice(lineStart);
  let start = lineStart;
  if (line.length > 2 * maxSandboxLinkLength) {
    start += line.length - maxSandboxLinkLength;
    line = line.slice(-maxSandboxLinkLength);
  }
  let previousLine: string | null = null;
  for (let end = lineStart - 1; end > 0 && previousLine === null; ) {
    const begin = text.lastIndexOf('\n', end - 1) + 1;
    const trimmed = text.slice(begin, end).trim();
    if (trimmed.length > 0) previousLine = trimmed.slice(-maxSandboxLinkLength);
    end = begin - 1;
  }
  return { previousLine, line, lineStart: start };
}

function tailOf(message: MessageItem): LinkTail {
  if (recentOwner === message && recentTail !== null) return recentTail;
  const entry = tails.get(message.id);
  return entry?.owner === message ? entry.tail : tailFromText(message.text);
}

function scanLine(tail: LinkTail, links: readonly SandboxLink[]): readonly SandboxLink[] {
  if (!tail.line.includes('](')) return links;
  const prefix = tail.previousLine === null ? '' : `${tail.previousLine}\n`;
  const lastEnd = links.at(-1)?.end ?? 0;
  let result = links;
  for (const link of parseSandboxLinks(prefix + tail.line)) {
    if (link.start < prefix.length) continue;
    const shift = tail.lineStart - prefix.length;
    const start = link.start + shift;
    if (start < lastEnd) continue;
    result = [...result, { ...link, start, end: link.end + shift }];
  }
  return result;
}

function advance(tail: LinkTail, links: readonly SandboxLink[], delta: string): { tail: LinkTail; links: readonly SandboxLink[] } {
  if (!delta.includes('\n') && !delta.includes(')')) {
    // The common case: the line grows and no link can have closed.
    const line = tail.line + delta;
    if (line.length <= 2 * maxSandboxLinkLength) return { tail: { previousLine: tail.previousLine, line, lineStart: tail.lineStart }, links };
    return { tail: { previousLine: tail.previousLine, line: line.slice(-maxSandboxLinkLength), lineStart: tail.lineStart + line.length - maxSandboxLinkLength }, links };
  }
  let offset = 0;
  for (;;) {
    const newline = delta.indexOf('\n', offset);
    let line = tail.line + (newline < 0 ? delta.slice(offset) : delta.slice(offset, newline));
    let lineStart = tail.lineStart;
    if (line.length > 2 * maxSandboxLinkLength) {
      const drop = line.length - maxSandboxLinkLength;
      line = line.slice(drop);
      lineStart += drop;
    }
    tail = { ...tail, line, lineStart };
    if (newline < 0) break;
    links = scanLine(tail, links);
    const trimmed = line.trim();
    tail = {
      previousLine: trimmed.length > 0 ? trimmed.slice(-maxSandboxLinkLength) : tail.previousLine,
      line: '',
      lineStart: lineStart + line.length + 1,
    };
    offset = newline + 1;
  }
  if (delta.includes(')')) links = scanLine(tail, links);
  return { tail, links };
}

/** The message with `delta` appended to its text and any `sandbox:` link the delta completed. */
export function appendStreamedText(message: MessageItem, delta: string): MessageItem {
  const advanced = advance(tailOf(message), message.links, delta);
  // Written out field by field: this runs once per text delta, and V8 copies a spread with an overridden field far slower.
  const { kind, id, status, refusal, annotations, phase } = message;
  const next: MessageItem = { kind, id, status, text: message.text + delta, refusal, annotations, links: advanced.links, phase };
  rememberTail(next, advanced.tail);
  return next;
}
