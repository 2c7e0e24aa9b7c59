import { randomBytes } from 'node:crypto';
import { z } from 'zod';

// An empty variable counts as unset (shells and CI often export VAR='').
const optionalText = (minimumLength: number) => z.preprocess((value) => (value === '' ? undefined : value), z.string().min(minimumLength).optional());
const port = (fallback: number) => z.coerce.number().int().min(1).max(65535).default(fallback);

const environmentSchema = z.object({
  EXAMPLE_SERVER_PORT: port(4100),
  EXAMPLE_WEB_PORT: port(5180),
  EXAMPLE_EMULATOR_PORT: port(4110),
  /** Delay between the emulator's streamed deltas, so streaming is visible; tests set 0. */
  EXAMPLE_EMULATOR_PACE_MS: z.coerce.number().int().min(0).max(1000).default(10),
  /** Signs download URLs; a fresh random one per start unless set (set it when running several instances). */
  FILE_URL_SECRET: optionalText(32),
  AZURE_RESOURCE_NAME: optionalText(1),
  AZURE_API_KEY: optionalText(1),
  AZURE_DEPLOYMENT: optionalText(1),
});

export type ExampleConfig = {
  serverPort: number;
  webPort: number;
  emulatorPort: number;
  emulatorPaceMs: number;
  fileUrlSecret: string;
  /** Azure OpenAI when all three AZURE_* variables are set, else the local emulator. */
  azure: { resourceName: string; apiKey: string; deployment: string } | null;
};

/** Reads and checks the environment; a bad value stops the start with a message naming it. */
export function readConfig(environment: NodeJS.ProcessEnv = process.env): ExampleConfig {
  const parsed = environmentSchema.safeParse(environment);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Invalid environment variable ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
  }
  const env = parsed.data;
  const azureValues = [env.AZURE_RESOURCE_NAME, env.AZURE_API_KEY, env.AZURE_DEPLOYMENT];
  if (azureValues.some(Boolean) && !azureValues.every(Boolean)) throw new Error('Set all of AZURE_RESOURCE_NAME, AZURE_API_KEY and AZURE_DEPLOYMENT, or none.');
  return {
    serverPort: env.EXAMPLE_SERVER_PORT,
    webPort: env.EXAMPLE_WEB_PORT,
    emulatorPort: env.EXAMPLE_EMULATOR_PORT,
    emulatorPaceMs: env.EXAMPLE_EMULATOR_PACE_MS,
    fileUrlSecret: env.FILE_URL_SECRET ?? randomBytes(32).toString('base64url'),
    azure: env.AZURE_RESOURCE_NAME && env.AZURE_API_KEY && env.AZURE_DEPLOYMENT ? { resourceName: env.AZURE_RESOURCE_NAME, apiKey: env.AZURE_API_KEY, deployment: env.AZURE_DEPLOYMENT } : null,
  };
}
