import type { AccessToken, TokenCredential } from '@azure/identity';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeArchiveStorage } from './archive-storage-contract.js';
import { createAzureBlobStorage } from './azure-blob-storage.js';
import { startAzurite, type RunningAzurite } from './azurite-server.js';

// Azurite's https endpoint uses a certificate made for this run; only this test process trusts it blindly.
const previousTlsSetting = process.env['NODE_TLS_REJECT_UNAUTHORIZED'];
let azurite: RunningAzurite | undefined;
const scopes: string[] = [];

/** A JWT-shaped token for the storage audience (Azurite's basic OAuth reads its claims, not its signature). */
function storageToken(): AccessToken {
  const now = Math.floor(Date.now() / 1000);
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const claims = { aud: 'https://storage.azure.com', iss: 'https://sts.windows.net/00000000-0000-0000-0000-000000000000/', nbf: now - 60, iat: now, exp: now + 3600 };
  return { token: `${part({ alg: 'none', typ: 'JWT' })}.${part(claims)}.`, expiresOnTimestamp: (now + 3600) * 1000 };
}

const credential: TokenCredential = {
  getToken(scope) {
    scopes.push(...(Array.isArray(scope) ? scope : [scope]));
    return Promise.resolve(storageToken());
  },
};

beforeAll(async () => {
  process.env['NODE_TLS_REJECT_UNAUTHORIZED'] = '0';
  azurite = await startAzurite({ entra: true });
}, 30_000);
afterAll(async () => {
  await azurite?.close();
  if (previousTlsSetting === undefined) delete process.env['NODE_TLS_REJECT_UNAUTHORIZED'];
  else process.env['NODE_TLS_REJECT_UNAUTHORIZED'] = previousTlsSetting;
});

describeArchiveStorage(
  'azure-blob with Microsoft Entra ID (Azurite over https)',
  () => {
    if (!azurite) throw new Error('Azurite did not start.');
    return Promise.resolve(createAzureBlobStorage({ accountUrl: azurite.accountUrl, credential, container: `archive-${randomUUID()}` }));
  },
  { timeout: 60_000 },
);

it('asks the credential for a storage token', () => {
  expect(scopes).toContain('https://storage.azure.com/.default');
});
