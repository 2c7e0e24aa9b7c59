import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import type { z } from 'zod';

/** A loopback port that was free when asked, for a server started with a port number instead of 0. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('The probe got no port.'))));
    });
  });
}

export interface ServerCommand {
  /** The program and its arguments, e.g. `[process.execPath, 'dist/main.js']`. */
  command: readonly [string, ...string[]];
  cwd: string;
  /** The whole environment of the process (spread `process.env` in to inherit it). */
  env: NodeJS.ProcessEnv;
  /** What its output (stdout or stderr) shows once it serves. */
  ready: string | RegExp;
  /** How long it may take to show `ready` (default 30 s). */
  timeoutMs?: number;
  /** Opens an IPC channel, so the process can stop when its parent goes away (`process.once('disconnect', …)`). */
  ipc?: boolean;
}

export interface BuiltServer {
  child: ChildProcess;
  /** Everything the process wrote to stdout and stderr so far. */
  output(): string;
  /** SIGTERM, resolved once the process has exited. */
  stop(): Promise<void>;
}

function exited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

function stopChild(child: ChildProcess): Promise<void> {
  if (exited(child)) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/**
 * Starts a server process and waits until its output shows `ready`. A process that exits first or stays silent
 * past the timeout is stopped, and the promise rejects with what it wrote.
 */
export function startBuiltServer(server: ServerCommand): Promise<BuiltServer> {
  const [program, ...args] = server.command;
  const child = spawn(program, args, { cwd: server.cwd, env: server.env, stdio: server.ipc ? ['ignore', 'pipe', 'pipe', 'ipc'] : ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const isReady = () => (typeof server.ready === 'string' ? output.includes(server.ready) : server.ready.test(output));
  const started: BuiltServer = { child, output: () => output, stop: () => stopChild(child) };
  return new Promise((resolve, reject) => {
    let settled = false;
    const fail = (reason: string, running = true) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      const failure = new Error(`${server.command.join(' ')} ${reason}: ${output}`);
      if (running) void stopChild(child).then(() => reject(failure));
      else reject(failure);
    };
    const timeoutMs = server.timeoutMs ?? 30_000;
    const timer = setTimeout(() => fail(`did not show ${String(server.ready)} within ${timeoutMs} ms`), timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (settled || !isReady()) return;
      settled = true;
      clearTimeout(timer);
      resolve(started);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code, signal) => fail(`exited (${signal ?? `code ${String(code)}`}) before it was ready`, false));
    child.once('error', (error) => fail(`could not start (${error.message})`, false));
  });
}

/** What a child that announces itself prints once it listens: one line of JSON (`{"url": …}`). */
export const jsonLine = /^\{.*\}$/m;

/** The JSON line a server announced itself with, checked against `schema`. */
export function announcement<T>(server: BuiltServer, schema: z.ZodType<T>): T {
  const line = jsonLine.exec(server.output())?.[0];
  if (line === undefined) throw new Error(`The server printed no JSON line: ${server.output()}`);
  return schema.parse(JSON.parse(line));
}
