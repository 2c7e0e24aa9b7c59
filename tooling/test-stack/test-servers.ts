import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createEmulator } from '@execards/emulator';
import { serve } from '@hono/node-server';
import type { ProxyOptions } from '../../apps/proxy/src/app.js';
import { loadConfig, type ProxyConfigInput } from '../../apps/proxy/src/config/config.js';
import { createLogger } from '../../apps/proxy/src/logger.js';
import { startProxy, type RunningProxy } from '../../apps/proxy/src/server.js';
import { selectUpstream, upstreamSecrets, type Upstream } from '../../apps/proxy/src/upstream/upstream.js';

export const testSecret = 'test-secret-that-is-long-enough-0123456789';

export interface ObservedRequest {
  method: string;
  path: string;
  /** Set when the emulator's own request signal fired: the client (the proxy) went away. */
  aborted: boolean;
}

export interface ObservedEmulator {
  url: string;
  /** Every request the emulator received, in order. */
  requests: ObservedRequest[];
  close(): Promise<void>;
}

/**
 * The real emulator app on a free loopback port, served by a thin wrapper that only records each request
 * and whether its abort signal fired, so tests can see what the upstream saw.
 */
export function startObservedEmulator(options: { onSseChunk?: (chunk: Uint8Array) => void; paceMs?: number } = {}): Promise<ObservedEmulator> {
  const emulator = createEmulator({ paceMs: options.paceMs ?? 0, callTimeoutMs: 10_000 });
  const { onSseChunk } = options;
  const tap = (body: ReadableStream<Uint8Array>) =>
    onSseChunk
      ? body.pipeThrough(
          new TransformStream<Uint8Array, Uint8Array>({
            transform(chunk, controller) {
              onSseChunk(chunk);
              controller.enqueue(chunk);
            },
          }),
        )
      : body;
  const requests: ObservedRequest[] = [];
  return new Promise((resolve) => {
    const server = serve(
      {
        hostname: '127.0.0.1',
        port: 0,
        fetch: (request: Request) => {
          const observed: ObservedRequest = { method: request.method, path: new URL(request.url).pathname, aborted: false };
          requests.push(observed);
          request.signal.addEventListener('abort', () => (observed.aborted = true), { once: true });
          const answer = emulator.app.fetch(request);
          if (!onSseChunk) return answer;
          return Promise.resolve(answer).then((response) =>
            response.body && response.headers.get('content-type')?.startsWith('text/event-stream')
              ? new Response(tap(response.body), { status: response.status, headers: response.headers })
              : response,
          );
        },
      },
      (info: AddressInfo) =>
        resolve({
          url: `http://127.0.0.1:${info.port}`,
          requests,
          close: () =>
            new Promise<void>((done) => {
              emulator.close();
              server.close(() => done());
              if ('closeAllConnections' in server) server.closeAllConnections();
            }),
        }),
    );
  });
}

/** A fetch that adds `x-emulator-fault: <fault>` to the first `times` requests matching `method path`. */
export function faultOnce(method: string, pathEnd: string, fault: string, times = 1): typeof globalThis.fetch {
  let left = times;
  return (input, init) => {
    const request = new Request(input, init);
    if (left > 0 && request.method === method && new URL(request.url).pathname.endsWith(pathEnd)) {
      left -= 1;
      const headers = new Headers(request.headers);
      headers.set('x-emulator-fault', fault);
      return fetch(new Request(request, { headers }));
    }
    return fetch(request);
  };
}

export interface TestProxy {
  proxy: RunningProxy;
  /** Every JSON log line the proxy wrote. */
  logs: Record<string, unknown>[];
  /** Where the filesystem archive writes (a fresh temporary directory unless the config named one). */
  archiveDirectory: string;
  close(): Promise<void>;
}

/** A real proxy in front of `upstreamUrl` (an emulator, or `options.upstream`), quiet, with its log lines captured. */
export async function startTestProxy(
  upstreamUrl: string,
  options: { config?: ProxyConfigInput; upstream?: Upstream } & Partial<Omit<ProxyOptions, 'upstream' | 'config'>> = {},
): Promise<TestProxy> {
  const logs: Record<string, unknown>[] = [];
  const { config, upstream = selectUpstream({}, upstreamUrl), ...rest } = options;
  // Each test proxy archives into its own directory unless the test chose one (or another backend).
  const archiveDirectory = config?.archive?.directory ?? mkdtempSync(path.join(os.tmpdir(), 'proxy-archive-'));
  const proxy = await startProxy({
    port: 0,
    upstream,
    signingSecrets: [testSecret],
    logger: createLogger({ secrets: [...upstreamSecrets(upstream), testSecret], write: (line) => logs.push(JSON.parse(line) as Record<string, unknown>) }),
    config: loadConfig({ overrides: { ...config, archive: { ...config?.archive, directory: archiveDirectory } } }),
    gateway: { maxRetries: 2 },
    ...rest,
  });
  return {
    proxy,
    logs,
    archiveDirectory,
    async close() {
      await proxy.close();
      if (!config?.archive?.directory) rmSync(archiveDirectory, { recursive: true, force: true });
    },
  };
}

export interface TestServers extends TestProxy {
  emulator: ObservedEmulator;
}

/** A real emulator and a real proxy in front of it. */
export async function startTestServers(
  options: { config?: ProxyConfigInput; emulator?: ObservedEmulator } & Partial<Omit<ProxyOptions, 'upstream' | 'config'>> = {},
): Promise<TestServers> {
  const { emulator: shared, ...proxyOptions } = options;
  const emulator = shared ?? (await startObservedEmulator());
  const proxy = await startTestProxy(emulator.url, proxyOptions);
  return {
    ...proxy,
    emulator,
    async close() {
      await proxy.close();
      if (!shared) await emulator.close();
    },
  };
}
