import type { AccessToken, TokenCredential } from '@azure/identity';
import { startEmulator, type RunningEmulator } from '@execards/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendTurn, uploadFiles } from '../../../../tooling/test-stack/test-conversation.js';
import { startTestProxy, type TestProxy } from '../../../../tooling/test-stack/test-servers.js';
import { azureTokenScope, selectUpstream } from './upstream.js';

// The proxy down the Azure path: AZURE_OPENAI_ENDPOINT pointed at the emulator's Azure flavour, over HTTP.
const chartTurn = [
  '```python',
  'import pandas as pd, matplotlib',
  "matplotlib.use('Agg')",
  'import matplotlib.pyplot as plt',
  "frame = pd.read_csv('/mnt/data/sales.csv')",
  "frame.plot(x='month', y='revenue', title='Revenue').get_figure().savefig('/mnt/data/revenue.png')",
  "print('rows', len(frame))",
  '```',
  '```markdown',
  '**Revenue chart**',
  '[*Generating…*](sandbox:/mnt/data/revenue.png)',
  '```',
].join('\n');
const salesCsv = 'month,revenue\n2024-01,100\n2024-02,130\n2024-03,90\n';

/** Records the Authorization header of each upstream HTTP request (the real fetch still makes it; the SDK also probes a `data:` URL). */
function recordingFetch(seen: string[]): typeof globalThis.fetch {
  return (input, init) => {
    const request = new Request(input, init);
    if (request.url.startsWith('http')) seen.push(request.headers.get('authorization') ?? '');
    return fetch(request);
  };
}

async function chartThroughProxy(server: TestProxy) {
  const upload = await uploadFiles(server.proxy.url, [{ name: 'sales.csv', content: salesCsv }]);
  expect(upload.status).toBe(201);
  const turn = await sendTurn(server.proxy.url, { text: chartTurn, model: 'gpt-5', fileIds: upload.body.files.map((file) => file.id), token: upload.body.token });
  expect(turn.errors).toEqual([]);
  expect(turn.upstream.at(-1)?.['type']).toBe('response.completed');
  expect(JSON.stringify(turn.upstream)).toContain('rows 3');
  const chart = turn.files.find((file) => file.filename === 'revenue.png');
  expect(chart).toBeDefined();
  return { turn, download: await fetch(`${server.proxy.url}${chart?.url ?? ''}`) };
}

