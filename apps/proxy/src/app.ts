import type { Health } from '@execards/core';
import { randomBytes } from 'node:crypto';
import { getConnInfo } from '@hono/node-server/conninfo';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { requestId, type RequestIdVariables } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import { z } from 'zod';
import { createArchiveDownloadHandler } from './archive/archive-route.js';
import { createArchiveService, type ArchiveService } from './archive/archive-service.js';
import type { ArchiveStorage } from './archive/archive-storage.js';
import { createFileStatusHandler } from './archive/file-status-route.js';
import { createRerunHandler } from './archive/rerun-route.js';
import { loadConfig, publicConfig, type ProxyConfig } from './config/config.js';
import { createDownloadHandler } from './downloads/download-route.js';
import { createUploadHandler } from './uploads/files-route.js';
import { errorResponse } from './routes/http-errors.js';
import { createLogger, type Logger } from './logger.js';
import type { ProxyContext } from './proxy-context.js';
import { createRateLimiter } from './routes/rate-limiter.js';
import { createResponsesHandler, createResumeHandler } from './routes/responses-route.js';
import { createSigner } from './tokens/signing.js';
import { serveSinglePageApp } from './routes/static-site.js';
import { createUpstreamCapabilities, probeCapabilities, type UpstreamCapability } from './upstream/upstream-capabilities.js';
import { createUpstreamGateway, type GatewayOptions } from './upstream/upstream-gateway.js';
import { upstreamSecrets, type Upstream } from './upstream/upstream.js';

/** `GET /api/health` as this proxy answers it: the protocol's shape, with every field this version knows. */
export interface ProxyHealth extends Health {
  upstream: { kind: Upstream['kind']; auth: Upstream['auth']; reachable: boolean | null; name?: string };
  /** What the upstream offers, as found so far (`null`: not used yet). `false` means a fallback is in use. */
  capabilities: Record<UpstreamCapability, boolean | null>;
}

export interface ProxyOptions {
  upstream: Upstream;
  /** Validated configuration; defaults to `loadConfig()` with no file and no env. */
  config?: ProxyConfig;
  /**
   * HMAC secrets for conversation tokens and download links: the first signs, all verify. Every instance behind
   * one load balancer needs the same list. Without it a random secret is made, fine for one instance only.
   */
  signingSecrets?: readonly string[];
  logger?: Logger;
  /** The clock, in ms since the epoch (tests move it to expire download links). */
  now?: () => number;
  gateway?: GatewayOptions;
  /** How many times a dropped upstream stream is resumed before the turn fails. */
  maxResumes?: number;
  /** Take the client address for rate limiting from `X-Forwarded-For` (only behind a trusted load balancer). */
  trustForwardedFor?: boolean;
  /** The archive's storage; by default the backend `archive.backend` names. */
  archiveStorage?: ArchiveStorage;
  /** How often blobs past retention are deleted (also once at start); default one hour. */
  archiveCleanupIntervalMs?: number;
  /** A built web app (with `index.html`) to serve outside `/api`, e.g. the demo's `dist` (`PROXY_STATIC_DIR`). */
  staticDirectory?: string;
}

export interface ProxyInstance {
  app: Hono<{ Variables: RequestIdVariables }>;
  /** The archive, null when `archive.enabled` is false. */
  archive: ArchiveService | null;
  /** Stops background work (the archive cleanup timer). */
  dispose(): void;
}

const emulatorHealth = z.object({ status: z.literal('ok'), name: z.string() });

async function probeUpstream(upstream: Upstream): Promise<ProxyHealth['upstream']> {
  const known = { kind: upstream.kind, auth: upstream.auth };
  if (!upstream.healthURL) return { ...known, reachable: null };
  try {
    const response = await fetch(upstream.healthURL, { signal: AbortSignal.timeout(2000) });
    const body = emulatorHealth.safeParse(await response.json());
    return body.success && response.ok ? { ...known, reachable: true, name: body.data.name } : { ...known, reachable: false };
  } catch {
    return { ...known, reachable: false };
  }
}

