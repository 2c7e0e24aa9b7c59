import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { createEmulator, type Emulator } from './app.js';
import type { EmulatorOptionsInput } from './options.js';

export interface RunningEmulator {
  /** Base URL of the server, e.g. `http://127.0.0.1:4010`. Clients add `/v1`. */
  url: string;
  port: number;
  emulator: Emulator;
  /** Stops listening, ends open streams and kills every Python process. */
  close(): Promise<void>;
}

/** Starts the emulator on loopback. Port 0 picks a free port (used by tests). */
export function startEmulator(options: EmulatorOptionsInput & { port: number }): Promise<RunningEmulator> {
  const emulator = createEmulator(options);
  return new Promise((resolve, reject) => {
    let server: ServerType;
    try {
      server = serve({ fetch: emulator.app.fetch, port: options.port, hostname: '127.0.0.1' }, (info: AddressInfo) => {
        resolve({
          url: `http://127.0.0.1:${info.port}`,
          port: info.port,
          emulator,
          close: () =>
            new Promise<void>((done) => {
              emulator.close();
              server.close(() => done());
              if ('closeAllConnections' in server) server.closeAllConnections();
            }),
        });
      });
      server.once('error', (error) => {
        emulator.close();
        reject(error);
      });
    } catch (error) {
      emulator.close();
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}
