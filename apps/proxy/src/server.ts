import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { createProxyApp, type ProxyOptions } from './app.js';

export interface RunningProxy {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Starts the proxy; port 0 picks a free port (used by tests). */
export function startProxy(options: ProxyOptions & { port: number; hostname?: string }): Promise<RunningProxy> {
  const app = createProxyApp(options);
  const hostname = options.hostname ?? '127.0.0.1';
  return new Promise((resolve, reject) => {
    const server: ServerType = serve({ fetch: app.fetch, port: options.port, hostname }, (info: AddressInfo) => {
      resolve({
        url: `http://${hostname}:${info.port}`,
        port: info.port,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            // Open streams would hold close() forever; shutting down ends them.
            if ('closeAllConnections' in server) server.closeAllConnections();
          }),
      });
    });
    server.once('error', reject);
  });
}
