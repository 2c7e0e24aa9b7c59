import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { HtmlView } from './HtmlView.js';

function frame(): HTMLIFrameElement {
  const element = document.querySelector<HTMLIFrameElement>('iframe[data-slot="html-frame"]');
  if (!element) throw new Error('no frame');
  return element;
}

describe('HtmlView', () => {
  it('renders the page in a scripts-only sandbox from srcdoc, never same-origin', async () => {
    render(<HtmlView html="<h1>Report</h1>" />);
    await waitFor(() => expect(frame()).toBeInTheDocument());
    expect(frame().getAttribute('sandbox')).toBe('allow-scripts');
    expect(frame().getAttribute('src')).toBeNull();
    expect(frame().getAttribute('srcdoc')).toContain('<h1>Report</h1>');
    expect(frame().getAttribute('srcdoc')).toContain("default-src 'none'");
    expect(frame()).toHaveAccessibleName('HTML preview');
  });

  it('reads a Blob source', async () => {
    render(<HtmlView html={new Blob(['<p>from a file</p>'], { type: 'text/html' })} />);
    await waitFor(() => expect(frame().getAttribute('srcdoc')).toContain('<p>from a file</p>'));
  });

  it('answers invalid props with a clear error', () => {
    render(<HtmlView />);
    expect(screen.getByRole('alert')).toHaveTextContent('The preview could not be loaded: give exactly one of html or src');
  });

  it('offers both downloads, PNG once the frame has loaded, with translated labels', async () => {
    render(<HtmlView html="<p>x</p>" labels={{ downloadPng: 'Als PNG' }} />);
    await waitFor(() => expect(frame()).toBeInTheDocument());
    expect(screen.getByRole('button', { name: 'Download HTML' })).toBeEnabled();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Als PNG' })).toBeEnabled());
    expect(document.querySelector('[data-slot="html-frame-box"]')).toHaveAttribute('data-state', 'ready');
  });
});
