import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { startBuiltServer } from './built-server.js';

export interface ChildStack {
  proxyUrl: string;
  stop(): Promise<void>;
}

const announcement = z.object({ proxyUrl: z.string().url() });

/** Starts `stack-process.ts` in a child Node process (through tsx, workspace packages from source) and waits for its proxy URL. */
export async function startChildStack(): Promise<ChildStack> {
  const tsx = createRequire(import.meta.url).resolve('tsx');
  const script = fileURLToPath(new globalThis.URL('./stack-process.ts', import.meta.url).href);
  const server = await startBuiltServer({
    command: [process.execPath, '--conditions=@execards/source', '--import', tsx, script],
    cwd: fileURLToPath(new globalThis.URL('.', import.meta.url).href),
    env: process.env,
    ready: /^\{.*\}$/m,
    timeoutMs: 60_000,
  });
  const line = /^\{.*\}$/m.exec(server.output())?.[0] ?? '';
  return { proxyUrl: announcement.parse(JSON.parse(line)).proxyUrl, stop: () => server.stop() };
}
