import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export interface RunningStack {
  proxyUrl: string;
  stop(): Promise<void>;
}

const script = fileURLToPath(new globalThis.URL('./stack-process.ts', import.meta.url).href);

/** Starts `stack-process.ts` with tsx, reading workspace packages from source, and waits for its proxy URL. */
export function startStack(): Promise<RunningStack> {
  const child: ChildProcess = spawn(process.execPath, ['--conditions=@execards/source', '--import', 'tsx', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the test stack exited early with code ${code}`)));
    createInterface({ input: child.stdout ?? process.stdin }).once('line', (line) => {
      const { proxyUrl } = JSON.parse(line) as { proxyUrl: string };
      resolve({
        proxyUrl,
        stop: () =>
          new Promise<void>((done) => {
            child.removeAllListeners('exit');
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    });
  });
}
