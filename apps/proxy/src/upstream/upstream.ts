import type { TokenCredential } from '@azure/identity';
import { z } from 'zod';
import { defaultAzureCredential } from './azure-credential.js';

export type UpstreamKind = 'azure' | 'openai' | 'emulator';

/** How the proxy proves who it is upstream: a key, or Microsoft Entra ID tokens (Azure only). */
export type UpstreamAuth = 'api-key' | 'entra';

export interface Upstream {
  kind: UpstreamKind;
  /** Base URL the `openai` SDK is given, ending in `/v1`. */
  baseURL: string;
  auth: UpstreamAuth;
  /** A key, or a function the SDK calls before each request for a current token. Never logged, never sent to the browser. */
  apiKey: string | (() => Promise<string>);
  /** Only for the emulator: where its health check lives. */
  healthURL: string | null;
}

/** What the logger must redact: the key (tokens are never handed to the logger). */
export function upstreamSecrets(upstream: Upstream): string[] {
  return typeof upstream.apiKey === 'string' ? [upstream.apiKey] : [];
}

/** The scope of an Entra token for Azure OpenAI (Cognitive Services). */
export const azureTokenScope = 'https://cognitiveservices.azure.com/.default';

/**
 * Tokens for Azure OpenAI from `DefaultAzureCredential` (managed identity, workload identity, `az login`…) or the
 * credential given. `getBearerTokenProvider` caches the token and refreshes it before it expires. `@azure/identity`
 * is loaded on the first request, so key-based and local setups never load it.
 */
export function entraTokenProvider(credential: TokenCredential = defaultAzureCredential()): () => Promise<string> {
  let provider: Promise<() => Promise<string>> | undefined;
  return async () => {
    provider ??= import('@azure/identity').then((identity) => identity.getBearerTokenProvider(credential, azureTokenScope));
    return (await provider)();
  };
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
    /** `entra` uses Microsoft Entra ID even when a key is set; `key` requires the key. Unset: the key when there is one, else Entra ID. */
    AZURE_OPENAI_AUTH: optionalText.pipe(z.enum(['key', 'entra']).optional()),
    OPENAI_BASE_URL: optionalText.pipe(z.url({ protocol: /^https?$/ }).optional()),
    OPENAI_API_KEY: optionalText,
  })
  .superRefine((env, context) => {
    if (env.AZURE_OPENAI_AUTH === 'key' && !env.AZURE_OPENAI_API_KEY) {
      context.addIssue({ code: 'custom', path: ['AZURE_OPENAI_API_KEY'], message: 'is required when AZURE_OPENAI_AUTH is "key"' });
    }
    if (env.AZURE_OPENAI_AUTH && !env.AZURE_OPENAI_ENDPOINT) {
      context.addIssue({ code: 'custom', path: ['AZURE_OPENAI_ENDPOINT'], message: 'is required when AZURE_OPENAI_AUTH is set' });
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
 * Picks the upstream from the environment: Azure when its endpoint is set (with its key, or Entra ID tokens
 * from `options.credential` or `DefaultAzureCredential`), else an OpenAI-compatible base URL, else the local emulator. Throws an error naming the variable and the rule when the env is invalid.
 */
export function selectUpstream(env: Record<string, string | undefined>, emulatorUrl: string, options: { credential?: TokenCredential } = {}): Upstream {
  const parsed = upstreamEnv.safeParse(env);
  if (!parsed.success) {
    const details = parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('; ');
    throw new Error(`Invalid upstream configuration: ${details}`);
  }
  const config = parsed.data;
  if (config.AZURE_OPENAI_ENDPOINT) {
    const baseURL = azureBaseURL(config.AZURE_OPENAI_ENDPOINT);
    if (config.AZURE_OPENAI_API_KEY && config.AZURE_OPENAI_AUTH !== 'entra') return { kind: 'azure', baseURL, auth: 'api-key', apiKey: config.AZURE_OPENAI_API_KEY, healthURL: null };
    return { kind: 'azure', baseURL, auth: 'entra', apiKey: entraTokenProvider(options.credential), healthURL: null };
  }
  if (config.OPENAI_BASE_URL && config.OPENAI_API_KEY) {
    return { kind: 'openai', baseURL: config.OPENAI_BASE_URL.replace(/\/+$/, ''), auth: 'api-key', apiKey: config.OPENAI_API_KEY, healthURL: null };
  }
  return { kind: 'emulator', baseURL: `${emulatorUrl}/v1`, auth: 'api-key', apiKey: 'emulator-local-key', healthURL: `${emulatorUrl}/health` };
}
