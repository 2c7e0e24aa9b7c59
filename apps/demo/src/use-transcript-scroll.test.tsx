import { cleanup, render } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useTranscriptScroll } from './use-transcript-scroll.js';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function Transcript({ turns, text }: { turns: number; text: string }) {
  const transcript = useRef<HTMLElement>(null);
  useTranscriptScroll(turns, transcript);
  return (
    <main ref={transcript}>
      {Array.from({ length: turns }, (_, index) => (
        <article key={index} data-slot="turn">
          {index === turns - 1 ? text : `turn ${index}`}
        </article>
      ))}
    </main>
  );
}

describe('useTranscriptScroll', () => {
  it('brings a new turn to the top once, and does not scroll while its answer streams', () => {
    const scrolled = vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(() => undefined);
    const view = render(<Transcript turns={2} text="" />);
    expect(scrolled).not.toHaveBeenCalled();
    view.rerender(<Transcript turns={3} text="" />);
    expect(scrolled).toHaveBeenCalledTimes(1);
    expect(scrolled.mock.contexts[0]).toBe(view.container.querySelectorAll('article')[2]);
    for (const text of ['Here', 'Here is', 'Here is the chart']) view.rerender(<Transcript turns={3} text={text} />);
    expect(scrolled).toHaveBeenCalledTimes(1);
  });
});
