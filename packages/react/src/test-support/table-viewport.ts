import { afterAll, beforeAll } from 'vitest';

/**
 * happy-dom has no layout engine: every box is 0×0, so a virtualized grid would show nothing. Gives
 * the table grid's scroll box a viewport (800×420) the way a browser would, for the tests of one file;
 * the real layout is exercised by the Storybook stories in Chromium.
 */
export function withTableViewport(viewport = { clientWidth: 800, clientHeight: 420 }): void {
  beforeAll(() => {
    for (const [property, value] of Object.entries(viewport)) {
      Object.defineProperty(HTMLElement.prototype, property, {
        configurable: true,
        get(this: HTMLElement) {
          return this.dataset.slot === 'table-grid' ? value : 0;
        },
      });
    }
  });
  afterAll(() => {
    for (const property of Object.keys(viewport)) Reflect.deleteProperty(HTMLElement.prototype, property);
  });
}
