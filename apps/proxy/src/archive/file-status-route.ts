import type { FileStatusEntry } from '@execards/core';
import type { Context } from 'hono';
import { APIError } from 'openai';
import { z } from 'zod';
import type { ProxyContext } from '../proxy-context.js';
import { verifySignedFileUrl } from './signed-file-url.js';
import { readJsonBody } from '../routes/json-body.js';

export type { FileStatusValue as FileStatus, FileStatusEntry } from '@execards/core';

export const fileStatusRequestSchema = z.strictObject({
  urls: z.array(z.string().min(1).max(8192)).min(1, 'must hold at least one URL').max(200, 'must hold at most 200 URLs'),
});

/** `POST /api/files/status {urls}`: for each signed URL, whether its file is live, archived, gone or the link invalid. */
export function createFileStatusHandler(context: ProxyContext) {
  return async (c: Context) => {
    const parsed = await readJsonBody(c, fileStatusRequestSchema);
    if (!parsed.ok) return parsed.response;
    const signal = c.req.raw.signal;
    // One listing per container, shared by every URL into it.
    const listings = new Map<string, Promise<Set<string> | 'gone' | 'unknown'>>();
    const listing = (containerId: string) => {
      let pending = listings.get(containerId);
      if (!pending) {
        pending = context.gateway.listContainerFiles(containerId, signal).then(
          (files) => new Set(files.map((file) => file.id)),
          (error: unknown) => {
            context.logger.log('warn', 'file_status_listing_failed', { requestId: c.get('requestId') as string, containerId, error });
            return error instanceof APIError && (error.status === 404 || error.status === 400) ? 'gone' : 'unknown';
          },
        );
        listings.set(containerId, pending);
      }
      return pending;
    };

    const statusOf = async (url: string): Promise<FileStatusEntry> => {
      const verdict = verifySignedFileUrl(context.signer, url, context.now());
      if (!verdict.ok) return { url, status: 'invalid', message: verdict.message };
      const { file } = verdict;
      const { archive } = context;
      if (file.kind === 'archive') return { url, status: archive && (await archive.isStored(file.sha256)) ? 'archived' : 'gone' };
      const archived = archive ? await archive.storage.getIndex(file.containerId, file.fileId) : null;
      if (archive && archived && (await archive.isStored(archived.sha256))) return { url, status: 'archived' };
      const files = await listing(file.containerId);
      if (files === 'unknown') return { url, status: 'gone', message: 'The code session could not be checked right now.' };
      return { url, status: files !== 'gone' && files.has(file.fileId) ? 'live' : 'gone' };
    };

    const files: FileStatusEntry[] = [];
    // A few at a time: each may touch storage and the upstream.
    const batch = 8;
    for (let start = 0; start < parsed.data.urls.length; start += batch) {
      files.push(...(await Promise.all(parsed.data.urls.slice(start, start + batch).map(statusOf))));
    }
    return c.json({ files });
  };
}
