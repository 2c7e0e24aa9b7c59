/**
 * The archive requests over real HTTP. The server here answers with the shapes of the issue-10
 * contract (`POST /api/files/status`, `POST /api/files/rerun`) and records what it received, so
 * the client's encoding, validation and error mapping are checked byte for byte; the proxy's own
 * tests cover the routes themselves.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from './client.js';
import { ProxyError } from './errors.js';

interface Received {
  path: string;
  body: unknown;
}

const sha = 'c'.repeat(64);
let server: Server;
let baseUrl: string;
const received: Received[] = [];
/** What the next request is answered with: status and JSON body. */
let reply: (body: unknown) => { status: number; body: unknown } = () => ({ status: 500, body: null });

async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
}

beforeAll(async () => {
  server = createServer((request, response) => {
    void readJson(request).then((body) => {
      received.push({ path: request.url ?? '', body });
      const answer = reply(body);
      response.writeHead(answer.status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

function statusesFor(body: unknown) {
  const urls = (body as { urls: string[] }).urls;
  return { status: 200, body: { files: urls.map((url, index) => ({ url, status: (['live', 'archived', 'gone', 'invalid'] as const)[index % 4], ...(index % 4 === 3 ? { message: 'The link has expired.' } : {}) })) } };
}

describe('client.fileStatus', () => {
  it('posts the URLs and returns each status in order', async () => {
    received.length = 0;
    reply = statusesFor;
    const urls = ['/api/files/a?sig=1', '/api/archive/b?sig=2', '/api/files/c?sig=3', '/api/files/d?sig=bad'];
    await expect(createClient({ baseUrl }).fileStatus(urls)).resolves.toEqual([
      { url: urls[0], status: 'live' },
      { url: urls[1], status: 'archived' },
      { url: urls[2], status: 'gone' },
      { url: urls[3], status: 'invalid', message: 'The link has expired.' },
    ]);
    expect(received).toEqual([{ path: '/api/files/status', body: { urls } }]);
  });

  it('sends more than 200 URLs in batches the server accepts, and sends nothing for none', async () => {
    received.length = 0;
    reply = statusesFor;
    const urls = Array.from({ length: 450 }, (_, index) => `/api/files/${index}`);
    const statuses = await createClient({ baseUrl }).fileStatus(urls);
    expect(statuses.map((status) => status.url)).toEqual(urls);
    expect(received.map((request) => (request.body as { urls: string[] }).urls.length)).toEqual([200, 200, 50]);
    received.length = 0;
    await expect(createClient({ baseUrl }).fileStatus([])).resolves.toEqual([]);
    expect(received).toEqual([]);
  });

  it('refuses an answer that does not match the URLs it asked about', async () => {
    reply = () => ({ status: 200, body: { files: [{ url: '/api/files/other', status: 'live' }] } });
    await expect(createClient({ baseUrl }).fileStatus(['/api/files/a'])).rejects.toMatchObject({ code: 'invalid_response' });
    reply = () => ({ status: 200, body: { files: [{ url: '/api/files/a', status: 'vanished' }] } });
    await expect(createClient({ baseUrl }).fileStatus(['/api/files/a'])).rejects.toMatchObject({ code: 'invalid_response' });
  });

  it("maps the proxy's error body to a ProxyError", async () => {
    reply = () => ({ status: 400, body: { error: { code: 'invalid_request', message: 'urls must hold 1 to 200 URLs.', requestId: 'r1' } } });
    const error = await createClient({ baseUrl }).fileStatus(['x']).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ProxyError);
    expect(error).toMatchObject({ status: 400, code: 'invalid_request', message: 'urls must hold 1 to 200 URLs.', retryable: false });
  });
});

describe('client.rerun', () => {
  const file = { container_id: 'cntr_new', file_id: 'cfile_1', filename: 'chart.png', path: '/mnt/data/chart.png', bytes: 2048, url: `/api/archive/${sha}/chart.png?expires=1&signature=ab`, storage: 'archive', sha256: sha };

  it('posts token, model, code and names; returns the archived files and the missing names', async () => {
    received.length = 0;
    reply = () => ({ status: 200, body: { containerId: 'cntr_new', files: [file], missing: ['table.csv'] } });
    const request = { token: 't1', model: 'gpt-test', code: "plt.savefig('/mnt/data/chart.png')", filenames: ['chart.png', 'table.csv'] };
    await expect(createClient({ baseUrl }).rerun(request)).resolves.toEqual({ containerId: 'cntr_new', files: [file], missing: ['table.csv'] });
    expect(received).toEqual([{ path: '/api/files/rerun', body: request }]);
  });

  it('refuses bad file names before sending anything', async () => {
    received.length = 0;
    const client = createClient({ baseUrl });
    await expect(client.rerun({ token: 't', model: 'm', code: 'x', filenames: [] })).rejects.toMatchObject({ code: 'invalid_request' });
    await expect(client.rerun({ token: 't', model: 'm', code: 'x', filenames: ['../etc/passwd'] })).rejects.toMatchObject({ code: 'invalid_request' });
    await expect(client.rerun({ token: 't', model: 'm', code: 'x', filenames: Array.from({ length: 21 }, (_, index) => `f${index}.txt`) })).rejects.toMatchObject({ code: 'invalid_request' });
    expect(received).toEqual([]);
  });

  it('turns upstream failures and malformed answers into ProxyErrors', async () => {
    reply = () => ({ status: 502, body: { error: { code: 'upstream_error', message: 'The sandbox could not run the code.', requestId: 'r2' } } });
    await expect(createClient({ baseUrl }).rerun({ token: 't', model: 'm', code: 'x', filenames: ['a.png'] })).rejects.toMatchObject({ status: 502, code: 'upstream_error', retryable: true });
    reply = () => ({ status: 200, body: { containerId: 'c', files: [{ ...file, storage: 'container' }], missing: [] } });
    await expect(createClient({ baseUrl }).rerun({ token: 't', model: 'm', code: 'x', filenames: ['a.png'] })).rejects.toMatchObject({ code: 'invalid_response' });
  });
});
