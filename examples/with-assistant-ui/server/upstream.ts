import { createAzure } from '@ai-sdk/azure';
import { createOpenAI, openai } from '@ai-sdk/openai';
import type { LanguageModel, Tool } from 'ai';
import type { AzureSettings } from './config.js';

/** Where the model runs, its code interpreter tool, and how the download route reaches container files. */
export interface Upstream {
  model: LanguageModel;
  codeInterpreter: Tool;
  /** Base URL of the Containers API (`…/v1`). */
  baseURL: string;
  apiKey: string;
  headers: Record<string, string>;
  description: string;
}

/** Azure OpenAI (v1 endpoint, key auth); the model is the deployment name. */
export function azureUpstream({ resourceName, apiKey, deployment }: AzureSettings): Upstream {
  const azure = createAzure({ resourceName, apiKey });
  return {
    model: azure.responses(deployment),
    // Same tool definition for both providers; built with @ai-sdk/openai, whose types match this `ai` version.
    codeInterpreter: openai.tools.codeInterpreter(),
    baseURL: `https://${resourceName}.openai.azure.com/openai/v1`,
    apiKey,
    headers: { 'api-key': apiKey },
    description: `Azure deployment ${deployment}`,
  };
}

/** The local emulator through the OpenAI provider (it accepts any key). */
export function emulatorUpstream(emulatorUrl: string): Upstream {
  const baseURL = `${emulatorUrl}/v1`;
  const provider = createOpenAI({ baseURL, apiKey: 'local' });
  return { model: provider.responses('emulator'), codeInterpreter: provider.tools.codeInterpreter(), baseURL, apiKey: 'local', headers: {}, description: `emulator at ${emulatorUrl}` };
}
