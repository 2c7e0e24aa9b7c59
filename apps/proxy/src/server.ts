import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import type { ArchiveService } from './archive/archive-service.js';
import { createProxy, type ProxyOptions } from './app.js';

export interface RunningProxy {
  url: string;
  port: number;
  /** The archive, null when `archive.enabled` is false (tests inspect its storage). */
  archive: ArchiveService | null;
  close(): Promise<void>;
}

/** Starts the proxy; port 0 picks a free port (used by tests). */
export function startProxy(options: ProxyOptions & { port: number; hostname?: string }): Promise<RunningProxy> {
  const hostname = options.hostname ?? '127.0.0.1';
  return new Promise((resolve, reject) => {
    // Inside the executor: a setup error (say, a malformed storage connection string) rejects instead of throwing.
    const { app, archive, dispose } = createProxy(options);
    const server: ServerType = serve({ fetch: app.fetch, port: options.port, hostname }, (info: AddressInfo) => {
      resolve({
        url: `http://${hostname}:${info.port}`,
        port: info.port,
        archive,
        close: () =>
          new Promise<void>((done) => {
            dispose();
            server.close(() => done());
            // Open streams would hold close() forever; shutting down ends them.
            if ('closeAllConnections' in server) server.closeAllConnections();
          }),
      });
    });
    server.once('error', (error) => {
      dispose();
      reject(error);
    });
  });
}
