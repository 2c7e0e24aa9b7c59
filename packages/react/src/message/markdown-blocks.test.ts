import { describe, expect, it } from 'vitest';
import { splitMarkdownBlocks } from './markdown-blocks.js';
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
