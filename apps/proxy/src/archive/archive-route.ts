import type { Context } from 'hono';
import { downloadHeaders, webBody } from '../downloads/download-route.js';
import { errorResponse } from '../routes/http-errors.js';
import type { ProxyContext } from '../proxy-context.js';
import { verifyArchiveLink } from './archive-link.js';
import { isExpired } from './retention.js';

export const fileGoneMessage = 'This file is no longer stored. Re-run the code to make it again.';

/** `GET /api/archive/:sha256/:filename?expires=&signature=`: streams an archived file. */
export function createArchiveDownloadHandler(context: ProxyContext) {
  return async (c: Context) => {
    const requestId = c.get('requestId') as string;
    const target = { sha256: c.req.param('sha256') ?? '', filename: c.req.param('filename') ?? '' };
    const verdict = verifyArchiveLink(context.signer, target, { expires: c.req.query('expires'), signature: c.req.query('signature') }, context.now());
    if (!verdict.ok) {
      context.logger.log('info', 'archive_download_refused', { requestId, reason: verdict.reason });
      return verdict.status === 410
        ? errorResponse(c, 410, 'link_expired', 'This download link has expired. Reload the conversation to get a new one.')
        : errorResponse(c, 403, 'bad_signature', 'This download link is not valid.');
    }
    const { archive } = context;
    const found = archive ? await archive.storage.get(target.sha256) : null;
    // Past retention counts as gone even before the cleanup deleted it.
    const current = found && archive && !isExpired(found.blob.storedAt, archive.retentionMs, context.now()) ? found : null;
    if (current) return new Response(webBody(current.content), { status: 200, headers: downloadHeaders(target.filename, verdict.expires, context.now(), current.blob.bytes) });
    found?.content.destroy();
    context.logger.log('info', 'archive_file_gone', { requestId, sha256: target.sha256 });
    return errorResponse(c, 404, 'file_gone', fileGoneMessage);
  };
}
