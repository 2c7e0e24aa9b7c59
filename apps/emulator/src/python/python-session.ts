import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { z } from 'zod';
import type { SandboxMode } from '../options.js';
import { planLaunch, runnerDirectory, type LaunchPlan } from './sandbox-launch.js';

export interface ExecutionResult {
  status: 'completed' | 'failed';
  logs: string;
  /** Base64 PNGs of figures shown with plt.show() or left open at the end of the call. */
  images: string[];
  /** One line such as `ZeroDivisionError: division by zero`, or the timeout/crash reason. */
  error: string | null;
}

export interface PythonSessionOptions {
  directory: string;
  pythonPath: string;
  sandbox: SandboxMode;
  memoryLimitBytes: number;
  logLimit: number;
}

const runnerReplySchema = z.object({
  id: z.number(),
  status: z.enum(['completed', 'failed']),
  logs: z.string(),
  images: z.array(z.string()),
  error: z.string().nullable(),
});

interface PendingCall {
  id: number;
  child: ChildProcess;
  resolve: (result: ExecutionResult) => void;
  strayOutput: string[];
}

/**
 * One persistent Python process (a "kernel") for one container. Variables survive between calls;
 * a call that runs over its time limit kills the process, which restarts on the next call.
 */
export class PythonSession {
  readonly #options: PythonSessionOptions;
  #child: ChildProcess | undefined;
  #plan: LaunchPlan | undefined;
  #pending: PendingCall | undefined;
  #ready: Promise<boolean> | undefined;
  #nextId = 1;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(options: PythonSessionOptions) {
    this.#options = options;
  }

  /** Process id of the running Python (or its namespace launcher), if any. */
  get pid(): number | undefined {
    return this.#child?.pid;
  }

  get mode(): LaunchPlan['mode'] | undefined {
    return this.#plan?.mode;
  }

  run(code: string, timeoutMs: number): Promise<ExecutionResult> {
    const call = this.#queue.then(() => this.#runNow(code, timeoutMs));
    this.#queue = call.catch(() => undefined);
    return call;
  }

  /** Kills the whole process group (launcher and Python). */
  stop(): void {
    const child = this.#child;
    this.#child = undefined;
    if (child?.pid !== undefined && child.exitCode === null && child.signalCode === null) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }
  }

  #start(): ChildProcess {
    const plan = planLaunch(this.#options.sandbox, this.#options.directory, this.#options.pythonPath);
    const child = spawn(plan.command, plan.args, {
      stdio: ['pipe', 'pipe', 'pipe', 'pipe'],
      detached: true, // own process group, so stop() reaches Python behind the launcher
      env: {
        PATH: '/usr/local/bin:/usr/bin:/bin',
        HOME: plan.workDirectory,
        LANG: 'C.UTF-8',
        MPLBACKEND: 'module://execards_backend',
        MPLCONFIGDIR: '/tmp/execards-matplotlib',
        PYTHONPATH: runnerDirectory,
        PYTHONUNBUFFERED: '1',
        PYTHONDONTWRITEBYTECODE: '1',
        OPENBLAS_NUM_THREADS: '1',
        OMP_NUM_THREADS: '1',
        EXECARDS_WORK_DIR: plan.workDirectory,
        EXECARDS_LOG_LIMIT: String(this.#options.logLimit),
        EXECARDS_MEMORY_LIMIT: String(this.#options.memoryLimitBytes),
      },
    });
    this.#plan = plan;
    let markReady: (ready: boolean) => void = () => undefined;
    this.#ready = new Promise<boolean>((resolve) => {
      markReady = resolve;
    });
    const replies = child.stdio[3] as Readable;
    createInterface({ input: replies }).on('line', (line) => {
      if (line === readyLine) markReady(true);
      else this.#onReply(line);
    });
    for (const stream of [child.stdout, child.stderr]) {
      // Output written straight to the file descriptors (subprocesses, C extensions) joins the logs.
      stream?.setEncoding('utf8');
      stream?.on('data', (chunk: string) => {
        if (this.#pending?.child === child) this.#pending.strayOutput.push(chunk);
      });
    }
    child.on('exit', (code, signal) => {
      if (this.#child === child) this.#child = undefined;
      markReady(false);
      // An old process dying late (after a timeout) must not fail the next process's call.
      if (this.#pending?.child !== child) return;
      this.#finishPending({
        status: 'failed',
        logs: `[the Python process exited (${signal ?? `code ${code}`}); its variables are lost]`,
        images: [],
        error: 'Python process exited',
      });
    });
    child.on('error', () => undefined); // reported through 'exit'
    return child;
  }

  async #runNow(code: string, timeoutMs: number): Promise<ExecutionResult> {
    this.#child ??= this.#start();
    const child = this.#child;
    const plan = this.#plan;
    const id = this.#nextId++;
    // Interpreter start-up does not count against the call's time limit, but is bounded too.
    const startupTimer = setTimeout(() => this.stop(), startupLimitMs);
    const ready = await this.#ready;
    clearTimeout(startupTimer);
    if (!ready || this.#child !== child) {
      return { status: 'failed', logs: '[the Python process could not start]', images: [], error: 'Python process did not start' };
    }
    return new Promise<ExecutionResult>((resolve) => {
      const timer = setTimeout(() => {
        this.stop();
        this.#finishPending({
          status: 'failed',
          logs: `[execution timed out after ${formatSeconds(timeoutMs)}; the Python process was restarted and its variables are lost]`,
          images: [],
          error: `TimeoutError: execution exceeded ${formatSeconds(timeoutMs)}`,
        });
      }, timeoutMs);
      this.#pending = {
        id,
        child,
        strayOutput: [],
        resolve: (result) => {
          clearTimeout(timer);
          resolve(result);
        },
      };
      const request = JSON.stringify({ id, code: plan ? plan.mapCode(code) : code });
      (child.stdin as Writable).write(`${request}\n`);
    });
  }

  #onReply(line: string): void {
    const parsed = runnerReplySchema.safeParse(safeJson(line));
    if (!parsed.success || parsed.data.id !== this.#pending?.id) return;
    this.#finishPending(parsed.data);
  }

  #finishPending(result: ExecutionResult): void {
    const pending = this.#pending;
    if (!pending) return;
    this.#pending = undefined;
    const stray = pending.strayOutput.join('');
    pending.resolve(stray ? { ...result, logs: `${result.logs}${stray}` } : result);
  }
}

const startupLimitMs = 30_000;
const readyLine = '{"ready": true}';

function formatSeconds(ms: number): string {
  return `${(ms / 1000).toFixed(ms < 1000 ? 2 : 1)} s`;
}

function safeJson(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
}
