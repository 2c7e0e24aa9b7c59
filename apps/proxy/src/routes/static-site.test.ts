import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmulator, type RunningEmulator } from '@execards/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestProxy, type TestProxy } from '../../../../tooling/test-stack/test-servers.js';

describe('the proxy serving a built web app (PROXY_STATIC_DIR)', () => {
  let site: string;
  let emulator: RunningEmulator;
  let server: TestProxy;
  beforeAll(async () => {
    site = mkdtempSync(path.join(os.tmpdir(), 'static-site-'));
    mkdirSync(path.join(site, 'assets'));
    writeFileSync(path.join(site, 'index.html'), '<!doctype html><title>execards</title><div id="root"></div>');
    writeFileSync(path.join(site, 'assets', 'app.js'), 'console.log("app")');
    writeFileSync(path.join(os.tmpdir(), 'outside-the-site.txt'), 'secret');
    emulator = await startEmulator({ port: 0 });
    server = await startTestProxy(emulator.url, { staticDirectory: site });
  });
  afterAll(async () => {
    await server.close();
    await emulator.close();
    rmSync(site, { recursive: true, force: true });
    rmSync(path.join(os.tmpdir(), 'outside-the-site.txt'), { force: true });
  });

  it('serves the page, its assets, and the page again for client-side routes', async () => {
    const page = await fetch(`${server.proxy.url}/`);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await page.text()).toContain('<title>execards</title>');
    const asset = await fetch(`${server.proxy.url}/assets/app.js`);
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
    expect(await (await fetch(`${server.proxy.url}/chat/42`)).text()).toContain('<div id="root">');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('keeps the API in JSON, missing assets as 404, and nothing outside the directory reachable', async () => {
    const api = await fetch(`${server.proxy.url}/api/nope`);
    expect(api.status).toBe(404);
    expect(api.headers.get('content-type')).toMatch(/^application\/json/);
    expect((await fetch(`${server.proxy.url}/api/health`)).status).toBe(200);
    expect((await fetch(`${server.proxy.url}/assets/missing.js`)).status).toBe(404);
    for (const escape of ['/../outside-the-site.txt', '/%2e%2e/outside-the-site.txt', '/assets/..%2f..%2foutside-the-site.txt']) {
      const response = await fetch(`${server.proxy.url}${escape}`);
      expect(await response.text()).not.toContain('secret');
    }
  });

  it('refuses to start on a directory without index.html', async () => {
    await expect(startTestProxy(emulator.url, { staticDirectory: os.tmpdir() + '/no-such-site' })).rejects.toThrow(/PROXY_STATIC_DIR has no index\.html/);
  });
});
