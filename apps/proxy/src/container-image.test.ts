import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmulator, type RunningEmulator } from '@execards/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startBuiltServer, type BuiltServer } from '../../../tooling/test-stack/built-server.js';

const proxyRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dockerfile = readFileSync(path.resolve(proxyRoot, '../../Dockerfile'), 'utf8');

/** The last stage of the Dockerfile: what the image runs. */
function finalStage(): { env: Record<string, string>; command: string[]; healthcheck: string } {
  const stage = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));
  const env = Object.fromEntries(
    [...stage.matchAll(/^ENV (.+)$/gm)].flatMap((line) => (line[1] ?? '').split(/\s+/).map((pair) => pair.split('=') as [string, string])),
  );
  const command = JSON.parse(/^CMD (\[.+\])$/m.exec(stage)?.[1] ?? '[]') as string[];
  const healthcheck = /^HEALTHCHECK .* CMD (.+)$/m.exec(stage)?.[1] ?? '';
  return { env, command, healthcheck };
}

describe('the container image’s start command (Dockerfile)', { timeout: 60_000 }, () => {
  const image = finalStage();
  let azure: RunningEmulator;
  let site: string;
  let proxy: BuiltServer;
  let env: Record<string, string>;
  let base: string;
  beforeAll(async () => {
    azure = await startEmulator({ port: 0, flavor: 'azure' });
    site = mkdtempSync(path.join(os.tmpdir(), 'image-site-'));
    writeFileSync(path.join(site, 'index.html'), '<!doctype html><title>execards demo</title>');
    const port = await freePort();
    // The image's environment, with a free port, the test's site and an Azure-shaped upstream.
    env = { ...image.env, PROXY_PORT: String(port), PROXY_STATIC_DIR: site, AZURE_OPENAI_ENDPOINT: azure.url, AZURE_OPENAI_API_KEY: 'image-test-key', PATH: process.env['PATH'] ?? '' };
    base = `http://127.0.0.1:${String(port)}`;
    const [program = 'node', ...args] = image.command;
    proxy = await startBuiltServer({ command: [program === 'node' ? process.execPath : program, ...args], cwd: proxyRoot, env, ready: 'proxy: listening on' });
  });
  afterAll(async () => {
    await proxy.stop();
    await azure.close();
    rmSync(site, { recursive: true, force: true });
  });

  it('runs as a non-root user on every interface, serving the demo and the API', async () => {
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(image.env).toMatchObject({ PROXY_HOST: '0.0.0.0', PROXY_STATIC_DIR: '/app/public' });
    expect(await (await fetch(`${base}/`)).text()).toContain('<title>execards demo</title>');
    expect(await (await fetch(`${base}/api/health`)).json()).toMatchObject({ status: 'ok', upstream: { kind: 'azure', auth: 'api-key' } });
  });

  it('passes its HEALTHCHECK', () => {
    const [program, ...args] = image.healthcheck.match(/"[^"]*"|\S+/g)?.map((part) => part.replace(/^"|"$/g, '')) ?? [];
    expect(program).toBe('node');
    const check = spawnSync(process.execPath, args, { env, timeout: 10_000 });
    expect(check.status).toBe(0);
  });
});
