/**
 * Runs a real emulator and proxy (`startTestServers`) on free ports and prints `{"proxyUrl": …}` once both listen;
 * SIGTERM stops both. For tests whose environment does not suit Node servers in-process (the demo's happy-dom
 * globals replace URL and fetch): `startChildStack` runs this.
 */
import { startTestServers } from './test-servers.js';

const servers = await startTestServers();
process.stdout.write(`${JSON.stringify({ proxyUrl: servers.proxy.url })}\n`);
process.once('SIGTERM', () => {
  void servers.close().then(() => process.exit(0));
});
