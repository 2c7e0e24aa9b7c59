/**
 * One command for the whole example: the emulator (unless Azure is configured), the API server and
 * the built web app (`vite preview`, proxying /api to the server). Ctrl+C or SIGTERM stops everything.
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

const emulator = config.azure ? null : await startEmulator({ port: config.emulatorPort, paceMs: config.emulatorPaceMs });
const upstream = config.azure ? azureUpstream(config.azure) : emulatorUpstream(emulator?.url ?? '');
const app = createChatApp({ upstream, fileUrlSecret: config.fileUrlSecret });
const server = serve({ fetch: app.fetch, port: config.serverPort, hostname: '127.0.0.1' });
const web = await preview({
  root: exampleDirectory,
  configFile: path.join(exampleDirectory, 'vite.config.ts'),
  preview: { host: '127.0.0.1', port: config.webPort, strictPort: true, proxy: { '/api': { target: `http://127.0.0.1:${config.serverPort}` } } },
});

console.log(`with-ai-sdk: open http://127.0.0.1:${config.webPort} (model: ${config.azure ? `Azure deployment ${config.azure.deployment}` : `emulator at ${emulator?.url ?? ''}`})`);

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
