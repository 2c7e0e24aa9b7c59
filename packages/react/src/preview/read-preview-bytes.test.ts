// @vitest-environment node
// Node's own fetch (undici): a real HTTP client, where a cancelled body really closes the connection.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPreviewBytes } from './read-preview-bytes.js';

// A real HTTP server: files with and without Content-Length, and one that counts how much of it was sent.
let server: Server;
let baseUrl = '';
let bytesSentOfEndless = 0;

beforeAll(async () => {
  server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const size = Number(url.searchParams.get('size') ?? 0);
    const body = Buffer.alloc(size, 'a');
    if (url.pathname === '/missing') {
      response.writeHead(404).end('no such file');
    } else if (url.pathname === '/sized') {
      response.writeHead(200, { 'content-length': String(size) }).end(body);
    } else if (url.pathname === '/chunked') {
      response.writeHead(200);
      response.end(body);
    } else if (url.pathname === '/endless') {
      response.writeHead(200, { connection: 'close' });
      const chunk = Buffer.alloc(64 * 1024, 'b');
      // "Endless" up to 64 MiB, so a broken reader fails the test instead of hanging it.
      const pump = () => {
        while (!response.destroyed && bytesSentOfEndless < 64 * 1024 * 1024 && response.write(chunk)) bytesSentOfEndless += chunk.length;
        if (bytesSentOfEndless >= 64 * 1024 * 1024) response.end();
        else if (!response.destroyed) response.once('drain', pump);
      };
      pump();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  return new Promise<void>((resolve) => server.close(() => resolve()));
});

const read = (path: string, cap: number, prefix: boolean) => readPreviewBytes(`${baseUrl}${path}`, { cap, prefix, signal: new AbortController().signal });

describe('readPreviewBytes', () => {
  it('reads a file within the cap whole', async () => {
    const result = await read('/sized?size=1000', 4096, false);
    expect(result.status).toBe('ready');
    if (result.status === 'ready') {
      expect(result.data.byteLength).toBe(1000);
      expect(result.truncated).toBe(false);
    }
  });

  it('refuses a document whose declared size is over the cap, naming the size', async () => {
    await expect(read('/sized?size=10000', 4096, false)).resolves.toEqual({ status: 'too-large', bytes: 10000 });
  });

  it('refuses a document over the cap even when the server does not say its size', async () => {
    await expect(read('/chunked?size=10000', 4096, false)).resolves.toEqual({ status: 'too-large', bytes: null });
  });

  it('keeps the first bytes of a long text file and says it is cut', async () => {
    const result = await read('/sized?size=10000', 4096, true);
    expect(result).toMatchObject({ status: 'ready', truncated: true });
    if (result.status === 'ready') expect(new TextDecoder().decode(result.data)).toBe('a'.repeat(4096));
  });

  it('stops reading a file that never ends once past the cap', async () => {
    const result = await read('/endless', 256 * 1024, true);
    expect(result).toMatchObject({ status: 'ready', truncated: true });
    if (result.status === 'ready') expect(result.data.byteLength).toBe(256 * 1024);
    // The connection is closed: the server stops well short of what an unbounded read would pull.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const sent = bytesSentOfEndless;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(bytesSentOfEndless).toBe(sent);
    expect(sent).toBeLessThan(16 * 1024 * 1024);
  });

  it('rejects a failed answer with its status', async () => {
    await expect(read('/missing', 4096, false)).rejects.toThrow('HTTP 404');
  });
});
