import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { createProxyApp } from './app.js';
import type { Upstream } from './upstream.js';

export interface RunningProxy {
  url: string;
  port: number;
  close(): Promise<void>;
}

export function startProxy(options: { port: number; upstream: Upstream; hostname?: string }): Promise<RunningProxy> {
  const app = createProxyApp({ upstream: options.upstream });
  const hostname = options.hostname ?? '127.0.0.1';
  return new Promise((resolve, reject) => {
    const server: ServerType = serve({ fetch: app.fetch, port: options.port, hostname }, (info: AddressInfo) => {
      resolve({
        url: `http://${hostname}:${info.port}`,
        port: info.port,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
    server.once('error', reject);
  });
}
