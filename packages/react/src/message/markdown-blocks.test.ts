import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitMarkdownBlocks, splitMarkdownBlocksAfter, type MarkdownBlockSplit } from './markdown-blocks.js';
import { plainTitle, splitMessage } from './message-segments.js';
import { parseSandboxLinks } from '@execards/core';

describe('splitMarkdownBlocks', () => {
  it('splits at blank lines but keeps fenced code whole', () => {
    expect(splitMarkdownBlocks('a\nb\n\n```py\nx = 1\n\ny = 2\n```\n\nc')).toEqual(['a\nb', '```py\nx = 1\n\ny = 2\n```', 'c']);
  });
});

describe('splitMessage', () => {
  it('cuts the title line and the link into a file segment', () => {
    const text = 'Intro\n\n**Chart**\n[*Generating your Chart…*](sandbox:/mnt/data/c.png)\n\nOutro';
    const segments = splitMessage(text, parseSandboxLinks(text));
    expect(segments.map((segment) => (segment.kind === 'file' ? `file:${segment.title ?? ''}` : segment.text.trim()))).toEqual(['Intro', 'file:Chart', 'Outro']);
  });

  it('leaves links inside a sentence in the markdown', () => {
    const text = 'See [it](sandbox:/mnt/data/a.txt) here.';
    expect(splitMessage(text, parseSandboxLinks(text))).toEqual([{ kind: 'markdown', text }]);
  });

  it('plainTitle drops emphasis and heading markers', () => {
    expect(plainTitle('### **Sales** _chart_:')).toBe('Sales chart:');
  });
});

describe('splitMarkdownBlocksAfter', () => {
  const line = fc.constantFrom('', ' ', 'text', '- item', '```py', '```', '~~~', 'x = 1', '    ```', '## Title');
  const markdown = fc.array(line, { maxLength: 40 }).map((lines) => lines.join('\n'));

  it('gives the same blocks as a fresh split, delta after delta, wherever the deltas cut', () => {
    fc.assert(
      fc.property(markdown, fc.array(fc.nat(), { maxLength: 12 }), (text, cuts) => {
        const ends = [...new Set(cuts.map((cut) => cut % (text.length + 1))), text.length].sort((a, b) => a - b);
        let split: MarkdownBlockSplit | null = null;
        for (const end of ends) {
          split = splitMarkdownBlocksAfter(split, text.slice(0, end));
          expect(split.blocks).toEqual(splitMarkdownBlocks(text.slice(0, end)));
        }
      }),
    );
  });

  it('keeps the settled blocks as the same strings and splits afresh when the text is not an extension', () => {
    const first = splitMarkdownBlocksAfter(null, 'a\n\nb');
    const next = splitMarkdownBlocksAfter(first, 'a\n\nbc\n\nd');
    expect(next.blocks).toEqual(['a', 'bc', 'd']);
    expect(next.blocks[0]).toBe(first.blocks[0]);
    expect(splitMarkdownBlocksAfter(next, 'z\n\ny').blocks).toEqual(['z', 'y']);
  });
});
