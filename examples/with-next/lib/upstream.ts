import { randomBytes } from 'node:crypto';
import { createOpenAI } from '@ai-sdk/openai';
import type { LanguageModel, Tool } from 'ai';
import { z } from 'zod';

// An empty variable counts as unset (shells and CI often export VAR='').
const optionalText = (minimumLength: number) => z.preprocess((value) => (value === '' ? undefined : value), z.string().min(minimumLength).optional());

const environmentSchema = z.object({
  /** A Responses API base URL (`…/v1`): the local emulator by default, or OpenAI's. */
  OPENAI_BASE_URL: z.preprocess((value) => (value === '' ? undefined : value), z.url().default('http://127.0.0.1:4010/v1')),
  /** The emulator accepts any key; a real upstream needs its own. Read on the server only, never sent to the page. */
  OPENAI_API_KEY: optionalText(1),
  OPENAI_MODEL: optionalText(1),
  /** Signs download URLs (32+ characters); set it when several server instances serve one app. */
  FILE_URL_SECRET: optionalText(32),
});

/** The model, its code interpreter tool, and what the download route needs to fetch container files. */
export interface Upstream {
  model: LanguageModel;
  codeInterpreter: Tool;
  baseURL: string;
  apiKey: string;
  fileUrlSecret: string;
}

const processSecret = Symbol.for('with-next.fileUrlSecret');
type SecretHolder = { [processSecret]?: string };

/**
 * Next bundles each route handler on its own, so module state is not shared between `/api/chat` and
 * `/api/files`; the fallback secret lives on the process so both routes sign and verify with the same one.
 */
function fallbackSecret(): string {
  const holder = globalThis as SecretHolder;
  holder[processSecret] ??= randomBytes(32).toString('base64url');
  return holder[processSecret];
}

/** Reads and checks the environment; a bad value fails the request with a message naming it. */
export function readUpstream(environment: Readonly<Record<string, string | undefined>> = process.env): Upstream {
  const parsed = environmentSchema.safeParse(environment);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Invalid environment variable ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
  }
  const env = parsed.data;
  const apiKey = env.OPENAI_API_KEY ?? 'local';
  const provider = createOpenAI({ baseURL: env.OPENAI_BASE_URL, apiKey });
  return {
    model: provider.responses(env.OPENAI_MODEL ?? 'emulator'),
    codeInterpreter: provider.tools.codeInterpreter(),
    baseURL: env.OPENAI_BASE_URL,
    apiKey,
    fileUrlSecret: env.FILE_URL_SECRET ?? fallbackSecret(),
  };
}
