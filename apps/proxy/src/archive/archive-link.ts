import type { Signer } from '../tokens/signing.js';

export interface ArchiveTarget {
  sha256: string;
  filename: string;
}

export type ArchiveLinkVerdict = { ok: true; target: ArchiveTarget; expires: number } | { ok: false; status: 403 | 410; reason: string };

/** Signed with the download signer but a different prefix: a container link's signature never opens an archive blob. */
function signedMessage(target: ArchiveTarget, expires: number): string {
  return ['archive', target.sha256, target.filename, String(expires)].join('\n');
}

/** `/api/archive/<sha256>/<encoded filename>?expires=<unix s>&signature=…`: one archived file, until `expiresAtMs`. */
export function createArchiveUrl(signer: Signer, target: ArchiveTarget, expiresAtMs: number, basePath = '/api'): string {
  const expires = Math.floor(expiresAtMs / 1000);
  const signature = signer.sign(signedMessage(target, expires));
  return `${basePath}/archive/${target.sha256}/${encodeURIComponent(target.filename)}?expires=${expires}&signature=${signature}`;
}

export function verifyArchiveLink(
  signer: Signer,
  target: ArchiveTarget,
  query: { expires: string | undefined; signature: string | undefined },
  nowMs: number,
): ArchiveLinkVerdict {
  if (!query.signature || !query.expires || !/^\d+$/.test(query.expires)) return { ok: false, status: 403, reason: 'missing or malformed signature' };
  const expires = Number(query.expires);
  if (!signer.verify(signedMessage(target, expires), query.signature)) return { ok: false, status: 403, reason: 'bad signature' };
  if (expires * 1000 <= nowMs) return { ok: false, status: 410, reason: 'link expired' };
  return { ok: true, target, expires };
}
