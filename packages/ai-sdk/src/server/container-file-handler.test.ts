// @vitest-environment node
/** The download handler against the real emulator over HTTP (its Containers API stands in for upstream). */
import { startEmulator, type RunningEmulator } from '@execards/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContainerFileHandler } from './container-file-handler.js';
import { signFileUrl } from './file-url-signature.js';

const secret = 'handler-test-secret-0123456789-abcdefghij';
const route = 'http://app.test/api/files';
let emulator: RunningEmulator;
let containerId: string;
let fileId: string;
const csv = 'name,value\nå,1\nb,2\n';

beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
  const container = (await (await fetch(`${emulator.url}/v1/containers`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'test' }) })).json()) as { id: string };
  containerId = container.id;
  const form = new FormData();
  form.append('file', new Blob([csv], { type: 'text/csv' }), 'data.csv');
  const file = (await (await fetch(`${emulator.url}/v1/containers/${containerId}/files`, { method: 'POST', body: form })).json()) as { id: string };
  fileId = file.id;
});
afterAll(() => emulator.close());

function handler(options: Partial<Parameters<typeof createContainerFileHandler>[0]> = {}) {
  return createContainerFileHandler({ baseURL: `${emulator.url}/v1`, apiKey: 'local', secret, ...options });
}

describe('createContainerFileHandler', () => {
  it('streams the container file with safe headers', async () => {
    const url = await signFileUrl({ containerId, fileId, filename: 'data.csv', secret, route });
    const response = await handler()(new Request(url));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(csv);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="data.csv"; filename*=UTF-8''data.csv`);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain('sandbox');
  });

  it('sends the app key upstream, and extra headers when given', async () => {
    const seen: Headers[] = [];
    const spyFetch: typeof fetch = (input, init) => {
      seen.push(new Headers(init?.headers));
      return fetch(input, init);
    };
    const url = await signFileUrl({ containerId, fileId, filename: 'data.csv', secret, route });
    await (await handler({ apiKey: 'sk-app', headers: { 'api-key': 'azure-key' }, fetch: spyFetch })(new Request(url))).text();
    expect(seen[0]?.get('authorization')).toBe('Bearer sk-app');
    expect(seen[0]?.get('api-key')).toBe('azure-key');
  });

  it('refuses a URL whose file id was swapped, and an expired one, before any upstream call', async () => {
    let upstreamCalls = 0;
    const countingFetch: typeof fetch = (input, init) => {
      upstreamCalls += 1;
      return fetch(input, init);
    };
    const url = new URL(await signFileUrl({ containerId, fileId, filename: 'data.csv', secret, route }));
    url.searchParams.set('fileId', 'cfile_other');
    expect((await handler({ fetch: countingFetch })(new Request(url))).status).toBe(403);
    const expired = await signFileUrl({ containerId, fileId, filename: 'data.csv', secret, route, expiresInSeconds: 1, now: Date.now() - 10_000 });
    const expiredResponse = await handler({ fetch: countingFetch })(new Request(expired));
    expect(expiredResponse.status).toBe(403);
    expect(await expiredResponse.json()).toEqual({ error: { message: 'This file link is invalid or has expired.' } });
    expect(upstreamCalls).toBe(0);
  });

  it('answers a malformed link with 400 and other methods with 405', async () => {
    expect((await handler()(new Request(`${route}?containerId=x`))).status).toBe(400);
    const url = await signFileUrl({ containerId, fileId, filename: 'data.csv', secret, route });
    expect((await handler()(new Request(url, { method: 'POST' }))).status).toBe(405);
  });

  it('answers 404 for a signed file the container does not have', async () => {
    const url = await signFileUrl({ containerId, fileId: 'cfile_missing', filename: 'gone.png', secret, route });
    const response = await handler()(new Request(url));
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: { message: 'The file no longer exists.' } });
  });

  it('answers 502 with a generic message when upstream is unreachable', async () => {
    const url = await signFileUrl({ containerId, fileId, filename: 'data.csv', secret, route });
    const response = await handler({ baseURL: 'http://127.0.0.1:9/v1' })(new Request(url));
    expect(response.status).toBe(502);
    expect(await response.json()).toEqual({ error: { message: 'The file could not be downloaded.' } });
  });

  it('validates its options', () => {
    expect(() => createContainerFileHandler({ baseURL: 'not a url', apiKey: 'k', secret })).toThrow();
    expect(() => createContainerFileHandler({ baseURL: 'http://x/v1', apiKey: 'k', secret: 'short' })).toThrow(/32/);
  });
});
