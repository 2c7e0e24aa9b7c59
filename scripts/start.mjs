// `npm start`: from a fresh machine to a running emulator + proxy + demo. `--dev` watches sources instead.
import { bootstrap } from './lib/bootstrap.mjs';
import { fail, log, run } from './lib/run.mjs';

const dev = process.argv.includes('--dev');
const skipBootstrap = process.argv.includes('--skip-bootstrap');

const pnpm = skipBootstrap ? ['pnpm'] : await bootstrap({ browser: false });
const pnpmRun = (args) => run(pnpm[0], [...pnpm.slice(1), ...args]);

log('building packages and servers');
if ((await pnpmRun(['exec', 'tsc', '-b'])) !== 0) fail('the TypeScript build failed');
if (!dev) {
  log('building the demo');
  if ((await pnpmRun(['--filter', '@execards/demo', 'exec', 'vite', 'build', '--logLevel', 'warn'])) !== 0) fail('the demo build failed');
}

const { runStack } = await import('./lib/stack.mjs');
await runStack({ mode: dev ? 'dev' : 'start' });
