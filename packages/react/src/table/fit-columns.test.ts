import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnNeeds, fitColumnWidths } from './fit-columns.js';

const sum = (widths: number[]): number => widths.reduce((total, width) => total + width, 0);

describe('fitColumnWidths', () => {
  it('gives narrow tables the whole width, shared in proportion to the content, nothing cut', () => {
    // Three numeric columns ("51.52358531234567" needs ≈130 px) in a 700 px card minus the row numbers.
    const widths = fitColumnWidths(
      [
        { content: 130, minimum: 56 },
        { content: 130, minimum: 56 },
        { content: 65, minimum: 56 },
      ],
      636,
    );
    expect(sum(widths)).toBe(636);
    expect(widths).toEqual([255, 254, 127]);
  });

  it('keeps content widths exactly when they fill the space', () => {
    expect(fitColumnWidths([{ content: 100, minimum: 56 }, { content: 200, minimum: 56 }], 300)).toEqual([100, 200]);
  });

  it('when the total exceeds the space, cuts the widest columns first and only down to the space', () => {
    const widths = fitColumnWidths(
      [
        { content: 80, minimum: 60 },
        { content: 900, minimum: 120 },
        { content: 100, minimum: 60 },
      ],
      500,
    );
    expect(widths).toEqual([80, 320, 100]);
  });

  it('respects the minimums and lets the grid scroll when even they do not fit', () => {
    expect(fitColumnWidths([{ content: 300, minimum: 120 }, { content: 300, minimum: 120 }, { content: 40, minimum: 120 }], 200)).toEqual([120, 120, 40]);
  });

  it('handles no columns and no space', () => {
    expect(fitColumnWidths([], 500)).toEqual([]);
    expect(fitColumnWidths([{ content: 90, minimum: 56 }], 0)).toEqual([56]);
  });

  it('never cuts when the content fits, fills the space exactly, and otherwise never goes below a minimum nor over the space', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ content: fc.integer({ min: 1, max: 2000 }), minimum: fc.integer({ min: 1, max: 300 }) }), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 0, max: 5000 }),
        (columns, available) => {
          const widths = fitColumnWidths(columns, available);
          expect(widths).toHaveLength(columns.length);
          const contentTotal = sum(columns.map((column) => column.content));
          if (contentTotal <= available) {
            expect(sum(widths)).toBe(available);
            widths.forEach((width, index) => expect(width).toBeGreaterThanOrEqual(columns[index]?.content ?? 0));
          } else {
            widths.forEach((width, index) => expect(width).toBeGreaterThanOrEqual(Math.min(columns[index]?.content ?? 0, columns[index]?.minimum ?? 0)));
            const floorTotal = sum(columns.map((column) => Math.min(column.content, column.minimum)));
            if (floorTotal < available) expect(sum(widths)).toBeLessThanOrEqual(available);
            widths.forEach((width, index) => expect(width).toBeLessThanOrEqual(columns[index]?.content ?? 0));
          }
        },
      ),
    );
  });
});

describe('columnNeeds', () => {
  const measure = (text: string): number => text.length * 7;

  it('takes the wider of the header and the longest cells, with padding, capped', () => {
    const needs = columnNeeds({
      headers: ['x', 'a long header name', 'notes'],
      rows: [
        ['51.52358531234567', '1', 'short'],
        ['2.5', '22', 'x'.repeat(500)],
      ],
      measureHeader: (text) => text.length * 8,
      measureCell: measure,
      headerExtra: 30,
      cellExtra: 20,
      maxContent: 480,
      minimum: 96,
    });
    expect(needs).toEqual([
      { content: 17 * 7 + 20, minimum: 96 },
      { content: 18 * 8 + 30, minimum: 96 },
      { content: 480, minimum: 96 },
    ]);
  });

  it('measures only the few longest texts of each column', () => {
    const measured: string[] = [];
    columnNeeds({
      headers: ['n'],
      rows: ['1', '22', '333', '4444', '5', '55555'].map((text) => [text]),
      measureHeader: measure,
      measureCell: (text) => {
        measured.push(text);
        return measure(text);
      },
      headerExtra: 0,
      cellExtra: 0,
      maxContent: 1000,
      minimum: 10,
      measuredPerColumn: 2,
    });
    expect(measured.sort()).toEqual(['4444', '55555']);
  });
});
