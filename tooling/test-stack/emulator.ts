import OpenAI from 'openai';
import { startEmulator, type RunningEmulator } from '@execards/emulator';
import type { EmulatorOptionsInput } from '@execards/emulator';

/** A real emulator on a free loopback port and an `openai` client pointed at it (no retries). */
export async function startTestEmulator(options: EmulatorOptionsInput = {}): Promise<{ server: RunningEmulator; client: OpenAI }> {
  const server = await startEmulator({ callTimeoutMs: 10_000, ...options, port: 0 });
  const client = new OpenAI({ baseURL: `${server.url}/v1`, apiKey: 'emulator', maxRetries: 0 });
  return { server, client };
}

/** Whether a process id is still alive. */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export async function waitUntil(condition: () => boolean, timeoutMs = 3000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return condition();
}

export interface ParsedSse {
  event: string;
  data: string;
}

/** Splits raw SSE text into frames (the tests look at the wire, not at the SDK's view of it). */
export function parseSseText(text: string): ParsedSse[] {
  return text
    .split('\n\n')
    .filter((block) => block.trim() !== '')
    .map((block) => {
      const lines = block.split('\n');
      return {
        event: lines.find((line) => line.startsWith('event: '))?.slice(7) ?? '',
        data: lines.filter((line) => line.startsWith('data: ')).map((line) => line.slice(6)).join('\n'),
      };
    });
}
