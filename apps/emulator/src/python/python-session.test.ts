import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { processAlive, waitUntil } from '../../../../tooling/test-stack/emulator.js';
import { PythonSession } from './python-session.js';
import { namespacesAvailable } from './sandbox-launch.js';

const sessions: PythonSession[] = [];
const directories: string[] = [];

function newSession(overrides: Partial<ConstructorParameters<typeof PythonSession>[0]> = {}) {
  const directory = mkdtempSync(path.join(tmpdir(), 'execards-session-'));
  directories.push(directory);
  const session = new PythonSession({ directory, pythonPath: '/usr/bin/python3', sandbox: 'auto', memoryLimitBytes: 1024 ** 3, logLimit: 2000, ...overrides });
  sessions.push(session);
  return { session, directory };
}

afterEach(() => {
  for (const session of sessions.splice(0)) session.stop();
  for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
});

describe('PythonSession', { timeout: 20_000 }, () => {
  it('keeps variables between calls and logs stdout, stderr and the last expression', async () => {
    const { session } = newSession();
    expect(await session.run('x = 20\nprint("out")\nimport sys; print("err", file=sys.stderr)', 5000)).toMatchObject({ status: 'completed', logs: 'out\nerr\n' });
    expect(await session.run('x * 2 + 2', 5000)).toMatchObject({ status: 'completed', logs: '42\n', images: [] });
  });

  it('maps /mnt/data to the container directory, both ways', async () => {
    const { session, directory } = newSession();
    writeFileSync(path.join(directory, 'input.txt'), 'from the host');
    const result = await session.run('open("/mnt/data/out.txt", "w").write(open("/mnt/data/input.txt").read().upper())\nimport os\nos.getcwd()', 5000);
    expect(result.status).toBe('completed');
    expect(readFileSync(path.join(directory, 'out.txt'), 'utf8')).toBe('FROM THE HOST');
    expect(result.logs).toContain(session.mode === 'namespace' ? "'/mnt/data'" : directory);
  });

  it('maps /mnt/data by rewriting the code when namespaces are not used', async () => {
    const { session, directory } = newSession({ sandbox: 'path-mapping' });
    const result = await session.run('open("/mnt/data/mapped.txt", "w").write("yes")\nimport os\nos.getcwd()', 5000);
    expect(session.mode).toBe('path-mapping');
    expect(readFileSync(path.join(directory, 'mapped.txt'), 'utf8')).toBe('yes');
    expect(result.logs).toBe(`${JSON.stringify(directory).replaceAll('"', "'")}\n`);
  });

  it.runIf(namespacesAvailable())('runs without network inside its own namespace', async () => {
    const { session } = newSession({ sandbox: 'namespace' });
    const result = await session.run('import socket\nsocket.create_connection(("1.1.1.1", 80), timeout=2)', 5000);
    expect(result.status).toBe('failed');
    expect(result.error).toMatch(/OSError|unreachable/i);
  });

  it('gives user code an empty stdin, so input() fails instead of eating requests', async () => {
    const { session } = newSession();
    expect(await session.run('input()', 5000)).toMatchObject({ status: 'failed', error: 'EOFError: EOF when reading a line' });
    expect(await session.run('"still alive"', 5000)).toMatchObject({ status: 'completed', logs: "'still alive'\n" });
  });

  it('turns a traceback into a failed call with the traceback in the logs', async () => {
    const { session } = newSession();
    const result = await session.run('def f():\n    return 1 / 0\nf()', 5000);
    expect(result.status).toBe('failed');
    expect(result.error).toBe('ZeroDivisionError: division by zero');
    expect(result.logs).toMatch(/^Traceback \(most recent call last\):\n {2}File "<cell 1>", line 3/);
    expect(result.logs).not.toContain('runner.py');
  });

  it('returns figures from plt.show() and figures left open as PNG images', async () => {
    const { session } = newSession();
    const result = await session.run('import matplotlib.pyplot as plt\nplt.plot([1, 2]); plt.show()\nplt.figure(); plt.bar([1], [2])', 15_000);
    expect(result.status).toBe('completed');
    expect(result.images).toHaveLength(2);
    for (const image of result.images) expect(Buffer.from(image, 'base64').subarray(1, 4).toString()).toBe('PNG');
  });

  it('caps logs with a visible truncation note', async () => {
    const { session } = newSession({ logLimit: 100 });
    const result = await session.run('print("a" * 1000)', 5000);
    expect(result.logs).toBe(`${'a'.repeat(100)}\n[output truncated: 901 more characters not shown]`);
  });

  it('kills a call over its time limit, fails it, and restarts with fresh state', async () => {
    const { session } = newSession();
    await session.run('kept = 1', 5000);
    const firstPid = session.pid ?? -1;
    const result = await session.run('import time\ntime.sleep(30)', 300);
    expect(result).toMatchObject({ status: 'failed', error: expect.stringMatching(/^TimeoutError/) });
    expect(result.logs).toContain('timed out');
    expect(await waitUntil(() => !processAlive(firstPid))).toBe(true);
    const after = await session.run('"kept" in globals()', 5000);
    expect(after.logs).toBe('False\n');
  });

  it('enforces the memory limit as a failed call', async () => {
    const { session } = newSession({ memoryLimitBytes: 512 * 1024 ** 2 });
    const result = await session.run('block = bytearray(1024 ** 3)', 5000);
    expect(result).toMatchObject({ status: 'failed', error: 'MemoryError: ' });
  });

  it('stop() leaves no process behind', async () => {
    const { session } = newSession();
    await session.run('1', 5000);
    const pid = session.pid ?? -1;
    expect(processAlive(pid)).toBe(true);
    session.stop();
    expect(await waitUntil(() => !processAlive(pid))).toBe(true);
  });
});
