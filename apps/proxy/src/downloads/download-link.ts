import type { Signer } from '../tokens/signing.js';

export interface DownloadTarget {
  containerId: string;
  fileId: string;
  filename: string;
}

export type DownloadVerdict = { ok: true; target: DownloadTarget } | { ok: false; status: 403 | 410; reason: string };

/** The signature covers container, file, the name served in Content-Disposition and the expiry. */
function signedMessage(target: DownloadTarget, expires: number): string {
  return ['download', target.containerId, target.fileId, target.filename, String(expires)].join('\n');
}

/** A relative, signed, expiring URL under `basePath` (the browser reaches the proxy under `/api` on its own origin). */
export function createDownloadUrl(signer: Signer, target: DownloadTarget, expiresAtMs: number, basePath = '/api'): string {
  const expires = Math.floor(expiresAtMs / 1000);
  const path = [target.containerId, target.fileId, target.filename].map(encodeURIComponent).join('/');
  const signature = signer.sign(signedMessage(target, expires));
  return `${basePath}/files/${path}?expires=${expires}&signature=${signature}`;
}

export function verifyDownload(
  signer: Signer,
  target: DownloadTarget,
  query: { expires: string | undefined; signature: string | undefined },
  nowMs: number,
): DownloadVerdict {
  const expires = Number(query.expires);
  if (!query.signature || !query.expires || !/^\d+$/.test(query.expires)) {
    return { ok: false, status: 403, reason: 'missing or malformed signature' };
  }
  if (!signer.verify(signedMessage(target, expires), query.signature)) return { ok: false, status: 403, reason: 'bad signature' };
  if (expires * 1000 <= nowMs) return { ok: false, status: 410, reason: 'link expired' };
  return { ok: true, target };
}
