import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LazyMount } from './LazyMount.js';

/** Stands in for the browser's observer: the test says when the box is near the viewport or far from it. */
class FakeIntersectionObserver {
  static last: FakeIntersectionObserver | null = null;
  target: Element | null = null;
  constructor(
    private readonly callback: IntersectionObserverCallback,
    readonly options: IntersectionObserverInit,
  ) {
    FakeIntersectionObserver.last = this;
  }
  observe(target: Element): void {
    this.target = target;
  }
  disconnect(): void {
    this.target = null;
  }
  report(isIntersecting: boolean, height: number): void {
    const entry = { isIntersecting, target: this.target, boundingClientRect: { height } } as unknown as IntersectionObserverEntry;
    this.callback([entry], this as unknown as IntersectionObserver);
  }
}

function report(isIntersecting: boolean, height = 300): void {
  const observer = FakeIntersectionObserver.last;
  if (!observer) throw new Error('no observer');
  act(() => observer.report(isIntersecting, height));
}

describe('LazyMount', () => {
  beforeEach(() => {
    vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    FakeIntersectionObserver.last = null;
  });

  it('mounts its content at once and watches with a generous margin', () => {
    render(
      <LazyMount>
        <p>preview</p>
      </LazyMount>,
    );
    expect(screen.getByText('preview')).toBeTruthy();
    expect(FakeIntersectionObserver.last?.options.rootMargin).toBe('200% 0px');
  });

  it('parks the content far out of view behind a box of the same height, and mounts it again when near', async () => {
    const { container } = render(
      <LazyMount>
        <p>preview</p>
      </LazyMount>,
    );
    report(false, 312);
    expect(screen.queryByText('preview')).toBeNull();
    const box = container.querySelector<HTMLElement>('[data-slot="lazy-mount"]');
    expect(box?.dataset['state']).toBe('parked');
    expect(box?.style.height).toBe('312px');

    report(true);
    expect(await screen.findByText('preview')).toBeTruthy();
    expect(box?.dataset['state']).toBe('mounted');
    expect(box?.style.height).toBe('');
  });

  it('keeps the last laid-out height when the observer reports an empty box (a turn skipped by content-visibility)', () => {
    let reportSize: ((height: number) => void) | null = null;
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(callback: ResizeObserverCallback) {
          reportSize = (height) => callback([{ borderBoxSize: [{ blockSize: height, inlineSize: 600 }] } as unknown as ResizeObserverEntry], this as unknown as ResizeObserver);
        }
        observe(): void {}
        disconnect(): void {}
      },
    );
    const { container } = render(
      <LazyMount>
        <p>preview</p>
      </LazyMount>,
    );
    act(() => reportSize?.(420));
    report(false, 0);
    expect(screen.queryByText('preview')).toBeNull();
    expect(container.querySelector<HTMLElement>('[data-slot="lazy-mount"]')?.style.height).toBe('420px');
  });

  it('never parks content that holds the focus', () => {
    render(
      <LazyMount>
        <button type="button">inside</button>
      </LazyMount>,
    );
    screen.getByRole('button', { name: 'inside' }).focus();
    report(false);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'inside' }));
  });

  it('stays mounted where there is no IntersectionObserver', () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    render(
      <LazyMount>
        <p>preview</p>
      </LazyMount>,
    );
    expect(screen.getByText('preview')).toBeTruthy();
  });
});
