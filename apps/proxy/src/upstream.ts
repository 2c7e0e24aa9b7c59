import { z } from 'zod';

export type UpstreamKind = 'azure' | 'openai' | 'emulator';

export interface Upstream {
  kind: UpstreamKind;
  /** Base URL the `openai` SDK is given, ending in `/v1`. */
  baseURL: string;
  /** Never logged, never sent to the browser. */
  apiKey: string;
  /** Only for the emulator: where its health check lives. */
  healthURL: string | null;
}

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const upstreamEnv = z
  .object({
    AZURE_OPENAI_ENDPOINT: optionalText.pipe(z.url({ protocol: /^https?$/ }).optional()),
    AZURE_OPENAI_API_KEY: optionalText,
    OPENAI_BASE_URL: optionalText.pipe(z.url({ protocol: /^https?$/ }).optional()),
    OPENAI_API_KEY: optionalText,
  })
  .superRefine((env, context) => {
    if (env.AZURE_OPENAI_ENDPOINT && !env.AZURE_OPENAI_API_KEY) {
      context.addIssue({ code: 'custom', path: ['AZURE_OPENAI_API_KEY'], message: 'is required when AZURE_OPENAI_ENDPOINT is set' });
    }
    if (env.OPENAI_BASE_URL && !env.OPENAI_API_KEY) {
      context.addIssue({ code: 'custom', path: ['OPENAI_API_KEY'], message: 'is required when OPENAI_BASE_URL is set' });
    }
  });

/** Azure's v1 surface lives at `<endpoint>/openai/v1/`, whatever form of the endpoint the user pasted. */
export function azureBaseURL(endpoint: string): string {
  const url = new URL(endpoint);
  const path = url.pathname.replace(/\/+$/, '').replace(/\/openai(\/v1)?$/, '');
  return `${url.origin}${path}/openai/v1`;
}

/**
 * Picks the upstream from the environment: Azure when its endpoint is set, else an OpenAI-compatible
 * base URL, else the local emulator. Throws an error naming the variable and the rule when the env is invalid.
 */
export function selectUpstream(env: Record<string, string | undefined>, emulatorUrl: string): Upstream {
  const parsed = upstreamEnv.safeParse(env);
  if (!parsed.success) {
    const details = parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('; ');
    throw new Error(`Invalid upstream configuration: ${details}`);
  }
  const config = parsed.data;
  if (config.AZURE_OPENAI_ENDPOINT && config.AZURE_OPENAI_API_KEY) {
    return { kind: 'azure', baseURL: azureBaseURL(config.AZURE_OPENAI_ENDPOINT), apiKey: config.AZURE_OPENAI_API_KEY, healthURL: null };
  }
  if (config.OPENAI_BASE_URL && config.OPENAI_API_KEY) {
    return { kind: 'openai', baseURL: config.OPENAI_BASE_URL.replace(/\/+$/, ''), apiKey: config.OPENAI_API_KEY, healthURL: null };
  }
  return { kind: 'emulator', baseURL: `${emulatorUrl}/v1`, apiKey: 'emulator-local-key', healthURL: `${emulatorUrl}/health` };
}
