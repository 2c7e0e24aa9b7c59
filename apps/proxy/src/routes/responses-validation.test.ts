import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServers, type TestServers } from '../../../../tooling/test-stack/test-servers.js';

describe('POST /api/responses refuses bad requests before any upstream call', { timeout: 30_000 }, () => {
  let servers: TestServers;
  beforeAll(async () => {
    servers = await startTestServers({
      config: {
        models: [
          { name: 'gpt-5', label: 'GPT-5', supportsCodeInterpreter: true },
          { name: 'gpt-5-chat', label: 'GPT-5 chat', supportsCodeInterpreter: false },
        ],
      },
    });
  });
  afterAll(() => servers.close());

  async function post(body: unknown, raw?: string) {
    const response = await fetch(`${servers.proxy.url}/api/responses`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: raw ?? JSON.stringify(body),
    });
    return { status: response.status, type: response.headers.get('content-type'), body: (await response.json()) as { error: { code: string; message: string; field?: string } } };
  }

  it('names the incompatible model and the compatible ones', async () => {
    const { status, body } = await post({ text: 'plot it', model: 'gpt-5-chat' });
    expect(status).toBe(400);
    expect(body.error.code).toBe('incompatible_model');
    expect(body.error.message).toBe('Code Execution is not available with the model "GPT-5 chat". Please select a compatible model (GPT-5).');
    expect(servers.logs.some((line) => line['event'] === 'container_created')).toBe(false);
  });

  it('refuses unknown models, bad JSON, missing fields, forged tokens and foreign files', async () => {
    expect((await post({ text: 'x', model: 'nope' })).body.error.code).toBe('unknown_model');
    expect((await post(undefined, '{oops')).body.error.code).toBe('invalid_json');
    const missing = await post({ model: 'gpt-5' });
    expect(missing.body.error).toMatchObject({ code: 'invalid_request', field: 'text' });
    expect((await post({ text: 'x', model: 'gpt-5', extra: 1 })).body.error.code).toBe('invalid_request');
    expect((await post({ text: 'x', model: 'gpt-5', token: 'abc.def' })).body.error.code).toBe('invalid_token');
    expect((await post({ text: 'x', model: 'gpt-5', fileIds: ['file-someone-else'] })).body.error).toMatchObject({ code: 'unknown_file' });
  });

  it('caps the body size', async () => {
    const { status, body } = await post({ text: 'a'.repeat(300 * 1024), model: 'gpt-5' });
    expect(status).toBe(413);
    expect(body.error.code).toBe('body_too_large');
  });

  it('serves the public config with request ids and security headers', async () => {
    const response = await fetch(`${servers.proxy.url}/api/config`);
    expect(response.headers.get('x-request-id')).toMatch(/.+/);
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    const config = (await response.json()) as { models: unknown[]; uploads: { maxFileBytes: number } };
    expect(config.models).toHaveLength(2);
    expect(config.uploads.maxFileBytes).toBe(100 * 1024 * 1024);
  });

  it('rate-limits each client', async () => {
    const limited = await startTestServers({ emulator: servers.emulator, config: { limits: { rateLimitPerMinute: 3 } } });
    try {
      const statuses: number[] = [];
      for (let index = 0; index < 4; index += 1) statuses.push((await fetch(`${limited.proxy.url}/api/config`)).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
      const refused = await fetch(`${limited.proxy.url}/api/config`);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('rate_limited');
      expect((await fetch(`${limited.proxy.url}/api/health`)).status).toBe(200);
    } finally {
      await limited.close();
    }
  });
});
