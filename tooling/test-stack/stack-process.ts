/**
 * Runs a real emulator and proxy (their default settings, the proxy's log muted) on free ports and prints
 * `{"proxyUrl": …}` once both listen; SIGTERM stops both. For tests whose environment does not suit Node servers
 * in-process (the demo's happy-dom globals replace URL and fetch): `startChildStack` runs this.
 */
import { startEmulator } from '@execards/emulator';
import { createLogger } from '../../apps/proxy/src/logger.js';
import { startProxy } from '../../apps/proxy/src/server.js';
import { selectUpstream } from '../../apps/proxy/src/upstream/upstream.js';

const emulator = await startEmulator({ port: 0 });
const proxy = await startProxy({ port: 0, upstream: selectUpstream({}, emulator.url), logger: createLogger({ write: () => undefined }) });
process.stdout.write(`${JSON.stringify({ proxyUrl: proxy.url })}\n`);
process.once('SIGTERM', () => {
  void Promise.all([proxy.close(), emulator.close()]).then(() => process.exit(0));
});
