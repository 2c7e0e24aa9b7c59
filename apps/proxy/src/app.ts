import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { z } from 'zod';
import type { Upstream } from './upstream.js';

export interface ProxyHealth {
  status: 'ok' | 'degraded';
  upstream: { kind: Upstream['kind']; reachable: boolean | null; name?: string };
}

const emulatorHealth = z.object({ status: z.literal('ok'), name: z.string() });

async function probeUpstream(upstream: Upstream): Promise<ProxyHealth['upstream']> {
  if (!upstream.healthURL) return { kind: upstream.kind, reachable: null };
  try {
    const response = await fetch(upstream.healthURL, { signal: AbortSignal.timeout(2000) });
    const body = emulatorHealth.safeParse(await response.json());
    return body.success && response.ok
      ? { kind: upstream.kind, reachable: true, name: body.data.name }
      : { kind: upstream.kind, reachable: false };
  } catch {
    return { kind: upstream.kind, reachable: false };
  }
}

/** The proxy's HTTP surface; every route the browser uses lives under `/api`. */
export function createProxyApp(options: { upstream: Upstream }): Hono {
  const app = new Hono();
  app.use('*', secureHeaders());

  app.get('/api/health', async (c) => {
    const upstream = await probeUpstream(options.upstream);
    const health: ProxyHealth = { status: upstream.reachable === false ? 'degraded' : 'ok', upstream };
    return c.json(health, health.status === 'ok' ? 200 : 503);
  });

  app.notFound((c) => c.json({ error: { code: 'not_found', message: 'No such endpoint.' } }, 404));
  return app;
}
