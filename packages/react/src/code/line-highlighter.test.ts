import { describe, expect, it } from 'vitest';
import { splitIntoSegments } from './code-segments.js';
import { createLineHighlighter } from './line-highlighter.js';

const program = ['import numpy as np', '', 'def area(r):', '    return np.pi * r ** 2', '', 'doc = """first', '', 'still inside"""', 'print(area(2))'].join('\n');

describe('splitIntoSegments', () => {
  it('splits at unindented lines after a blank line, never inside a triple-quoted string', () => {
    expect(splitIntoSegments(program)).toEqual(['import numpy as np\n', 'def area(r):\n    return np.pi * r ** 2\n', 'doc = """first\n\nstill inside"""\nprint(area(2))']);
  });

  it('keeps every line, in order', () => {
    expect(splitIntoSegments(program).join('\n')).toBe(program);
  });
});

describe('createLineHighlighter', () => {
  it('tokenizes Python line by line', () => {
    const lines = createLineHighlighter('python').highlight('def f():\n    return "x"');
    expect(lines).toHaveLength(2);
    expect(lines[0]?.find((token) => token.content === 'def')?.types).toContain('keyword');
    expect(lines[1]?.find((token) => token.content === '"x"')?.types).toContain('string');
  });

  it('re-tokenizes only the segment an appended delta changed and keeps the other lines identical', () => {
    const highlighter = createLineHighlighter('python');
    const before = highlighter.highlight(program);
    const after = highlighter.highlight(`${program}\nprint("more")`);
    expect(highlighter.lastTokenizedSegments).toBe(1);
    expect(after.length).toBe(before.length + 1);
    for (let index = 0; index < 5; index += 1) expect(after[index]).toBe(before[index]);
  });

  it('treats a triple-quoted string as one string across lines', () => {
    const lines = createLineHighlighter('python').highlight('s = """a\n\nb"""');
    expect(lines[2]?.[0]?.types).toContain('string');
  });

  it('renders unknown languages as plain text', () => {
    expect(createLineHighlighter('not-a-language').highlight('a\nb')).toEqual([[{ types: ['plain'], content: 'a', empty: false }], [{ types: ['plain'], content: 'b', empty: false }]]);
  });
});
