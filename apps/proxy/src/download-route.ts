import type { Context } from 'hono';
import { APIError } from 'openai';
import { verifyDownload } from './download-link.js';
import { downloadContentType } from './file-types.js';
import { errorResponse } from './http-errors.js';
import type { ProxyContext } from './proxy-context.js';

/** `attachment` with a plain ASCII fallback name and the exact name in RFC 5987 form. */
export function contentDisposition(filename: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are dropped, not shown
  const printable = filename.replace(/[\u0000-\u001f\u007f]/g, '');
  const fallback = printable.replace(/[^\x20-\x7e]/g, '_').replace(/["\\/;]/g, '_').trim() || 'download';
  const encoded = encodeURIComponent(filename).replace(/['()*]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

/** `GET /api/files/:containerId/:fileId/:filename?expires=&signature=`: streams a generated file's bytes. */
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
    let upstream: Response;
    try {
      upstream = await context.gateway.downloadContainerFile(target.containerId, target.fileId, c.req.raw.signal);
    } catch (error) {
      context.logger.log('warn', 'download_failed', { requestId: c.get('requestId') as string, error });
      if (error instanceof APIError && (error.status === 404 || error.status === 400)) {
        return errorResponse(c, 404, 'file_not_found', context.config.generatedFiles.downloadFailureMessage);
      }
      return errorResponse(c, 502, 'download_failed', context.config.generatedFiles.downloadFailureMessage);
    }
    const expires = Number(c.req.query('expires'));
    const headers = new Headers({
      'content-type': downloadContentType(target.filename),
      'content-disposition': contentDisposition(target.filename),
      'x-content-type-options': 'nosniff',
      'cache-control': `private, max-age=${Math.max(0, Math.min(3600, expires - Math.floor(context.now() / 1000)))}`,
      // An HTML or SVG file opened directly must not run with this origin's rights.
      'content-security-policy': "default-src 'none'; img-src data:; style-src 'unsafe-inline'; sandbox",
    });
    const length = upstream.headers.get('content-length');
    if (length) headers.set('content-length', length);
    return new Response(upstream.body, { status: 200, headers });
  };
}
