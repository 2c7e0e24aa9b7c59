import { createAzure } from '@ai-sdk/azure';
import { createOpenAI, openai } from '@ai-sdk/openai';
import type { LanguageModel, Tool } from 'ai';

/** The model, its code interpreter tool, and where the download route fetches container files. */
export interface Upstream {
  model: LanguageModel;
  codeInterpreter: Tool;
  /** Base URL of the Containers API (`.../v1`). */
  baseURL: string;
  apiKey: string;
  /** Extra headers for container file downloads. */
  headers: Record<string, string>;
}

/** Azure OpenAI (v1 endpoint, key auth) with a deployment name as the model. */
export function azureUpstream(options: { resourceName: string; apiKey: string; deployment: string }): Upstream {
  const azure = createAzure({ resourceName: options.resourceName, apiKey: options.apiKey });
  return {
    model: azure.responses(options.deployment),
    // The tool definition is the same for both providers; this one is typed against the `ai` version in use
    // (@ai-sdk/azure 3.0.128 bundles an older @ai-sdk/provider-utils whose tool types do not match ai 6.0.325).
    codeInterpreter: openai.tools.codeInterpreter(),
    baseURL: `https://${options.resourceName}.openai.azure.com/openai/v1`,
    apiKey: options.apiKey,
    headers: { 'api-key': options.apiKey },
  };
}

/** The local emulator: the OpenAI provider pointed at its base URL; it accepts any key. */
export function emulatorUpstream(emulatorUrl: string): Upstream {
  const baseURL = `${emulatorUrl}/v1`;
  const provider = createOpenAI({ baseURL, apiKey: 'local' });
  return { model: provider.responses('emulator'), codeInterpreter: provider.tools.codeInterpreter(), baseURL, apiKey: 'local', headers: {} };
}
