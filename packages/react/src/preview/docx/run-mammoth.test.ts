import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runMammoth } from './run-mammoth.js';

function report(): ArrayBuffer {
  const bytes = readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), 'test-files', 'report.docx'));
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
}

/** A worker that takes the message and then does what the test says: nothing, or fail to load. */
class ScriptedWorker {
  static instances: ScriptedWorker[] = [];
  static behaviour: 'silent' | 'fails-to-load' = 'silent';
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  received: unknown[] = [];
  terminated = false;
  constructor() {
    ScriptedWorker.instances.push(this);
  }
  postMessage(message: unknown) {
    this.received.push(message);
    if (ScriptedWorker.behaviour === 'fails-to-load') queueMicrotask(() => this.onerror?.(new Event('error')));
  }
  terminate() {
    this.terminated = true;
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  ScriptedWorker.instances = [];
});

describe('runMammoth', () => {
  it('converts on the main thread where no worker exists', async () => {
    vi.stubGlobal('Worker', undefined);
    const outcome = await runMammoth(report(), new AbortController().signal);
    expect(outcome.ok && outcome.html).toContain('<h1>Quarterly report</h1>');
  });

  it('stops a conversion that outlives its time limit, and ends its worker', async () => {
    ScriptedWorker.behaviour = 'silent';
    vi.stubGlobal('Worker', ScriptedWorker);
    const data = report();
    await expect(runMammoth(data, new AbortController().signal, 20)).resolves.toEqual({ ok: false, reason: 'too-slow' });
    const [worker] = ScriptedWorker.instances;
    expect(worker?.terminated).toBe(true);
    // The bytes were copied to the worker, not transferred away from the caller.
    expect(data.byteLength).toBeGreaterThan(0);
  });

  it('ends the worker when the preview goes away', async () => {
    ScriptedWorker.behaviour = 'silent';
    vi.stubGlobal('Worker', ScriptedWorker);
    const controller = new AbortController();
    const outcome = runMammoth(report(), controller.signal);
    controller.abort();
    await expect(outcome).resolves.toEqual({ ok: false, reason: 'unreadable' });
    expect(ScriptedWorker.instances[0]?.terminated).toBe(true);
  });

  it('converts on the main thread when the worker script cannot load', async () => {
    ScriptedWorker.behaviour = 'fails-to-load';
    vi.stubGlobal('Worker', ScriptedWorker);
    const outcome = await runMammoth(report(), new AbortController().signal);
    expect(outcome.ok && outcome.html).toContain('<h1>Quarterly report</h1>');
    expect(ScriptedWorker.instances[0]?.terminated).toBe(true);
  });
});
