import { startEmulator, type RunningEmulator } from '@execards/emulator';
import { afterAll, beforeAll } from 'vitest';
import { startProxy, type RunningProxy } from '../../apps/proxy/src/server.js';
import { selectUpstream } from '../../apps/proxy/src/upstream/upstream.js';

export interface SuiteStack {
  /** The running proxy; read it inside the tests (it starts in the suite's `beforeAll`). */
  readonly proxy: RunningProxy;
}

/**
 * A real emulator and a real proxy in front of it, both with their default settings on free ports, for the tests of
 * the calling `describe` block: started before the first, closed after the last.
 */
export function useRealStack(): SuiteStack {
  let emulator: RunningEmulator | undefined;
  let proxy: RunningProxy | undefined;
  beforeAll(async () => {
    emulator = await startEmulator({ port: 0 });
    proxy = await startProxy({ port: 0, upstream: selectUpstream({}, emulator.url) });
  });
  afterAll(async () => {
    await proxy?.close();
    await emulator?.close();
  });
  return {
    get proxy() {
      if (!proxy) throw new Error('The stack starts in beforeAll: read `proxy` inside a test.');
      return proxy;
    },
  };
}
