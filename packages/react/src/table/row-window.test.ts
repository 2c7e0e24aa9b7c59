import { describe, expect, it } from 'vitest';
import { bodyHeight, isScaled, offsetForScrollTop, offsetToShow, rowWindow, scrollTopForOffset, type RowWindowGeometry } from './row-window.js';

const small: RowWindowGeometry = { rowCount: 1_000, rowHeight: 32, viewportHeight: 384, maxBodyHeight: 10_000_000 };
const huge: RowWindowGeometry = { rowCount: 2_000_000, rowHeight: 32, viewportHeight: 384, maxBodyHeight: 10_000_000 };

describe('row window', () => {
  it('keeps rows at their true positions while the body fits under the cap', () => {
    expect(isScaled(small)).toBe(false);
    expect(bodyHeight(small)).toBe(32_000);
    expect(offsetForScrollTop(small, 3_200)).toBe(3_200);
    expect(rowWindow(small, 3_200, 3_200, 2)).toEqual({ first: 98, last: 113, shift: 0 });
  });

  it('caps the body height and maps the scroll range onto every row', () => {
    expect(isScaled(huge)).toBe(true);
    expect(bodyHeight(huge)).toBe(10_000_000);
    const maxScrollTop = 10_000_000 - 384;
    expect(offsetForScrollTop(huge, 0)).toBe(0);
    expect(offsetForScrollTop(huge, maxScrollTop)).toBe(2_000_000 * 32 - 384);
    const end = rowWindow(huge, maxScrollTop, offsetForScrollTop(huge, maxScrollTop), 0);
    expect(end.last).toBe(1_999_999);
    // The last row is placed at the bottom of the capped body, where the box shows it.
    expect(end.shift + end.last * 32 + 32).toBeCloseTo(10_000_000, 3);
  });

  it('places the rows in view inside the visible part of a scaled body', () => {
    const scrollTop = 4_321_000;
    const offset = offsetForScrollTop(huge, scrollTop);
    const { first, shift } = rowWindow(huge, scrollTop, offset, 0);
    const top = shift + first * 32;
    expect(top).toBeLessThanOrEqual(scrollTop);
    expect(top).toBeGreaterThan(scrollTop - 32);
  });

  it('inverts the mapping, so a row scrolled to is shown whole', () => {
    for (const index of [0, 1, 1_048_576, 1_500_000, 1_999_999]) {
      const offset = offsetToShow(huge, 0, index);
      const scrollTop = scrollTopForOffset(huge, offset);
      expect(offsetForScrollTop(huge, scrollTop)).toBeCloseTo(offset, 3);
      const { first, last } = rowWindow(huge, scrollTop, offset, 0);
      expect(index).toBeGreaterThanOrEqual(first);
      expect(index).toBeLessThanOrEqual(last);
    }
  });

  it('scrolls the least that shows a row: not at all when it is in view', () => {
    expect(offsetToShow(small, 3_200, 105)).toBe(3_200);
    expect(offsetToShow(small, 3_200, 99)).toBe(99 * 32);
    expect(offsetToShow(small, 3_200, 120)).toBe(121 * 32 - 384);
    expect(offsetToShow(small, 0, 5_000)).toBe(1_000 * 32 - 384);
  });

  it('renders nothing without rows and stays bounded with many', () => {
    expect(rowWindow({ ...huge, rowCount: 0 }, 0, 0, 8)).toEqual({ first: 0, last: -1, shift: 0 });
    const { first, last } = rowWindow(huge, 5_000_000, offsetForScrollTop(huge, 5_000_000), 8);
    expect(last - first + 1).toBeLessThanOrEqual(Math.ceil(384 / 32) + 1 + 16);
  });
});
