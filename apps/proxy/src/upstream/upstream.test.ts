import { describe, expect, it } from 'vitest';
import { azureBaseURL, selectUpstream } from './upstream.js';

const emulatorUrl = 'http://127.0.0.1:4010';

describe('selectUpstream', () => {
  it('defaults to the local emulator', () => {
    expect(selectUpstream({}, emulatorUrl)).toMatchObject({ kind: 'emulator', baseURL: 'http://127.0.0.1:4010/v1' });
  });

  it('prefers Azure and builds its v1 base URL', () => {
    const upstream = selectUpstream(
      { AZURE_OPENAI_ENDPOINT: 'https://res.openai.azure.com/', AZURE_OPENAI_API_KEY: 'k', OPENAI_BASE_URL: 'https://x.test', OPENAI_API_KEY: 'o' },
      emulatorUrl,
    );
    expect(upstream).toMatchObject({ kind: 'azure', auth: 'api-key', baseURL: 'https://res.openai.azure.com/openai/v1', apiKey: 'k' });
  });

  it('normalizes the endpoint forms people paste', () => {
    expect(azureBaseURL('https://res.openai.azure.com')).toBe('https://res.openai.azure.com/openai/v1');
    expect(azureBaseURL('https://res.openai.azure.com/openai/v1/')).toBe('https://res.openai.azure.com/openai/v1');
    expect(azureBaseURL('https://res.openai.azure.com/openai')).toBe('https://res.openai.azure.com/openai/v1');
  });

  it('uses Microsoft Entra ID for Azure without a key, or when AZURE_OPENAI_AUTH=entra', () => {
    const keyless = selectUpstream({ AZURE_OPENAI_ENDPOINT: 'https://res.openai.azure.com' }, emulatorUrl);
    expect(keyless).toMatchObject({ kind: 'azure', auth: 'entra' });
    expect(typeof keyless.apiKey).toBe('function');
    expect(selectUpstream({ AZURE_OPENAI_ENDPOINT: 'https://res.openai.azure.com', AZURE_OPENAI_API_KEY: 'k', AZURE_OPENAI_AUTH: 'entra' }, emulatorUrl).auth).toBe('entra');
  });

  it('names the missing variable instead of silently falling back', () => {
    expect(() => selectUpstream({ AZURE_OPENAI_ENDPOINT: 'https://res.openai.azure.com', AZURE_OPENAI_AUTH: 'key' }, emulatorUrl)).toThrow(
      /AZURE_OPENAI_API_KEY is required when AZURE_OPENAI_AUTH is "key"/,
    );
    expect(() => selectUpstream({ AZURE_OPENAI_AUTH: 'entra' }, emulatorUrl)).toThrow(/AZURE_OPENAI_ENDPOINT is required when AZURE_OPENAI_AUTH is set/);
    expect(() => selectUpstream({ AZURE_OPENAI_ENDPOINT: 'https://res.openai.azure.com', AZURE_OPENAI_AUTH: 'token' }, emulatorUrl)).toThrow(/AZURE_OPENAI_AUTH/);
    expect(() => selectUpstream({ OPENAI_BASE_URL: 'not a url', OPENAI_API_KEY: 'k' }, emulatorUrl)).toThrow(/OPENAI_BASE_URL/);
  });
});
