import { resolvePorts } from '@execards/ports';
import { ConfigError, loadConfig } from './config/config.js';
import { createLogger } from './logger.js';
import { startProxy } from './server.js';
import { selectUpstream, upstreamSecrets, type Upstream } from './upstream/upstream.js';

function fail(message: string): never {
  console.error(`proxy: ${message}`);
  process.exit(1);
}

const { proxyPort, emulatorUrl } = resolvePorts();
let upstream: Upstream;
let config;
try {
  upstream = selectUpstream(process.env, emulatorUrl);
  config = loadConfig({ env: process.env });
} catch (error) {
  fail(error instanceof ConfigError || error instanceof Error ? error.message : String(error));
}
const signingSecrets = (process.env['PROXY_SIGNING_SECRETS'] ?? process.env['PROXY_SIGNING_SECRET'] ?? '')
  .split(',')
  .map((secret) => secret.trim())
  .filter(Boolean);
const logger = createLogger({ secrets: [...upstreamSecrets(upstream), ...signingSecrets], level: process.env['PROXY_LOG_LEVEL'] === 'debug' ? 'debug' : 'info' });

const proxy = await startProxy({
  port: proxyPort,
  upstream,
  config,
  logger,
  ...(signingSecrets.length > 0 ? { signingSecrets } : {}),
  trustForwardedFor: process.env['PROXY_TRUST_FORWARDED_FOR'] === 'true',
  ...(process.env['PROXY_STATIC_DIR'] ? { staticDirectory: process.env['PROXY_STATIC_DIR'] } : {}),
  // Loopback unless told otherwise (a container image listens on every interface).
  ...(process.env['PROXY_HOST'] ? { hostname: process.env['PROXY_HOST'] } : {}),
}).catch((error: unknown) => fail(`could not start on port ${proxyPort}: ${error instanceof Error ? error.message : String(error)}`));
console.log(`proxy: listening on ${proxy.url}, upstream ${upstream.kind} at ${upstream.baseURL} (${upstream.auth === 'entra' ? 'Microsoft Entra ID' : 'key'})`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void proxy.close().then(() => process.exit(0));
  });
}
