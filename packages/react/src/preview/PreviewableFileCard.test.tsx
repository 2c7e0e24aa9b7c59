import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DownloadsProvider } from '../file/DownloadsProvider.js';
import { PreviewableFileCard } from './PreviewableFileCard.js';
import type { PreviewProps } from './preview-props.js';

/** A stand-in view that shows what it was given, so the frame's job (fetch, cap, states) is what is tested. */
function EchoView({ data, fileName, truncated }: PreviewProps) {
  return (
    <p>
      {fileName}: {new TextDecoder().decode(data)}
      {truncated ? ' (cut)' : ''}
    </p>
  );
}

function ThrowingView(): never {
  throw new Error('a hostile file broke the reader');
}

/** The host's fetch (DownloadsProvider's injection point), answering from a table of files and counting requests. */
function filesFetch(files: Record<string, { status?: number; body?: string; size?: number }>) {
  const requests: string[] = [];
  const fetch = async (input: RequestInfo | URL) => {
    const url = String(input);
    requests.push(url);
    const file = files[url];
    if (!file) return new Response('missing', { status: 404 });
    const body = file.body ?? 'x'.repeat(file.size ?? 0);
    return new Response(body, { status: file.status ?? 200, headers: { 'content-length': String(new TextEncoder().encode(body).byteLength) } });
  };
  return { fetch: fetch as typeof globalThis.fetch, requests };
}

describe('PreviewableFileCard', () => {
  it('fetches nothing until Preview is pressed, then shows the file inside the card; pressing again closes it', async () => {
    const user = userEvent.setup();
    const { fetch, requests } = filesFetch({ '/files/notes.txt': { body: 'hello from the sandbox' } });
    render(
      <DownloadsProvider fetch={fetch}>
        <PreviewableFileCard name="notes.txt" size={22} url="/files/notes.txt" kind="txt" previewKind="text" view={EchoView} />
      </DownloadsProvider>,
    );
    const toggle = screen.getByRole('button', { name: 'Preview notes.txt' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(requests).toEqual([]);

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const region = screen.getByRole('region', { name: 'Preview of notes.txt' });
    expect(toggle).toHaveAttribute('aria-controls', region.id);
    expect(await within(region).findByText('notes.txt: hello from the sandbox')).toBeInTheDocument();
    expect(requests).toEqual(['/files/notes.txt']);
    // The download is still one click away.
    expect(screen.getByRole('button', { name: 'Download notes.txt' })).toBeEnabled();

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('region', { name: 'Preview of notes.txt' })).not.toBeInTheDocument();
  });

  it('refuses a document over its cap without reading it, and says how to see it', async () => {
    const user = userEvent.setup();
    const { fetch } = filesFetch({ '/files/big.pdf': { size: 41 * 1024 * 1024 } });
    render(
      <DownloadsProvider fetch={fetch}>
        <PreviewableFileCard name="big.pdf" size={null} url="/files/big.pdf" kind="pdf" previewKind="pdf" view={EchoView} />
      </DownloadsProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Preview big.pdf' }));
    const region = screen.getByRole('region', { name: 'Preview of big.pdf' });
    expect(await within(region).findByRole('status')).toHaveTextContent(/larger than a preview can show \(.+\)\. Download it to see it\./);
    expect(screen.queryByText(/big\.pdf:/)).not.toBeInTheDocument();
  });

  it('shows the start of a long text file, marked as cut', async () => {
    const user = userEvent.setup();
    const { fetch } = filesFetch({ '/files/run.log': { size: 600 * 1024 } });
    render(
      <DownloadsProvider fetch={fetch}>
        <PreviewableFileCard name="run.log" size={null} url="/files/run.log" kind="txt" previewKind="text" view={EchoView} />
      </DownloadsProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Preview run.log' }));
    const shown = await screen.findByText(/^run\.log: x+ \(cut\)$/);
    expect(shown.textContent?.length).toBe('run.log: '.length + 512 * 1024 + ' (cut)'.length);
  });

  it('says a failed read failed and reads again on Retry', async () => {
    const user = userEvent.setup();
    const files: Record<string, { status?: number; body?: string }> = { '/files/data.json': { status: 500, body: 'oops' } };
    const { fetch, requests } = filesFetch(files);
    render(
      <DownloadsProvider fetch={fetch}>
        <PreviewableFileCard name="data.json" size={null} url="/files/data.json" kind="json" previewKind="text" view={EchoView} />
      </DownloadsProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Preview data.json' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The preview could not be loaded.');
    files['/files/data.json'] = { body: '{"ok":true}' };
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('data.json: {"ok":true}')).toBeInTheDocument();
    expect(requests).toHaveLength(2);
  });

  it('keeps a view that throws inside the preview: the card and its download stay usable', async () => {
    const user = userEvent.setup();
    const { fetch } = filesFetch({ '/files/evil.xlsx': { body: 'PK not really a workbook' } });
    // React and the boundary report the error on the console; silenced here, asserted through what the user sees.
    const { warn, error } = console;
    console.warn = () => undefined;
    console.error = () => undefined;
    try {
      render(
        <DownloadsProvider fetch={fetch}>
          <PreviewableFileCard name="evil.xlsx" size={null} url="/files/evil.xlsx" kind="xlsx" previewKind="xlsx" view={ThrowingView} />
        </DownloadsProvider>,
      );
      await user.click(screen.getByRole('button', { name: 'Preview evil.xlsx' }));
      const region = screen.getByRole('region', { name: 'Preview of evil.xlsx' });
      expect(await within(region).findByRole('alert')).toHaveTextContent('The preview could not be loaded.');
      expect(screen.getByRole('button', { name: 'Download evil.xlsx' })).toBeEnabled();
    } finally {
      console.warn = warn;
      console.error = error;
    }
  });
});
