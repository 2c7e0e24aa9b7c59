import type { SandboxLink } from './state.js';

/** Where the code interpreter keeps files; every `sandbox:` link must point inside it. */
export const containerDataDirectory = '/mnt/data/';

const sandboxScheme = 'sandbox:';
/** Longest link source considered; a guard against pathological input, far above any real file name. */
export const maxSandboxLinkLength = 2048;

/** Decodes `%xx` escapes; a malformed escape leaves the text as written instead of failing. */
function decodePath(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** A container path is accepted only inside `/mnt/data/`, with no `..` segment and no control characters. */
export function normalizeContainerPath(rawPath: string): string | null {
  const path = decodePath(rawPath.trim());
  if (!path.startsWith(containerDataDirectory) || path.length === containerDataDirectory.length) return null;
  // eslint-disable-next-line no-control-regex -- rejecting control characters is the point
  if (/[\u0000-\u001f\u007f]/.test(path)) return null;
  if (path.split('/').some((segment) => segment === '..' || segment === '.')) return null;
  if (path.endsWith('/')) return null;
  return path;
}

export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** Finds the `[` that opens the link text ending at `closeBracket`, on the same line and not before `floor`; -1 if none. */
function findOpeningBracket(markdown: string, closeBracket: number, floor: number): number {
  let depth = 0;
  const lowerBound = Math.max(floor, closeBracket - maxSandboxLinkLength);
  for (let index = closeBracket - 1; index >= lowerBound; index -= 1) {
    const character = markdown[index];
    if (character === '\n') return -1;
    if (character === ']' && markdown[index - 1] !== '\\') depth += 1;
    if (character === '[' && markdown[index - 1] !== '\\') {
      if (depth === 0) return index;
      depth -= 1;
    }
  }
  return -1;
}

interface Destination {
  url: string;
  end: number;
}

/** Reads a link destination starting at `start` (just after `(`): `<...>` form or balanced parentheses. */
function readDestination(markdown: string, start: number): Destination | null {
  const limit = Math.min(markdown.length, start + maxSandboxLinkLength);
  if (markdown[start] === '<') {
    const close = markdown.indexOf('>', start + 1);
    if (close < 0 || close >= limit) return null;
    const url = markdown.slice(start + 1, close);
    if (url.includes('\n')) return null;
    const paren = markdown.indexOf(')', close);
    if (paren < 0 || markdown.slice(close + 1, paren).trim().length > 0 && !isLinkTitle(markdown.slice(close + 1, paren))) return null;
    return { url, end: paren + 1 };
  }
  let depth = 0;
  for (let index = start; index < limit; index += 1) {
    const character = markdown[index];
    if (character === '\n') return null;
    if (character === '(') depth += 1;
    if (character === ')') {
      if (depth === 0) return { url: stripLinkTitle(markdown.slice(start, index)), end: index + 1 };
      depth -= 1;
    }
  }
  return null;
}

function isLinkTitle(text: string): boolean {
  return /^\s+"[^"]*"\s*$/.test(text) || /^\s+'[^']*'\s*$/.test(text);
}

/** Drops a trailing markdown link title: `sandbox:/mnt/data/a.png "Chart"`. */
function stripLinkTitle(destination: string): string {
  const match = /\s+("[^"]*"|'[^']*')\s*$/.exec(destination);
  return (match ? destination.slice(0, match.index) : destination).trim();
}

/** The non-empty line before the link's line, when the link opens its line (after list or quote markers). */
function titleBefore(markdown: string, linkStart: number): string | null {
  const lineStart = markdown.lastIndexOf('\n', linkStart - 1) + 1;
  if (!/^\s*(?:[-*+>]\s+|\d+[.)]\s+)?$/.test(markdown.slice(lineStart, linkStart))) return null;
  let end = lineStart - 1;
  while (end > 0) {
    const start = markdown.lastIndexOf('\n', end - 1) + 1;
    const line = markdown.slice(start, end).trim();
    if (line.length > 0) return line;
    end = start - 1;
  }
  return null;
}

/**
 * Every markdown link to a container file, `[text](sandbox:/mnt/data/...)` (also `![...]`), in
 * order, with its title line and UTF-16 offsets. Names may be URL-encoded or contain spaces,
 * unicode or balanced parentheses. Links with any other scheme (`javascript:`, `data:`, `http:`…)
 * or a path outside `/mnt/data/` are not returned.
 */
export function parseSandboxLinks(markdown: string): SandboxLink[] {
  const links: SandboxLink[] = [];
  let searchFrom = 0;
  for (;;) {
    const marker = markdown.indexOf('](', searchFrom);
    if (marker < 0) break;
    searchFrom = marker + 2;
    const destinationStart = marker + 2;
    const urlStart = markdown[destinationStart] === '<' ? destinationStart + 1 : destinationStart;
    if (markdown.slice(urlStart, urlStart + sandboxScheme.length).toLowerCase() !== sandboxScheme) continue;
    // Links do not nest: a link's text cannot begin inside the previous link.
    const open = findOpeningBracket(markdown, marker, links.at(-1)?.end ?? 0);
    if (open < 0) continue;
    const destination = readDestination(markdown, destinationStart);
    if (!destination) continue;
    const path = normalizeContainerPath(destination.url.slice(sandboxScheme.length));
    if (path === null) continue;
    const image = open > 0 && markdown[open - 1] === '!';
    const start = image ? open - 1 : open;
    links.push({
      markdown: markdown.slice(start, destination.end),
      text: markdown.slice(open + 1, marker),
      url: destination.url,
      path,
      filename: baseName(path),
      image,
      title: titleBefore(markdown, start),
      start,
      end: destination.end,
    });
    searchFrom = destination.end;
  }
  return links;
}

/**
 * Whether a URL in model output may become a clickable link: http(s), mailto and sandbox paths
 * only (docs/architecture.md#model-output). Whitespace and control characters are removed first, as browsers do, so
 * `java\tscript:` is still seen as `javascript:`.
 */
export function isSafeLinkUrl(url: string): boolean {
  // eslint-disable-next-line no-control-regex -- browsers ignore these inside URLs
  const cleaned = url.replace(/[\u0000-\u0020\u007f]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
  if (scheme === 'sandbox') return normalizeContainerPath(url.trim().slice(sandboxScheme.length)) !== null;
  return scheme === 'http' || scheme === 'https' || scheme === 'mailto';
}
