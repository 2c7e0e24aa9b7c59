import { describe, expect, it } from 'vitest';
import { tableRows, type TableNode } from './MarkdownBlock.js';

const text = (value: string): TableNode => ({ type: 'text', value });
const element = (tagName: string, children: TableNode[]): TableNode => ({ type: 'element', tagName, children });

describe('tableRows', () => {
  it('reads the header row, then body rows, as plain cell text', () => {
    const table = element('table', [
      element('thead', [element('tr', [element('th', [text('Region')]), element('th', [text('Revenue')])])]),
      text('\n'),
      element('tbody', [
        element('tr', [element('td', [text('North')]), element('td', [element('strong', [text('412')]), text(' k')])]),
        element('tr', [element('td', [text(' South ')]), element('td', [])]),
      ]),
    ]);
    expect(tableRows(table)).toEqual([
      ['Region', 'Revenue'],
      ['North', '412 k'],
      ['South', ''],
    ]);
  });
});
