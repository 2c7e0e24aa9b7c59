import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { z } from 'zod';
import { announcement, jsonLine, startBuiltServer } from './built-server.js';
import { readSseFrames } from './sse-reader.js';
import { uploadFiles } from './test-conversation.js';

const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * A fenced Python block the emulator runs for real: fast (no matplotlib), yet it streams every phase the matrix
 * needs: code deltas, an interpreter call, text deltas and a `container_file_citation` for the CSV it writes.
 */
export const csvTurnText = '```python\nwith open("/mnt/data/totals.csv", "w") as f:\n    f.write("region,total\\nnorth,12\\nsouth,7\\n")\nprint("saved")\n```';

/**
 * A text-only answer without Python: the emulator echoes a fenced markdown block. A plain sentence would go to its
 * analyst, which first inspects the chat's uploads with a real Python call, so it would not be text-only.
 */
export const textTurnText = `\`\`\`markdown\n${'The proxy relays this answer word by word, with its usual events, and nothing runs in a container. '.repeat(6).trim()}\n\`\`\``;

/** Load settings from the environment, validated: `LOAD_CHATS`, `LOAD_SECONDS`, `LOAD_PYTHON_CHATS`. */
export const loadSettingsSchema = z.object({
  LOAD_CHATS: z.coerce.number().int().min(1).max(5000).default(200),
  LOAD_SECONDS: z.coerce.number().min(1).max(3600).default(8),
  /** Chats whose turns run real Python (a CSV is written, cited and downloaded); the rest get text-only answers. */
  LOAD_PYTHON_CHATS: z.coerce.number().int().min(0).max(50).default(2),
});
export type LoadSettings = z.output<typeof loadSettingsSchema>;

export function loadSettings(env: Record<string, string | undefined>): LoadSettings {
  const parsed = loadSettingsSchema.safeParse(env);
  if (!parsed.success) throw new Error(`Invalid load settings: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
  return parsed.data;
}

export interface EmulatorProcess {
  url: string;
  stop(): Promise<void>;
}

/** Starts `load-emulator-process.ts` in a child Node process (through tsx, workspace packages from source). */
export async function startEmulatorProcess(paceMs = 2): Promise<EmulatorProcess> {
  const tsx = createRequire(import.meta.url).resolve('tsx');
  const server = await startBuiltServer({
    command: [process.execPath, '--conditions=@execards/source', '--import', tsx, path.join(here, 'load-emulator-process.ts')],
    cwd: process.cwd(),
    env: { ...process.env, LOAD_EMULATOR_PACE_MS: String(paceMs) },
    ready: jsonLine,
    ipc: true,
  });
  return { url: announcement(server, z.object({ url: z.string().url() })).url, stop: () => server.stop() };
}

/** Open file descriptors of this process (Linux). */
export function openFileDescriptors(): number {
  return readdirSync('/proc/self/fd').length;
}

/**
 * A forced full GC: V8's flag set at run time and the `gc` function taken from a fresh context, so the test works
 * whether or not Node was started with `--expose-gc`.
 */
export function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  gc();
}

/** Heap in use after a forced full GC, in bytes. */
export function settledHeapUsed(): number {
  collectGarbage();
  collectGarbage();
  return process.memoryUsage().heapUsed;
}

export interface LoadTally {
  turns: number;
  pythonTurns: number;
  events: number;
  uploads: number;
  downloads: number;
  /** Every failure, described; the test expects none. */
  errors: string[];
  /** Milliseconds of each turn, from request to `proxy.conversation`. */
  turnMs: number[];
}

export function emptyTally(): LoadTally {
  return { turns: 0, pythonTurns: 0, events: 0, uploads: 0, downloads: 0, errors: [], turnMs: [] };
}

const csvBytes = 'region,total\nnorth,12\nsouth,7\n';

/**
 * One chat until `deadline`: turn after turn on one conversation (its token carried forward); every third turn
 * (staggered by the chat's index, so a third of the chats start with one) uploads a small file first and adds it to
 * the sandbox; Python chats download every file their answer names.
 * Every turn must stream upstream events 0..n once each, end with `response.completed` and `proxy.conversation`,
 * and carry no `proxy.error`.
 */
export async function runChat(proxyUrl: string, index: number, python: boolean, deadline: number, tally: LoadTally): Promise<void> {
  let token: string | undefined;
  for (let turn = 0; performance.now() < deadline; turn += 1) {
    try {
      let fileIds: string[] = [];
      if ((turn + index) % 3 === 0) {
        const upload = await uploadFiles(proxyUrl, [{ name: `notes-${turn}.txt`, content: `turn ${turn}\n` }], token);
        if (upload.status !== 201) throw new Error(`upload answered ${upload.status}`);
        token = upload.body.token;
        fileIds = upload.body.files.map((file) => file.id);
        tally.uploads += 1;
      }
      const started = performance.now();
      const response = await fetch(`${proxyUrl}/api/responses`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text: python ? csvTurnText : textTurnText, model: 'gpt-5', fileIds, ...(token ? { token } : {}) }),
      });
      if (response.status !== 200) throw new Error(`turn answered ${response.status}: ${await response.text()}`);
      const frames = await readSseFrames(response);
      tally.turnMs.push(performance.now() - started);
      const upstream = frames.filter((frame) => !frame.event.startsWith('proxy.')).map((frame) => JSON.parse(frame.data) as { type: string; sequence_number: number });
      upstream.forEach((event, index) => {
        if (event.sequence_number !== index) throw new Error(`event ${index} has sequence_number ${event.sequence_number}`);
      });
      if (upstream.at(-1)?.type !== 'response.completed') throw new Error(`the turn ended with ${upstream.at(-1)?.type ?? 'no upstream event'}`);
      const failure = frames.find((frame) => frame.event === 'proxy.error');
      if (failure) throw new Error(`proxy.error ${failure.data}`);
      const last = frames.at(-1);
      if (last?.event !== 'proxy.conversation') throw new Error(`the turn ended with ${last?.event ?? 'nothing'}`);
      token = (JSON.parse(last.data) as { token: string }).token;
      tally.turns += 1;
      tally.events += upstream.length;
      if (python) {
        tally.pythonTurns += 1;
        const files = frames.filter((frame) => frame.event === 'proxy.file').map((frame) => JSON.parse(frame.data) as { url: string });
        if (files.length === 0) throw new Error('the Python turn named no file');
        for (const file of files) {
          const download = await fetch(`${proxyUrl}${file.url}`);
          const body = await download.text();
          if (download.status !== 200 || body !== csvBytes) throw new Error(`download answered ${download.status} with ${body.length} characters`);
          tally.downloads += 1;
        }
      }
    } catch (error) {
      tally.errors.push(error instanceof Error ? error.message : String(error));
      return;
    }
  }
}

/** The value at `fraction` (0..1) of the sorted samples. */
export function percentile(samples: readonly number[], fraction: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? 0;
}
