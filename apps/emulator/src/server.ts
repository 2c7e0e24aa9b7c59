import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { createEmulatorApp } from './app.js';

export interface RunningEmulator {
  /** Base URL of the server, e.g. `http://127.0.0.1:4010`. Clients add `/v1`. */
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Starts the emulator on loopback. Port 0 picks a free port (used by tests). */
export function startEmulator(options: { port: number }): Promise<RunningEmulator> {
  const app = createEmulatorApp();
  return new Promise((resolve, reject) => {
    let server: ServerType;
    try {
      server = serve({ fetch: app.fetch, port: options.port, hostname: '127.0.0.1' }, (info: AddressInfo) => {
        resolve({
          url: `http://127.0.0.1:${info.port}`,
          port: info.port,
          close: () => new Promise<void>((done) => server.close(() => done())),
        });
      });
      server.once('error', reject);
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}
