import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendTurn } from '../../../../tooling/test-stack/test-conversation.js';
import { startObservedEmulator, startTestProxy, type ObservedEmulator, type TestProxy } from '../../../../tooling/test-stack/test-servers.js';
import { blobCount, deleteContainer, fenced, sha256Of, writeFileCode } from './archive-test-support.js';
import { startAzurite, type RunningAzurite } from './azurite-server.js';

const content = 'id,score\n1,0.5\n2,0.75\n';

describe('the proxy archiving into Azure Blob Storage (Azurite)', { timeout: 60_000 }, () => {
  let azurite: RunningAzurite;
  let emulator: ObservedEmulator;
  let server: TestProxy;
  beforeAll(async () => {
    azurite = await startAzurite();
    emulator = await startObservedEmulator();
    server = await startTestProxy(emulator.url, {
      config: { archive: { backend: 'azure-blob', azure: { connectionString: azurite.connectionString, container: 'execards-archive' } } },
    });
  }, 60_000);
  afterAll(async () => {
    await server.close();
    await emulator.close();
    await azurite.close();
  });

  it('serves a file from the blob container after its code container is gone, stored once for two turns', async () => {
    expect(server.proxy.archive?.storage.kind).toBe('azure-blob');
    const first = await sendTurn(server.proxy.url, { text: fenced(writeFileCode('scores.csv', content)), model: 'gpt-5' });
    const second = await sendTurn(server.proxy.url, { text: fenced(writeFileCode('scores.csv', content)), model: 'gpt-5', token: first.token });
    expect([first.archived[0]?.sha256, second.archived[0]?.sha256]).toEqual([sha256Of(content), sha256Of(content)]);
    expect(await blobCount(server.proxy.archive?.storage ?? (undefined as never))).toBe(1);

    await deleteContainer(emulator.url, second.files[0]?.container_id ?? '');
    for (const url of [second.archived[0]?.url, second.files[0]?.url]) {
      const response = await fetch(`${server.proxy.url}${url ?? ''}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-disposition')).toContain('scores.csv');
      expect(await response.text()).toBe(content);
    }
  });
});
