import type { TokenCredential } from '@azure/identity';
import { BlobServiceClient, RestError, type ContainerClient } from '@azure/storage-blob';
import { defaultAzureCredential } from '../upstream/azure-credential.js';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { assertSha256, indexKey, type ArchiveIndexEntry, type ArchiveStorage } from './archive-storage.js';
import { parseIndexEntry } from './index-entry.js';

export type AzureBlobStorageOptions =
  | { connectionString: string; container: string }
  /** Microsoft Entra ID: the identity needs the Storage Blob Data Contributor role on the account or container. */
  | { accountUrl: string; container: string; credential?: TokenCredential };

/** Upload buffers: at most `uploadBufferBytes × uploadConcurrency` of a file is in memory at once. */
const uploadBufferBytes = 4 * 1024 * 1024;
const uploadConcurrency = 2;

function statusOf(error: unknown): number | undefined {
  return error instanceof RestError ? error.statusCode : undefined;
}

function storedAtOf(metadata: Record<string, string> | undefined, fallback: Date | undefined): number {
  const value = Number(metadata?.['storedat']);
  return Number.isFinite(value) && value > 0 ? value : (fallback?.getTime() ?? 0);
}

/**
 * Azure Blob Storage: blobs as `blobs/<sha256>`, index entries as `index/<key>.json`, in one container that is
 * created on first use. `storedAt` lives in the blob's metadata (not its last-modified time) so retention follows
 * the proxy's clock. Uploads stream in bounded blocks and commit at once, so a failed upload leaves nothing.
 */
export function createAzureBlobStorage(options: AzureBlobStorageOptions): ArchiveStorage {
  const service =
    'connectionString' in options
      ? BlobServiceClient.fromConnectionString(options.connectionString)
      : new BlobServiceClient(options.accountUrl, options.credential ?? defaultAzureCredential());
  const containerClient: ContainerClient = service.getContainerClient(options.container);
  let ready: Promise<unknown> | null = null;
  const container = async () => {
    ready ??= containerClient.createIfNotExists().catch((error: unknown) => {
      ready = null;
      throw error;
    });
    await ready;
    return containerClient;
  };
  const blobName = (sha256: string) => {
    assertSha256(sha256);
    return `blobs/${sha256}`;
  };
  const indexName = (containerId: string, fileId: string) => `index/${indexKey(containerId, fileId)}.json`;

  async function readIndex(name: string): Promise<ArchiveIndexEntry | null> {
    try {
      const download = await (await container()).getBlobClient(name).download();
      return download.readableStreamBody ? parseIndexEntry(await text(download.readableStreamBody)) : null;
    } catch (error) {
      if (statusOf(error) === 404) return null;
      throw error;
    }
  }

  return {
    kind: 'azure-blob',
    async has(sha256) {
      return (await container()).getBlobClient(blobName(sha256)).exists();
    },
    async put(sha256, content, info) {
      const blob = (await container()).getBlockBlobClient(blobName(sha256));
      try {
        await blob.uploadStream(content, uploadBufferBytes, uploadConcurrency, {
          metadata: { storedat: String(info.storedAt) },
          blobHTTPHeaders: { blobContentType: 'application/octet-stream' },
          // Content addressing: an existing blob already holds these bytes.
          conditions: { ifNoneMatch: '*' },
        });
      } catch (error) {
        if (statusOf(error) === 409 || statusOf(error) === 412) {
          content.destroy();
          return;
        }
        throw error;
      }
    },
    async touch(sha256, storedAt) {
      try {
        await (await container()).getBlobClient(blobName(sha256)).setMetadata({ storedat: String(storedAt) });
        return true;
      } catch (error) {
        if (statusOf(error) === 404) return false;
        throw error;
      }
    },
    async get(sha256) {
      try {
        const download = await (await container()).getBlobClient(blobName(sha256)).download();
        const body = download.readableStreamBody;
        if (!body) return null;
        const content = body instanceof Readable ? body : Readable.from(body);
        return { blob: { sha256, bytes: download.contentLength ?? 0, storedAt: storedAtOf(download.metadata, download.lastModified) }, content };
      } catch (error) {
        if (statusOf(error) === 404) return null;
        throw error;
      }
    },
    async delete(sha256) {
      const result = await (await container()).getBlobClient(blobName(sha256)).deleteIfExists();
      return result.succeeded;
    },
    async *list() {
      for await (const item of (await container()).listBlobsFlat({ prefix: 'blobs/', includeMetadata: true })) {
        const sha256 = item.name.slice('blobs/'.length);
        if (!/^[0-9a-f]{64}$/.test(sha256)) continue;
        yield { sha256, bytes: item.properties.contentLength ?? 0, storedAt: storedAtOf(item.metadata, item.properties.lastModified) };
      }
    },
    async putIndex(entry) {
      const body = JSON.stringify(entry);
      await (await container()).getBlockBlobClient(indexName(entry.containerId, entry.fileId)).upload(body, Buffer.byteLength(body), {
        blobHTTPHeaders: { blobContentType: 'application/json' },
      });
    },
    getIndex: (containerId, fileId) => readIndex(indexName(containerId, fileId)),
    async deleteIndex(containerId, fileId) {
      await (await container()).getBlobClient(indexName(containerId, fileId)).deleteIfExists();
    },
    async *listIndex() {
      for await (const item of (await container()).listBlobsFlat({ prefix: 'index/' })) {
        const entry = await readIndex(item.name);
        if (entry) yield entry;
      }
    },
  };
}
