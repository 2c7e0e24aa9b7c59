import { createLogger, loadConfig, selectUpstream, startProxy, upstreamSecrets, type RunningProxy, type Upstream } from '../../apps/proxy/src/index.js';

/** A real proxy in front of the emulator at `emulatorUrl` for a benchmark: one fixed secret, errors-only log, `rateLimitPerMinute` out of the load's reach. */
export async function startBenchProxy(emulatorUrl: string, rateLimitPerMinute: number): Promise<{ proxy: RunningProxy; upstream: Upstream }> {
  const upstream = selectUpstream({}, emulatorUrl);
  const proxy = await startProxy({
    port: 0,
    upstream,
    signingSecrets: ['bench-secret-that-is-long-enough-0123456789'],
    logger: createLogger({ level: 'error', secrets: upstreamSecrets(upstream) }),
    config: loadConfig({ overrides: { limits: { rateLimitPerMinute } } }),
  });
  return { proxy, upstream };
}
