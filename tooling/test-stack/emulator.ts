import OpenAI, { toFile } from 'openai';
import type { Response } from 'openai/resources/responses/responses';
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

/** Uploads `files`, then asks one turn over them in an auto container, with the calls' outputs included. */
export async function askWithFiles(client: OpenAI, input: string, files: ReadonlyArray<{ name: string; content: string | Buffer }>, previousResponseId?: string): Promise<Response> {
  const ids: string[] = [];
  for (const file of files) ids.push((await client.files.create({ file: await toFile(Buffer.from(file.content), file.name), purpose: 'assistants' })).id);
  return client.responses.create({
    model: 'emulator',
    input,
    tools: [{ type: 'code_interpreter', container: { type: 'auto', file_ids: ids } }],
    include: ['code_interpreter_call.outputs'],
    ...(previousResponseId ? { previous_response_id: previousResponseId } : {}),
  });
}
