import { attachmentDisposition, downloadContentType } from '@execards/core';
import type { Context } from 'hono';
import type { Readable } from 'node:stream';
import { APIError } from 'openai';
import { verifyDownload } from './download-link.js';
import { errorResponse } from '../routes/http-errors.js';
import type { ProxyContext } from '../proxy-context.js';
import { isMissingFileContentEndpoint } from '../upstream/upstream-capabilities.js';

/** The headers of every file download, from the container or the archive. */
export function downloadHeaders(filename: string, expiresSeconds: number, nowMs: number, length: number | string | null): Headers {
  const headers = new Headers({
    'content-type': downloadContentType(filename),
    'content-disposition': attachmentDisposition(filename),
    'x-content-type-options': 'nosniff',
    'cache-control': `private, max-age=${Math.max(0, Math.min(3600, expiresSeconds - Math.floor(nowMs / 1000)))}`,
    // An HTML or SVG file opened directly must not run with this origin's rights.
    'content-security-policy': "default-src 'none'; img-src data:; style-src 'unsafe-inline'; sandbox",
  });
  if (length !== null && length !== '') headers.set('content-length', String(length));
  return headers;
}

/**
 * A Node stream as a web body, pulled one chunk at a time as the client reads (Node 20's `Readable.toWeb` queues by
 * chunk count, not bytes, so a slow client could make it buffer a large file). Cancelling closes the file or blob.
 */
export function webBody(content: Readable): ReadableStream<Uint8Array> {
  const chunks = content[Symbol.asyncIterator]() as AsyncIterator<Uint8Array | string>;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(typeof next.value === 'string' ? Buffer.from(next.value) : next.value);
      },
      async cancel() {
        await chunks.return?.();
        content.destroy();
      },
    },
    { highWaterMark: 0 },
  );
}

/**
 * `GET /api/files/:containerId/:fileId/:filename?expires=&signature=`: streams a generated file's bytes from its
 * container, or from the archive when the container or the file is gone.
 */
export function createDownloadHandler(context: ProxyContext) {
  return async (c: Context) => {
    const target = { containerId: c.req.param('containerId') ?? '', fileId: c.req.param('fileId') ?? '', filename: c.req.param('filename') ?? '' };
    const verdict = verifyDownload(context.signer, target, { expires: c.req.query('expires'), signature: c.req.query('signature') }, context.now());
    if (!verdict.ok) {
      context.logger.log('info', 'download_refused', { requestId: c.get('requestId') as string, reason: verdict.reason });
      return verdict.status === 410
        ? errorResponse(c, 410, 'link_expired', 'This download link has expired. Reload the conversation to get a new one.')
        : errorResponse(c, 403, 'bad_signature', 'This download link is not valid.');
    }
    const expires = Number(c.req.query('expires'));
    let upstream: Response;
    try {
      upstream = await context.gateway.downloadContainerFile(target.containerId, target.fileId, c.req.raw.signal);
    } catch (error) {
      const gone = error instanceof APIError && (error.status === 404 || error.status === 400);
      const archived =
        gone && context.archive
          ? await context.archive.findArchived(target.containerId, target.fileId).catch((archiveError: unknown) => {
              context.logger.log('error', 'archive_lookup_failed', { requestId: c.get('requestId') as string, error: archiveError });
              return null;
            })
          : null;
      if (archived) {
        context.logger.log('info', 'download_from_archive', { requestId: c.get('requestId') as string, sha256: archived.entry.sha256 });
        return new Response(webBody(archived.content), { status: 200, headers: downloadHeaders(target.filename, expires, context.now(), archived.blob.bytes) });
      }
      if (isMissingFileContentEndpoint(error)) context.capabilities.markMissing('containerFileContent', error);
      context.logger.log('warn', 'download_failed', { requestId: c.get('requestId') as string, error });
      if (gone) return errorResponse(c, 404, 'file_not_found', context.config.generatedFiles.downloadFailureMessage);
      return errorResponse(c, 502, 'download_failed', context.config.generatedFiles.downloadFailureMessage);
    }
    context.capabilities.markWorking('containerFileContent');
    return new Response(upstream.body, { status: 200, headers: downloadHeaders(target.filename, expires, context.now(), upstream.headers.get('content-length')) });
  };
}
