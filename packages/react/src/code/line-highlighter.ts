import { normalizeTokens, Prism } from 'prism-react-renderer';
import { splitIntoSegments } from './code-segments.js';

/** One highlighted run of text and its Prism token types (our own shape, so the public types need no Prism types). */
export interface HighlightedToken {
  types: string[];
  content: string;
  empty?: boolean;
}

export type HighlightedLine = readonly HighlightedToken[];

export interface LineHighlighter {
  /** Token lines for `code`; lines of segments seen in the previous call keep their identity. */
  highlight(code: string): readonly HighlightedLine[];
  /** How many segments the last `highlight` call had to tokenize (for tests and the benchmark). */
  readonly lastTokenizedSegments: number;
}

function plainLines(text: string): HighlightedLine[] {
  return text.split('\n').map((line) => [{ types: ['plain'], content: line, empty: line.length === 0 }]);
}

/**
 * Highlights code segment by segment and remembers the previous call's segments, so a streaming
 * delta re-tokenizes only the segment it changed (usually the last) instead of the whole block.
 */
export function createLineHighlighter(language: string): LineHighlighter {
  let cache = new Map<string, HighlightedLine[]>();
  let lastTokenizedSegments = 0;
  const grammar = Prism.languages[language];

  function tokenize(segment: string): HighlightedLine[] {
    if (!grammar) return plainLines(segment);
    return normalizeTokens(Prism.tokenize(segment, grammar));
  }

  return {
    highlight(code) {
      const nextCache = new Map<string, HighlightedLine[]>();
      const lines: HighlightedLine[] = [];
      lastTokenizedSegments = 0;
      for (const segment of splitIntoSegments(code)) {
        let segmentLines = nextCache.get(segment) ?? cache.get(segment);
        if (!segmentLines) {
          segmentLines = tokenize(segment);
          lastTokenizedSegments += 1;
        }
        nextCache.set(segment, segmentLines);
        for (const line of segmentLines) lines.push(line);
      }
      cache = nextCache;
      return lines;
    },
    get lastTokenizedSegments() {
      return lastTokenizedSegments;
    },
  };
}
