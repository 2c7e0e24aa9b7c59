import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from './server.js';
import { freePort, startBuiltServer } from '../../../tooling/test-stack/built-server.js';
import { processAlive, startTestEmulator, waitUntil } from '../../../tooling/test-stack/emulator.js';

describe('emulator server', () => {
  let emulator: RunningEmulator;
  beforeAll(async () => {
    emulator = await startEmulator({ port: 0 });
  });
  afterAll(() => emulator.close());

  it('answers its health check on loopback', async () => {
    expect(emulator.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await fetch(`${emulator.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok', name: 'execards-emulator', pythonProcesses: [] });
  });

  it('answers unknown routes with the upstream error shape', async () => {
    const response = await fetch(`${emulator.url}/v1/nope`);
    expect(response.status).toBe(404);
    const body = (await response.json()) as { error: { message: string; type: string } };
    expect(body.error.type).toBe('invalid_request_error');
    expect(body.error.message).toContain('/v1/nope');
  });

  it('answers a body that is not JSON with a 400, not a crash', async () => {
    const response = await fetch(`${emulator.url}/v1/responses`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{oops' });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { type: 'invalid_request_error' } });
  });
});

describe('shutting down', { timeout: 30_000 }, () => {
  it('close() kills every Python process', async () => {
    const { server, client } = await startTestEmulator();
    const tools = [{ type: 'code_interpreter' as const, container: { type: 'auto' as const } }];
    await Promise.all([client.responses.create({ model: 'm', input: '```python\n1\n```', tools }), client.responses.create({ model: 'm', input: '```python\n2\n```', tools })]);
    const pids = server.emulator.containers.processIds();
    expect(pids).toHaveLength(2);
    await server.close();
    expect(await waitUntil(() => pids.every((pid) => !processAlive(pid)))).toBe(true);
  });

  it('`npm start` prints a listening line and SIGTERM ends it with its Python processes', async () => {
    const port = await freePort();
    const dataDirectory = mkdtempSync(path.join(tmpdir(), 'execards-main-'));
    const packageDirectory = fileURLToPath(new URL('..', import.meta.url));
    const server = await startBuiltServer({
      command: [process.execPath, '--import', 'tsx', 'src/main.ts'],
      cwd: packageDirectory,
      env: { ...process.env, EMULATOR_PORT: String(port), EMULATOR_PACE_MS: '0', EMULATOR_DATA_DIR: dataDirectory },
      ready: 'listening',
      timeoutMs: 15_000,
    }).catch((error: unknown) => {
      rmSync(dataDirectory, { recursive: true, force: true });
      throw error;
    });
    const { child } = server;
    try {
      expect(server.output()).toContain(`http://127.0.0.1:${port}`);
      const created = await fetch(`http://127.0.0.1:${port}/v1/responses`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ model: 'm', input: '```python\n1\n```', tools: [{ type: 'code_interpreter', container: { type: 'auto' } }] }),
      });
      expect(created.status).toBe(200);
      const health = (await (await fetch(`http://127.0.0.1:${port}/health`)).json()) as { pythonProcesses: number[] };
      expect(health.pythonProcesses).toHaveLength(1);
      const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(await waitUntil(() => health.pythonProcesses.every((pid) => !processAlive(pid)))).toBe(true);
    } finally {
      child.kill('SIGKILL');
      rmSync(dataDirectory, { recursive: true, force: true });
    }
  });
});