function clientAddress(c: Context, trustForwardedFor: boolean): string {
  if (trustForwardedFor) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/** The proxy's HTTP surface; every route the browser uses lives under `/api`. */
export function createProxyApp(options: ProxyOptions): Hono<{ Variables: RequestIdVariables }> {
  return createProxy(options).app;
}

function scheduleArchiveCleanup(archive: ArchiveService, logger: Logger, intervalMs: number): () => void {
  const run = () =>
    void archive.removeExpired().then(
      (removed) => {
        if (removed.blobs > 0 || removed.indexEntries > 0) logger.log('info', 'archive_cleaned', removed);
      },
      (error: unknown) => logger.log('error', 'archive_cleanup_failed', { error }),
    );
  run();
  const timer = setInterval(run, intervalMs);
  // Cleanup alone must not keep the process alive.
  timer.unref();
  return () => clearInterval(timer);
}

/** The app plus what runs beside it (the archive and its cleanup); `startProxy` disposes it on close. */
export function createProxy(options: ProxyOptions): ProxyInstance {
  const config = options.config ?? loadConfig();
  const logger = options.logger ?? createLogger({ secrets: [...upstreamSecrets(options.upstream), ...(options.signingSecrets ?? [])] });
  let secrets = options.signingSecrets;
  if (!secrets || secrets.length === 0) {
    logger.log('warn', 'signing_secret_generated', { message: 'No signing secret configured: tokens and links only work with this one instance until it restarts.' });
    secrets = [randomBytes(32).toString('base64url')];
  }
  const gateway = createUpstreamGateway(options.upstream, options.gateway);
  const signer = createSigner(secrets);
  const now = options.now ?? Date.now;
  const archive = config.archive.enabled
    ? createArchiveService({ config: config.archive, gateway, signer, logger, now, ...(options.archiveStorage ? { storage: options.archiveStorage } : {}) })
    : null;
  const context: ProxyContext = {
    config,
    gateway,
    signer,
    logger,
    now,
    archive,
    maxResumes: options.maxResumes ?? 3,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    capabilities: createUpstreamCapabilities(logger),
  };
  const probe = new AbortController();
  const probed = probeCapabilities(gateway, context.capabilities, probe.signal);
  const rateLimiter = createRateLimiter({ limit: config.limits.rateLimitPerMinute, windowMs: 60_000, now: context.now });
  const trustForwardedFor = options.trustForwardedFor ?? false;

  const app = new Hono<{ Variables: RequestIdVariables }>();
  app.use('*', requestId());
  app.use('*', secureHeaders());
  app.use('*', async (c, next) => {
    const started = performance.now();
    await next();
    // The path only: download queries carry signatures, which do not belong in logs.
    logger.log('info', 'request', { requestId: c.get('requestId'), method: c.req.method, path: c.req.path, status: c.res.status, ms: Math.round(performance.now() - started) });
  });
  app.use('/api/*', async (c, next) => {
    if (c.req.path === '/api/health') return next();
    const waitMs = rateLimiter.take(clientAddress(c, trustForwardedFor));
    if (waitMs > 0) {
      c.header('retry-after', String(Math.ceil(waitMs / 1000)));
      return errorResponse(c, 429, 'rate_limited', 'Too many requests. Please wait a moment and try again.');
    }
    return next();
  });

  app.get('/api/health', async (c) => {
    // The start-up capability probe usually settles at once; health never waits long for it.
    const [upstream] = await Promise.all([probeUpstream(options.upstream), Promise.race([probed, new Promise((resolve) => setTimeout(resolve, 2000))])]);
    const health: ProxyHealth = { status: upstream.reachable === false ? 'degraded' : 'ok', upstream, capabilities: context.capabilities.snapshot() };
    return c.json(health, health.status === 'ok' ? 200 : 503);
  });

  app.get('/api/config', (c) => c.json(publicConfig(config)));

  const tooLarge = (c: Context) => errorResponse(c, 413, 'body_too_large', 'The request body is too large.');
  app.post('/api/files', createUploadHandler(context));
  app.post('/api/responses', bodyLimit({ maxSize: config.limits.maxJsonBodyBytes, onError: tooLarge }), createResponsesHandler(context));
  app.get('/api/responses/:responseId/events', createResumeHandler(context));
  app.post('/api/files/status', bodyLimit({ maxSize: config.limits.maxJsonBodyBytes, onError: tooLarge }), createFileStatusHandler(context));
  app.post('/api/files/rerun', bodyLimit({ maxSize: config.limits.maxJsonBodyBytes, onError: tooLarge }), createRerunHandler(context));
  app.get('/api/files/:containerId/:fileId/:filename', createDownloadHandler(context));
  app.get('/api/archive/:sha256/:filename', createArchiveDownloadHandler(context));

  if (options.staticDirectory) serveSinglePageApp(app, options.staticDirectory);

  app.notFound((c) => errorResponse(c, 404, 'not_found', 'No such endpoint.'));
  app.onError((error, c) => {
    logger.log('error', 'unhandled_error', { requestId: c.get('requestId'), error });
    return errorResponse(c, 500, 'internal_error', 'Something went wrong on the server. Please try again.');
  });
  const stopCleanup = archive ? scheduleArchiveCleanup(archive, logger, options.archiveCleanupIntervalMs ?? 60 * 60 * 1000) : () => undefined;
  return {
    app,
    archive,
    dispose() {
      probe.abort();
      stopCleanup();
    },
  };
}
