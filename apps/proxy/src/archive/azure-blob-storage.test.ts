import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll } from 'vitest';
import { describeArchiveStorage } from './archive-storage-contract.js';
import { createAzureBlobStorage } from './azure-blob-storage.js';
import { startAzurite, type RunningAzurite } from './azurite-server.js';

let azurite: RunningAzurite | undefined;
beforeAll(async () => {
  azurite = await startAzurite();
}, 30_000);
afterAll(async () => {
  await azurite?.close();
});

describeArchiveStorage(
  'azure-blob (Azurite)',
  () => {
    if (!azurite) throw new Error('Azurite did not start.');
    return Promise.resolve(createAzureBlobStorage({ connectionString: azurite.connectionString, container: `archive-${randomUUID()}` }));
  },
  { timeout: 60_000 },
);
