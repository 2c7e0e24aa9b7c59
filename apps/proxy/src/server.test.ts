import { describe, expect, it } from 'vitest';
import { useRealStack } from '../../../tooling/test-stack/suite-stack.js';
import { startProxy } from './server.js';
import { selectUpstream } from './upstream/upstream.js';

describe('proxy against the real emulator', () => {
  const stack = useRealStack();

  it('reports the emulator reachable through /api/health', async () => {
    const response = await fetch(`${stack.proxy.url}/api/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: 'ok',
      upstream: { kind: 'emulator', auth: 'api-key', reachable: true, name: 'execards-emulator' },
      capabilities: { explicitContainers: true, containerFileContent: null },
    });
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('says degraded, not ok, when the emulator is down', async () => {
    const lonely = await startProxy({ port: 0, upstream: selectUpstream({}, 'http://127.0.0.1:9') });
    try {
      const response = await fetch(`${lonely.url}/api/health`);
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({ status: 'degraded', upstream: { kind: 'emulator', reachable: false } });
    } finally {
      await lonely.close();
    }
  });
});
