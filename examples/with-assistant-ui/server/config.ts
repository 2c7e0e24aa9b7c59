import { randomBytes } from 'node:crypto';
import { z } from 'zod';

const port = (fallback: number) => z.coerce.number().int().min(1).max(65535).default(fallback);
/** An empty variable counts as unset (so `AZURE_API_KEY=` switches Azure off). */
const optionalText = (minimum: number) => z.preprocess((value) => (value === '' ? undefined : value), z.string().min(minimum).optional());

const environmentSchema = z.object({
  EXAMPLE_SERVER_PORT: port(4200),
  EXAMPLE_WEB_PORT: port(5190),
  EXAMPLE_EMULATOR_PORT: port(4210),
  /** Delay between the emulator's stream events, so code visibly streams; 0 for tests. */
  EXAMPLE_EMULATOR_PACE_MS: z.coerce.number().int().min(0).max(1000).default(10),
  /** Signs download URLs; random per start unless set (set it when several instances serve one app). */
  FILE_URL_SECRET: optionalText(32),
  AZURE_RESOURCE_NAME: optionalText(1),
  AZURE_API_KEY: optionalText(1),
  AZURE_DEPLOYMENT: optionalText(1),
});

export interface AzureSettings {
  resourceName: string;
  apiKey: string;
  deployment: string;
}

export interface ExampleConfig {
  serverPort: number;
  webPort: number;
  emulatorPort: number;
  emulatorPaceMs: number;
  fileUrlSecret: string;
  /** Azure OpenAI when all three AZURE_* variables are set; null means the local emulator. */
  azure: AzureSettings | null;
}

/** Reads and checks the environment; a bad value stops the start with a message naming the variable. */
export function readConfig(environment: NodeJS.ProcessEnv = process.env): ExampleConfig {
  const parsed = environmentSchema.safeParse(environment);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Invalid environment variable ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid value'}`);
  }
  const { AZURE_RESOURCE_NAME: resourceName, AZURE_API_KEY: apiKey, AZURE_DEPLOYMENT: deployment, ...env } = parsed.data;
  const azureCount = [resourceName, apiKey, deployment].filter((value) => value !== undefined).length;
  if (azureCount !== 0 && azureCount !== 3) throw new Error('Set all of AZURE_RESOURCE_NAME, AZURE_API_KEY and AZURE_DEPLOYMENT, or none of them.');
  return {
    serverPort: env.EXAMPLE_SERVER_PORT,
    webPort: env.EXAMPLE_WEB_PORT,
    emulatorPort: env.EXAMPLE_EMULATOR_PORT,
    emulatorPaceMs: env.EXAMPLE_EMULATOR_PACE_MS,
    fileUrlSecret: env.FILE_URL_SECRET ?? randomBytes(32).toString('base64url'),
    azure: resourceName && apiKey && deployment ? { resourceName, apiKey, deployment } : null,
  };
}
