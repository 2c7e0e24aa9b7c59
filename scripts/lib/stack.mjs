// Runs emulator + proxy + demo as one unit: prefixed logs, readiness checks, and one Ctrl-C stops all three.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { createInterface } from 'node:readline';
import { resolvePorts } from '../../tooling/ports/index.js';
import { fail, log, root } from './run.mjs';

const colors = { emulator: 35, proxy: 36, demo: 33 };

function portIsFree(port) {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen({ port, host: '127.0.0.1' }, () => probe.close(() => resolve(true)));
  });
}

function prefixLines(stream, name, target) {
  const prefix = `\x1b[${colors[name]}m${name.padEnd(8)}|\x1b[0m `;
  createInterface({ input: stream }).on('line', (line) => target.write(`${prefix}${line}\n`));
}

async function waitFor(url, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) return false;
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return true;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}

/**
 * @param {{ mode: 'start' | 'dev', env?: NodeJS.ProcessEnv }} options
 */
export async function runStack({ mode, env = process.env }) {
  let ports;
  try {
    ports = resolvePorts(env);
  } catch (error) {
    fail(error.message);
  }
  for (const [name, port] of [['EMULATOR_PORT', ports.emulatorPort], ['PROXY_PORT', ports.proxyPort], ['DEMO_PORT', ports.demoPort]]) {
    if (!(await portIsFree(port))) fail(`port ${port} is already in use: stop what uses it, or set ${name} to another port.`);
  }

  const childEnv = { ...env, EMULATOR_PORT: String(ports.emulatorPort), PROXY_PORT: String(ports.proxyPort), DEMO_PORT: String(ports.demoPort), FORCE_COLOR: '1' };
  const bin = (name) => `${root}/node_modules/.bin/${name}`;
  const services = [
    {
      name: 'emulator',
      cwd: `${root}/apps/emulator`,
      command: mode === 'dev' ? [bin('tsx'), 'watch', 'src/main.ts'] : [process.execPath, 'dist/main.js'],
      ready: `${ports.emulatorUrl}/health`,
    },
    {
      name: 'proxy',
      cwd: `${root}/apps/proxy`,
      command: mode === 'dev' ? [bin('tsx'), 'watch', 'src/main.ts'] : [process.execPath, 'dist/main.js'],
      ready: `${ports.proxyUrl}/api/health`,
    },
    {
      name: 'demo',
      cwd: `${root}/apps/demo`,
      command: mode === 'dev' ? [bin('vite')] : [bin('vite'), 'preview', '--bypass-lock'],
      ready: `http://127.0.0.1:${ports.demoPort}/`,
    },
  ];

  const children = [];
  let stopping = false;
  const stopAll = async (exitCode) => {
    if (stopping) return;
    stopping = true;
    for (const child of children) {
      if (child.exitCode === null) {
        try {
          child.kill('SIGTERM');
        } catch {
          // already gone
        }
      }
    }
    const deadline = Date.now() + 5000;
    while (children.some((child) => child.exitCode === null && child.signalCode === null) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    for (const child of children) {
      if (child.exitCode === null && child.signalCode === null) {
        try {
          child.kill('SIGKILL');
        } catch {
          // already gone
        }
      }
    }
    process.exit(exitCode);
  };
  process.on('SIGINT', () => {
    process.stdout.write('\n');
    log('stopping emulator, proxy and demo');
    void stopAll(0);
  });
  process.on('SIGTERM', () => void stopAll(0));

  for (const service of services) {
    const [command, ...args] = service.command;
    // Services stay in this script's process group: a Ctrl-C in the terminal, or a runner killing the group, reaches all of them.
    const child = spawn(command, args, { cwd: service.cwd, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(child);
    prefixLines(child.stdout, service.name, process.stdout);
    prefixLines(child.stderr, service.name, process.stderr);
    child.on('exit', (code, signal) => {
      if (stopping) return;
      // A terminal's Ctrl-C reaches the services too, and one may exit before this script hears of it.
      const orderly = code === 0 || code === 130 || code === 143 || signal === 'SIGINT' || signal === 'SIGTERM';
      if (!orderly) process.stderr.write(`\x1b[31m${service.name} exited (${signal ?? `code ${code}`}); stopping the others\x1b[0m\n`);
      void stopAll(orderly ? 0 : 1);
    });
    if (!(await waitFor(service.ready, child, 60_000))) {
      process.stderr.write(`\x1b[31m${service.name} did not become ready at ${service.ready}\x1b[0m\n`);
      await stopAll(1);
    }
  }

  const line = '─'.repeat(52);
  process.stdout.write(
    `\n${line}\n  execards is running: open \x1b[1;4m${ports.demoUrl}\x1b[0m\n` +
      `  proxy ${ports.proxyUrl}  ·  emulator ${ports.emulatorUrl}\n  Ctrl-C stops all three.\n${line}\n\n`,
  );
}
