import OpenAI, { APIError } from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { azureSettingsFromEnv } from './azure-env.js';
import { startEmulator, type RunningEmulator } from './server.js';

const echo = (text: string) => `\`\`\`markdown\n${text}\n\`\`\``;

async function errorOf(promise: Promise<unknown>): Promise<APIError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof APIError) return error;
    throw error;
  }
  throw new Error('the call succeeded');
}

describe('the azure flavour', () => {
  let emulator: RunningEmulator;
  beforeAll(async () => {
    emulator = await startEmulator({ port: 0, flavor: 'azure', azure: { deployments: ['chat-prod'] } });
  });
  afterAll(() => emulator.close());

  const client = (options: { apiKey?: string; headers?: Record<string, string> }) =>
    new OpenAI({ baseURL: `${emulator.url}/openai/v1`, apiKey: options.apiKey ?? 'unused', maxRetries: 0, ...(options.headers ? { defaultHeaders: options.headers } : {}) });

  it('serves the API under /openai/v1 only, and says so in its health check', async () => {
    expect((await fetch(`${emulator.url}/v1/files`, { headers: { 'api-key': 'k' } })).status).toBe(404);
    expect(await (await fetch(`${emulator.url}/health`)).json()).toMatchObject({ flavor: 'azure' });
  });

  it('accepts an api-key header or a bearer token, and answers anything else with Azure’s 401 body', async () => {
    const anonymous = await fetch(`${emulator.url}/openai/v1/files`);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toEqual({ error: { code: '401', message: expect.stringMatching(/^Access denied due to invalid subscription key/) as unknown } });
    expect((await fetch(`${emulator.url}/openai/v1/files`, { headers: { authorization: 'Basic a2V5' } })).status).toBe(401);
    expect((await fetch(`${emulator.url}/openai/v1/files`, { headers: { 'api-key': 'a-key' } })).status).toBe(200);
    const files = await client({ apiKey: 'an-entra-token' }).files.list();
    expect(files.data).toEqual([]);
  });

  it('treats model as a deployment: a known one answers (with content_filters), an unknown one is DeploymentNotFound', async () => {
    const response = await client({ apiKey: 'k' }).responses.create({
      model: 'chat-prod',
      input: echo('Hello from Azure'),
      tools: [{ type: 'code_interpreter', container: { type: 'auto' } }],
    });
    expect(response.output_text).toBe('Hello from Azure');
    expect(response).toHaveProperty('content_filters', null);
    const missing = await errorOf(client({ apiKey: 'k' }).responses.create({ model: 'gpt-5', input: 'hi' }));
    expect(missing.status).toBe(404);
    expect(missing.code).toBe('DeploymentNotFound');
  });
});

describe('the azure flavour with capabilities switched off', () => {
  let emulator: RunningEmulator;
  beforeAll(async () => {
    emulator = await startEmulator({ port: 0, ...azureSettingsFromEnv({ EMULATOR_FLAVOR: 'azure', EMULATOR_CONTAINERS_API: 'off', EMULATOR_CONTAINER_FILE_CONTENT: 'off' }) });
  });
  afterAll(() => emulator.close());

  it('answers 404 to creating or listing containers, while auto containers still run code and list their files', async () => {
    const openai = new OpenAI({ baseURL: `${emulator.url}/openai/v1`, apiKey: 'k', maxRetries: 0 });
    expect((await errorOf(openai.containers.create({ name: 'x' }))).status).toBe(404);
    expect((await errorOf(openai.containers.list())).status).toBe(404);
    const response = await openai.responses.create({
      model: 'gpt-5',
      input: `\`\`\`python\nopen('/mnt/data/note.txt', 'w').write('hi')\n\`\`\`\n${echo('[note](sandbox:/mnt/data/note.txt)')}`,
      tools: [{ type: 'code_interpreter', container: { type: 'auto' } }],
    });
    const call = response.output.find((item) => item.type === 'code_interpreter_call');
    expect(call?.container_id).toMatch(/^cntr_/);
    const files = await openai.containers.files.list(call?.container_id ?? '');
    const note = files.data.find((file) => file.path === '/mnt/data/note.txt');
    expect(note).toBeDefined();
    const content = await errorOf(openai.containers.files.content.retrieve(note?.id ?? '', { container_id: call?.container_id ?? '' }));
    expect(content.status).toBe(404);
  });
});

describe('azureSettingsFromEnv', () => {
  it('is empty without EMULATOR_FLAVOR, and reads deployments and switches with it', () => {
    expect(azureSettingsFromEnv({})).toEqual({});
    expect(azureSettingsFromEnv({ EMULATOR_FLAVOR: 'azure', EMULATOR_AZURE_DEPLOYMENTS: ' a, b ,', EMULATOR_CONTAINERS_API: 'OFF' })).toEqual({
      flavor: 'azure',
      azure: { deployments: ['a', 'b'], containersApi: false, containerFileContent: true },
    });
  });

  it('lets a misspelt flavour stop the emulator with its name', async () => {
    await expect(async () => startEmulator({ port: 0, ...azureSettingsFromEnv({ EMULATOR_FLAVOR: 'azur' }) })).rejects.toThrow(/flavor/);
  });
});
