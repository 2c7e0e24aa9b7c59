import { render, screen, waitFor } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DownloadsProvider } from './DownloadsProvider.js';
import { FileCard } from './FileCard.js';

// A real HTTP server on port 0: slow files (to overlap downloads) and a file that fails once.
let server: Server;
let baseUrl = '';
let inFlight = 0;
let peakInFlight = 0;
const failuresLeft = new Map<string, number>();

beforeAll(async () => {
  server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    response.setHeader('access-control-allow-origin', '*');
    if (request.method === 'OPTIONS') {
      response.writeHead(204, { 'access-control-allow-methods': 'GET', 'access-control-allow-headers': '*' }).end();
      return;
    }
    const remaining = failuresLeft.get(url.pathname) ?? 0;
    if (remaining > 0) {
      failuresLeft.set(url.pathname, remaining - 1);
      response.writeHead(500).end('nope');
      return;
    }
    inFlight += 1;
    peakInFlight = Math.max(peakInFlight, inFlight);
    const body = Buffer.alloc(4096, 120);
    setTimeout(() => {
      inFlight -= 1;
      response.writeHead(200, { 'content-type': 'text/plain', 'content-length': String(body.length) }).end(body);
    }, Number(url.searchParams.get('delay') ?? 0));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('FileCard', () => {
  it('shows the type, size and a name whose end stays visible', () => {
    render(<FileCard name="quarterly_revenue_by_region_final.xlsx" size={52_300} url={null} />);
    expect(screen.getByText('Excel workbook')).toBeInTheDocument();
    expect(screen.getByText('51 KB')).toBeInTheDocument();
    expect(screen.getByTitle('quarterly_revenue_by_region_final.xlsx')).toHaveTextContent('quarterly_revenue_by_region_final.xlsx');
    expect(screen.getByRole('button', { name: 'Download quarterly_revenue_by_region_final.xlsx' })).toBeDisabled();
  });

  it('runs five downloads through one queue that never exceeds maxConcurrentDownloads', async () => {
    const user = userEvent.setup();
    const saved: string[] = [];
    peakInFlight = 0;
    const names = ['a.pdf', 'b.docx', 'c.csv', 'd.zip', 'e.json'];
    render(
      <DownloadsProvider maxConcurrentDownloads={2} save={(_blob, name) => saved.push(name)}>
        {names.map((name) => (
          <FileCard key={name} name={name} size={4096} url={`${baseUrl}/${name}?delay=60`} />
        ))}
      </DownloadsProvider>,
    );
    for (const name of names) await user.click(screen.getByRole('button', { name: `Download ${name}` }));
    await waitFor(() => expect(saved).toHaveLength(5), { timeout: 5000 });
    expect(peakInFlight).toBe(2);
    expect([...saved].sort()).toEqual(names);
  });

  it('shows the failure message with a retry, and the retry downloads the file; other downloads are unaffected', async () => {
    const user = userEvent.setup();
    const saved: string[] = [];
    failuresLeft.set('/broken.pdf', 1);
    render(
      <DownloadsProvider maxConcurrentDownloads={2} save={(_blob, name) => saved.push(name)}>
        <FileCard name="broken.pdf" url={`${baseUrl}/broken.pdf`} />
        <FileCard name="fine.txt" url={`${baseUrl}/fine.txt`} />
      </DownloadsProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Download broken.pdf' }));
    await user.click(screen.getByRole('button', { name: 'Download fine.txt' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The file could not be downloaded. Please try again.');
    await waitFor(() => expect(saved).toEqual(['fine.txt']));
    await user.click(screen.getByRole('button', { name: 'Retry broken.pdf' }));
    await waitFor(() => expect(saved).toEqual(['fine.txt', 'broken.pdf']));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
