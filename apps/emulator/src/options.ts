import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { z } from 'zod';

export const sandboxModes = ['auto', 'namespace', 'path-mapping'] as const;
export type SandboxMode = (typeof sandboxModes)[number];

const emulatorOptionsSchema = z.object({
  port: z.number().int().min(0).max(65535).default(0),
  /** Where containers keep their `/mnt/data` directories. A fresh temporary directory by default. */
  dataDirectory: z.string().min(1).optional(),
  /** Delay between streamed deltas, so a UI shows live streaming. 0 = as fast as possible. */
  paceMs: z.number().min(0).max(10_000).default(0),
  /** Per-call time limit; the Python process is killed and restarted when it is exceeded. */
  callTimeoutMs: z.number().int().min(50).max(3_600_000).default(30_000),
  /** Characters of logs kept per call; the rest is replaced by a visible truncation note. */
  logLimit: z.number().int().min(100).max(10_000_000).default(20_000),
  /** How long one "minute" of container idle expiry lasts (tests shrink it). */
  minuteMs: z.number().int().min(10).max(3_600_000).default(60_000),
  /** Python processes running code at the same time across all containers. */
  maxConcurrentExecutions: z.number().int().min(1).max(16).default(2),
  /** Largest request body (uploads are buffered in memory). */
  maxBodyBytes: z.number().int().min(1024).max(2 ** 31).default(512 * 1024 ** 2),
  sandbox: z.enum(sandboxModes).default('auto'),
  pythonPath: z.string().min(1).default('/usr/bin/python3'),
  /** `openai`: the API at `/v1`, any key. `azure`: at `/openai/v1`, Azure's auth, deployments and capability switches. */
  flavor: z.enum(['openai', 'azure']).default('openai'),
  azure: z
    .object({
      deployments: z.array(z.string().trim().min(1)).min(1).default(['gpt-5', 'gpt-5-mini', 'gpt-5-chat']),
      containersApi: z.boolean().default(true),
      containerFileContent: z.boolean().default(true),
    })
    .prefault({}),
});

export type EmulatorOptionsInput = z.input<typeof emulatorOptionsSchema>;
export type EmulatorOptions = z.output<typeof emulatorOptionsSchema> & { dataDirectory: string; ownsDataDirectory: boolean };

export function resolveEmulatorOptions(input: EmulatorOptionsInput = {}): EmulatorOptions {
  const parsed = emulatorOptionsSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Invalid emulator option ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
  }
  const ownsDataDirectory = parsed.data.dataDirectory === undefined;
  const dataDirectory = parsed.data.dataDirectory ?? mkdtempSync(path.join(tmpdir(), 'execards-emulator-'));
  return { ...parsed.data, dataDirectory, ownsDataDirectory };
}
