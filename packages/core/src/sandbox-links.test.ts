import { describe, expect, it } from 'vitest';
import { isSafeLinkUrl, normalizeContainerPath, parseSandboxLinks } from './sandbox-links.js';

describe('parseSandboxLinks', () => {
  it('finds the default-prompt link with its bold title line and exact offsets', () => {
    const markdown = 'Here is the chart.\n\n**Sales by month**\n[*Generating your Chart…*](sandbox:/mnt/data/sales.png)\n\nDone.';
    const [link, ...rest] = parseSandboxLinks(markdown);
    expect(rest).toEqual([]);
    expect(link).toEqual({
      markdown: '[*Generating your Chart…*](sandbox:/mnt/data/sales.png)',
      text: '*Generating your Chart…*',
      url: 'sandbox:/mnt/data/sales.png',
      path: '/mnt/data/sales.png',
      filename: 'sales.png',
      image: false,
      title: '**Sales by month**',
      start: 39,
      end: 94,
    });
    expect(markdown.slice(link?.start, link?.end)).toBe(link?.markdown);
  });

  it('handles a leading !, skipping blank lines to the title', () => {
    const [link] = parseSandboxLinks('**Plot**\n\n\n![chart](sandbox:/mnt/data/plot.png)');
    expect(link).toMatchObject({ image: true, markdown: '![chart](sandbox:/mnt/data/plot.png)', title: '**Plot**', start: 11 });
  });

  it.each([
    ['URL-encoded names', '[x](sandbox:/mnt/data/my%20report%20%282%29.pdf)', '/mnt/data/my report (2).pdf'],
    ['raw spaces', '[x](sandbox:/mnt/data/my report.pdf)', '/mnt/data/my report.pdf'],
    ['unicode', '[x](sandbox:/mnt/data/übersicht_日本語.csv)', '/mnt/data/übersicht_日本語.csv'],
    ['balanced parentheses', '[x](sandbox:/mnt/data/chart (1).png)', '/mnt/data/chart (1).png'],
    ['nested parentheses', '[x](sandbox:/mnt/data/a(b(c)).txt)', '/mnt/data/a(b(c)).txt'],
    ['angle brackets', '[x](<sandbox:/mnt/data/a b).png>)', '/mnt/data/a b).png'],
    ['a link title', '[x](sandbox:/mnt/data/a.png "The chart")', '/mnt/data/a.png'],
    ['sub-folders', '[x](sandbox:/mnt/data/out/2024/a.csv)', '/mnt/data/out/2024/a.csv'],
    ['brackets in the text', '[see [the] chart](sandbox:/mnt/data/a.png)', '/mnt/data/a.png'],
    ['upper-case scheme', '[x](SANDBOX:/mnt/data/a.png)', '/mnt/data/a.png'],
    ['a malformed escape', '[x](sandbox:/mnt/data/100%.csv)', '/mnt/data/100%.csv'],
  ])('reads %s', (_name, markdown, path) => {
    expect(parseSandboxLinks(markdown).map((link) => link.path)).toEqual([path]);
  });

  it('keeps several links on a line apart, and a mid-sentence link has no title', () => {
    const links = parseSandboxLinks('Title\nGet [a](sandbox:/mnt/data/a.csv) or [b](sandbox:/mnt/data/b.csv).');
    expect(links.map((link) => [link.filename, link.title])).toEqual([
      ['a.csv', null],
      ['b.csv', null],
    ]);
  });

  it('does not nest links: an inner link wins and the outer brackets stay text', () => {
    const links = parseSandboxLinks('[x[y](sandbox:/mnt/data/in.csv)](sandbox:/mnt/data/out.csv)');
    expect(links.map((link) => [link.path, link.start, link.end])).toEqual([['/mnt/data/in.csv', 2, 31]]);
  });

  it('finds list-item links with the line above as title', () => {
    const [link] = parseSandboxLinks('Files:\n- [data](sandbox:/mnt/data/d.csv)');
    expect(link?.title).toBe('Files:');
  });

  it.each([
    ['javascript:', '[click](javascript:alert(1))'],
    ['data:', '[img](data:text/html;base64,PHNjcmlwdD4=)'],
    ['https', '[site](https://example.com/a.png)'],
    ['sandbox outside /mnt/data', '[x](sandbox:/etc/passwd)'],
    ['sandbox with ..', '[x](sandbox:/mnt/data/../../etc/passwd)'],
    ['encoded ..', '[x](sandbox:/mnt/data/%2e%2e/secret)'],
    ['sandbox javascript', '[x](sandbox:javascript:alert(1))'],
    ['the bare directory', '[x](sandbox:/mnt/data/)'],
    ['a link broken across lines', '[x](sandbox:/mnt/data/a\n.png)'],
    ['an unclosed link', '[x](sandbox:/mnt/data/a.png'],
    ['a bare URL', 'see sandbox:/mnt/data/a.png'],
  ])('rejects %s', (_name, markdown) => {
    expect(parseSandboxLinks(markdown)).toEqual([]);
  });
});

describe('normalizeContainerPath', () => {
  it('decodes and accepts only paths inside /mnt/data', () => {
    expect(normalizeContainerPath('/mnt/data/a%2Fb.png')).toBe('/mnt/data/a/b.png');
    expect(normalizeContainerPath('/mnt/database.csv')).toBeNull();
    expect(normalizeContainerPath('/mnt/data/a%00.png')).toBeNull();
  });
});

describe('isSafeLinkUrl', () => {
  it.each([
    ['https://example.com', true],
    ['HTTP://example.com', true],
    ['mailto:a@example.com', true],
    ['sandbox:/mnt/data/a.png', true],
    ['sandbox:/etc/passwd', false],
    ['javascript:alert(1)', false],
    [' JaVaScRiPt:alert(1)', false],
    ['java\tscript:alert(1)', false],
    ['data:text/html,<script>', false],
    ['vbscript:msgbox', false],
    ['/relative/path', false],
  ])('%s → %s', (url, safe) => {
    expect(isSafeLinkUrl(url)).toBe(safe);
  });
});
