import { z } from 'zod';
import { attachmentDisposition, downloadContentType } from '@execards/core';
import { verifyFileUrl } from './file-url-signature.js';

export interface ContainerFileHandlerOptions {
  /** Upstream API base URL: `https://<resource>.openai.azure.com/openai/v1`, `https://api.openai.com/v1` or the emulator's `/v1`. */
  baseURL: string;
  /** The app's API key; sent upstream only, never to the browser. */
  apiKey: string;
  /** The secret the app signs file URLs with (`signFileUrl`). */
  secret: string;
  /** Extra upstream headers (e.g. `{ 'api-key': key }` for Azure key auth instead of `Authorization`). */
  headers?: Record<string, string>;
  /** Fetch implementation for the upstream call; default the global `fetch`. */
  fetch?: typeof fetch;
  /** Clock for tests; milliseconds since the epoch. */
  now?: () => number;
}

const optionsSchema = z.object({
  baseURL: z.url({ protocol: /^https?$/ }),
  apiKey: z.string().min(1),
  secret: z.string().min(32, 'secret must be at least 32 characters'),
});

function errorResponse(status: number, message: string): Response {
  return Response.json({ error: { message } }, { status, headers: { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' } });
}

/**
 * A Web-standard request handler (Next.js route handlers, Hono, Bun, Deno) for the app's download
 * route: it checks the URL's signature, then streams `GET /containers/{id}/files/{file}/content`
 * from upstream with the app's key and safe headers. A URL grants exactly the one file it was signed for.
 */
export function createContainerFileHandler(options: ContainerFileHandlerOptions): (request: Request) => Promise<Response> {
  const { baseURL, apiKey, secret } = optionsSchema.parse(options);
  const base = baseURL.replace(/\/+$/, '');
  const fetchUpstream = options.fetch ?? fetch;
  const now = options.now ?? Date.now;

  return async function handleContainerFile(request: Request): Promise<Response> {
    if (request.method !== 'GET' && request.method !== 'HEAD') return new Response(null, { status: 405, headers: { allow: 'GET, HEAD' } });
    const verification = await verifyFileUrl(new URL(request.url), { secret, now: now() });
    if (!verification.ok) {
      return verification.reason === 'invalid' ? errorResponse(400, 'Invalid file link.') : errorResponse(403, 'This file link is invalid or has expired.');
    }
    const { containerId, fileId, filename } = verification.file;
    let upstream: Response;
    try {
      upstream = await fetchUpstream(`${base}/containers/${encodeURIComponent(containerId)}/files/${encodeURIComponent(fileId)}/content`, {
        headers: { authorization: `Bearer ${apiKey}`, ...options.headers },
        signal: request.signal,
      });
    } catch {
      return errorResponse(502, 'The file could not be downloaded.');
    }
    if (!upstream.ok) {
      await upstream.body?.cancel();
      // 404 and 400 ("Container is expired.") both mean the file is gone; the rest is an upstream fault.
      return upstream.status === 404 || upstream.status === 400 ? errorResponse(404, 'The file no longer exists.') : errorResponse(502, 'The file could not be downloaded.');
    }
    const headers = new Headers({
      'content-type': downloadContentType(filename),
      'content-disposition': attachmentDisposition(filename),
      'x-content-type-options': 'nosniff',
      // Opened directly, an HTML or SVG file must not run in the app's origin.
      'content-security-policy': "sandbox; default-src 'none'; img-src data:; style-src 'unsafe-inline'",
      'cache-control': 'private, max-age=300',
    });
    const length = upstream.headers.get('content-length');
    if (length !== null && /^\d+$/.test(length)) headers.set('content-length', length);
    if (request.method === 'HEAD') {
      await upstream.body?.cancel();
      return new Response(null, { status: 200, headers });
    }
    return new Response(upstream.body, { status: 200, headers });
  };
}
