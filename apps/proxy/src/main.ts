import { resolvePorts } from '@execards/ports';
import { startProxy } from './server.js';
import { selectUpstream } from './upstream.js';

function fail(message: string): never {
  console.error(`proxy: ${message}`);
  process.exit(1);
}

const { proxyPort, emulatorUrl } = resolvePorts();
let upstream;
try {
  upstream = selectUpstream(process.env, emulatorUrl);
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
const proxy = await startProxy({ port: proxyPort, upstream }).catch((error: unknown) =>
  fail(`could not listen on port ${proxyPort}: ${error instanceof Error ? error.message : String(error)}`),
);
console.log(`proxy: listening on ${proxy.url}, upstream ${upstream.kind} at ${upstream.baseURL}`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void proxy.close().then(() => process.exit(0));
  });
}
