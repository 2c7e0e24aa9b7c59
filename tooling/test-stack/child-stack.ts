import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { announcement, jsonLine, startBuiltServer } from './built-server.js';

export interface ChildStack {
  proxyUrl: string;
  stop(): Promise<void>;
}

const announced = z.object({ proxyUrl: z.string().url() });

/** Starts `stack-process.ts` in a child Node process (through tsx, workspace packages from source) and waits for its proxy URL. */
export async function startChildStack(): Promise<ChildStack> {
  const tsx = createRequire(import.meta.url).resolve('tsx');
  const script = fileURLToPath(new globalThis.URL('./stack-process.ts', import.meta.url).href);
  const server = await startBuiltServer({
    command: [process.execPath, '--conditions=@execards/source', '--import', tsx, script],
    cwd: process.cwd(),
    env: process.env,
    ready: jsonLine,
    timeoutMs: 60_000,
  });
  return { proxyUrl: announcement(server, announced).proxyUrl, stop: () => server.stop() };
}
