/**
 * Runs a real emulator and proxy on free ports and prints `{"proxyUrl": ...}` once both listen. The demo's
 * tests start this in a child process: their happy-dom globals (URL, fetch) do not suit Node servers.
 */
import { startEmulator } from '@execards/emulator';
import { createLogger, selectUpstream, startProxy } from '@execards/proxy';

const emulator = await startEmulator({ port: 0 });
const proxy = await startProxy({ port: 0, upstream: selectUpstream({}, emulator.url), logger: createLogger({ write: () => undefined }) });
process.stdout.write(`${JSON.stringify({ proxyUrl: proxy.url })}\n`);
process.on('SIGTERM', () => {
  void Promise.all([proxy.close(), emulator.close()]).then(() => process.exit(0));
});