async function expectPng(response: Response): Promise<void> {
  expect(response.status).toBe(200);
  expect([...new Uint8Array(await response.arrayBuffer()).subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
}

describe('the proxy against an Azure-shaped upstream', { timeout: 60_000 }, () => {
  let azure: RunningEmulator;
  beforeAll(async () => {
    azure = await startEmulator({ port: 0, flavor: 'azure' });
  });
  afterAll(() => azure.close());

  it('runs a chart turn with an upload and a download through AZURE_OPENAI_ENDPOINT with a key', async () => {
    const upstream = selectUpstream({ AZURE_OPENAI_ENDPOINT: azure.url, AZURE_OPENAI_API_KEY: 'azure-key' }, 'http://unused');
    expect(upstream).toMatchObject({ kind: 'azure', auth: 'api-key', baseURL: `${azure.url}/openai/v1` });
    const server = await startTestProxy(azure.url, { upstream, config: { archive: { enabled: false } } });
    try {
      const { download } = await chartThroughProxy(server);
      await expectPng(download);
      const health = (await (await fetch(`${server.proxy.url}/api/health`)).json()) as Record<string, unknown>;
      expect(health).toMatchObject({ upstream: { kind: 'azure', auth: 'api-key' }, capabilities: { explicitContainers: true, containerFileContent: true } });
    } finally {
      await server.close();
    }
  });

  it('takes a download whose container was deleted for a missing file, not for a resource without file downloads', async () => {
    const upstream = selectUpstream({ AZURE_OPENAI_ENDPOINT: azure.url, AZURE_OPENAI_API_KEY: 'azure-key' }, 'http://unused');
    const server = await startTestProxy(azure.url, { upstream, config: { archive: { enabled: false } } });
    try {
      const { turn, download } = await chartThroughProxy(server);
      await expectPng(download);
      const chart = turn.files.find((file) => file.filename === 'revenue.png');
      const deleted = await fetch(`${azure.url}/openai/v1/containers/${chart?.container_id ?? ''}`, { method: 'DELETE', headers: { 'api-key': 'azure-key' } });
      expect(deleted.status).toBe(200);
      const again = await fetch(`${server.proxy.url}${chart?.url ?? ''}`);
      expect(again.status).toBe(404);
      expect(await again.json()).toMatchObject({ error: { code: 'file_not_found' } });
      const health = (await (await fetch(`${server.proxy.url}/api/health`)).json()) as Record<string, unknown>;
      expect(health).toMatchObject({ capabilities: { containerFileContent: true } });
      expect(server.logs.filter((line) => line['event'] === 'upstream_capability_missing')).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it('signs in with Microsoft Entra ID when there is no key: a token for the Cognitive Services scope on every request', async () => {
    const scopes: string[] = [];
    let issued = 0;
    const credential: TokenCredential = {
      getToken(scope): Promise<AccessToken> {
        scopes.push(...(Array.isArray(scope) ? scope : [scope]));
        issued += 1;
        return Promise.resolve({ token: `entra-token-${String(issued)}`, expiresOnTimestamp: Date.now() + 3_600_000 });
      },
    };
    const upstream = selectUpstream({ AZURE_OPENAI_ENDPOINT: `${azure.url}/openai/v1/` }, 'http://unused', { credential });
    expect(upstream.auth).toBe('entra');
    const seen: string[] = [];
    const server = await startTestProxy(azure.url, { upstream, gateway: { maxRetries: 0, fetch: recordingFetch(seen) }, config: { archive: { enabled: false } } });
    try {
      const { download } = await chartThroughProxy(server);
      await expectPng(download);
      expect(scopes[0]).toBe(azureTokenScope);
      expect(issued).toBe(1); // cached until it nears expiry
      expect(seen.length).toBeGreaterThan(3);
      expect(new Set(seen)).toEqual(new Set(['Bearer entra-token-1']));
      expect(JSON.stringify(server.logs)).not.toContain('entra-token-1');
    } finally {
      await server.close();
    }
  });
});

describe('the proxy when the Azure resource lacks part of the containers API', { timeout: 60_000 }, () => {
  it('falls back to auto containers once, with one warning, and downloads still work', async () => {
    const azure = await startEmulator({ port: 0, flavor: 'azure', azure: { containersApi: false } });
    const upstream = selectUpstream({ AZURE_OPENAI_ENDPOINT: azure.url, AZURE_OPENAI_API_KEY: 'k' }, 'http://unused');
    const server = await startTestProxy(azure.url, { upstream });
    try {
      const first = await chartThroughProxy(server);
      await expectPng(first.download);
      const second = await chartThroughProxy(server);
      await expectPng(second.download);
      expect(server.logs.filter((line) => line['event'] === 'upstream_capability_missing')).toHaveLength(1);
      const health = (await (await fetch(`${server.proxy.url}/api/health`)).json()) as Record<string, unknown>;
      expect(health).toMatchObject({ status: 'ok', capabilities: { explicitContainers: false } });
    } finally {
      await server.close();
      await azure.close();
    }
  });

  it('answers a download the resource cannot serve with an error the card can show, never a broken image', async () => {
    const azure = await startEmulator({ port: 0, flavor: 'azure', azure: { containerFileContent: false } });
    const upstream = selectUpstream({ AZURE_OPENAI_ENDPOINT: azure.url, AZURE_OPENAI_API_KEY: 'k' }, 'http://unused');
    const server = await startTestProxy(azure.url, { upstream });
    try {
      const { turn, download } = await chartThroughProxy(server);
      expect(turn.notices.map((notice) => notice.code)).toContain('archive_failed');
      expect(download.status).toBeGreaterThanOrEqual(400);
      expect(download.headers.get('content-type')).toMatch(/^application\/json/);
      const health = (await (await fetch(`${server.proxy.url}/api/health`)).json()) as Record<string, unknown>;
      expect(health).toMatchObject({ capabilities: { containerFileContent: false } });
    } finally {
      await server.close();
      await azure.close();
    }
  });
});
