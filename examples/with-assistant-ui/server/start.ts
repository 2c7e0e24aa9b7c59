/**
 * One command for the example: the emulator (unless Azure is configured), the API server, and the
 * built web app served by `vite preview` with /api proxied to the server. Ctrl+C / SIGTERM stops all.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { startEmulator } from '@execards/emulator';
import { preview } from 'vite';
import { createChatApp } from './app.js';
import { readConfig } from './config.js';
import { azureUpstream, emulatorUpstream } from './upstream.js';

const exampleDirectory = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const config = readConfig();

const emulator = config.azure === null ? await startEmulator({ port: config.emulatorPort, paceMs: config.emulatorPaceMs }) : null;
const upstream = config.azure === null ? emulatorUpstream(emulator?.url ?? '') : azureUpstream(config.azure);
const server = serve({ fetch: createChatApp({ upstream, fileUrlSecret: config.fileUrlSecret }).fetch, port: config.serverPort, hostname: '127.0.0.1' });
const web = await preview({
  root: exampleDirectory,
  configFile: path.join(exampleDirectory, 'vite.config.ts'),
  preview: { host: '127.0.0.1', port: config.webPort, strictPort: true, proxy: { '/api': { target: `http://127.0.0.1:${config.serverPort}` } } },
});

console.log(`with-assistant-ui: open http://127.0.0.1:${config.webPort} (model: ${upstream.description})`);

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  await web.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await emulator?.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
