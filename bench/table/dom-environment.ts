import { Window } from 'happy-dom';

/**
 * Installs a happy-dom window as the global DOM so React renders in this Node process. happy-dom has
 * no layout, so the grid's scroll box is given a browser-like 1280×720 viewport; everything else
 * (element creation, attributes, React's work) is real.
 */
export function installDom(): { window: Window; countElements: () => number } {
  const window = new Window({ width: 1280, height: 720, url: 'http://localhost/' });
  const scope = globalThis as Record<string, unknown>;
  for (const key of Object.getOwnPropertyNames(window)) {
    if (key in scope) continue;
    scope[key] = (window as unknown as Record<string, unknown>)[key];
  }
  scope.window = window;
  scope.document = window.document;
  scope.IS_REACT_ACT_ENVIRONMENT = true;
  const prototype = window.HTMLElement.prototype as unknown as object;
  for (const [property, value] of [['clientWidth', 1280], ['clientHeight', 720]] as const) {
    Object.defineProperty(prototype, property, {
      configurable: true,
      get(this: { getAttribute: (name: string) => string | null }) {
        return this.getAttribute('data-slot') === 'table-grid' ? value : 0;
      },
    });
  }
  return { window, countElements: () => window.document.querySelectorAll('*').length };
}
