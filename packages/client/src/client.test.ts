import { startEmulator, type RunningEmulator } from '@execards/emulator';
import { selectUpstream, startProxy, type RunningProxy } from '@execards/proxy';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from './client.js';
import { ProxyError } from './errors.js';

describe('client against the real proxy and emulator', () => {
  let emulator: RunningEmulator;
  let proxy: RunningProxy;
  beforeAll(async () => {
    emulator = await startEmulator({ port: 0 });
    proxy = await startProxy({ port: 0, upstream: selectUpstream({}, emulator.url) });
  });
  afterAll(async () => {
    await proxy.close();
    await emulator.close();
  });

  it('reads the health of the whole chain', async () => {
    await expect(createClient({ baseUrl: proxy.url }).health()).resolves.toEqual({
      status: 'ok',
      upstream: { kind: 'emulator', reachable: true, name: 'execards-emulator' },
    });
  });

  it('turns an unreachable server into a readable error', async () => {
    const error = await createClient({ baseUrl: 'http://127.0.0.1:9' }).health().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ProxyError);
    expect(error).toMatchObject({ code: 'network_error', message: 'The server could not be reached.' });
  });
});
