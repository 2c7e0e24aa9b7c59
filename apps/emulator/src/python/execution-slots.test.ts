import { describe, expect, it } from 'vitest';
import { ExecutionSlots } from './execution-slots.js';

describe('ExecutionSlots', () => {
  it('lets at most `size` holders run, and hands slots over in arrival order', async () => {
    const slots = new ExecutionSlots(2);
    const first = await slots.acquire();
    const second = await slots.acquire();
    const order: string[] = [];
    const third = slots.acquire().then((release) => {
      order.push('third');
      return release;
    });
    const fourth = slots.acquire().then((release) => {
      order.push('fourth');
      return release;
    });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(order).toEqual([]);
    first();
    first(); // releasing twice must not free a second slot
    const releaseThird = await third;
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(order).toEqual(['third']);
    releaseThird();
    const releaseFourth = await fourth;
    expect(order).toEqual(['third', 'fourth']);
    second();
    releaseFourth();
  });
});
