import { verifyDownload } from '../downloads/download-link.js';
import type { Signer } from '../tokens/signing.js';
import { verifyArchiveLink } from './archive-link.js';

/** What a signed file URL (either kind) points at, once its signature checked out. */
export type SignedFile =
  | { kind: 'container'; containerId: string; fileId: string; filename: string }
  | { kind: 'archive'; sha256: string; filename: string };

export type SignedFileVerdict = { ok: true; file: SignedFile } | { ok: false; message: string };

const containerPath = /(?:^|\/)api\/files\/([^/?#]+)\/([^/?#]+)\/([^/?#]+)$/;
const archivePath = /(?:^|\/)api\/archive\/([0-9a-f]{64})\/([^/?#]+)$/;

function decode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/** Parses and verifies a URL the proxy handed out (relative or absolute); anything else is invalid, with the reason. */
export function verifySignedFileUrl(signer: Signer, url: string, nowMs: number): SignedFileVerdict {
  let parsed: URL;
  try {
    parsed = new URL(url, 'http://proxy.invalid');
  } catch {
    return { ok: false, message: 'Not a URL.' };
  }
  const query = { expires: parsed.searchParams.get('expires') ?? undefined, signature: parsed.searchParams.get('signature') ?? undefined };
  const reasonFor = (status: 403 | 410) => (status === 410 ? 'The link has expired.' : 'The link signature is not valid.');
  const container = containerPath.exec(parsed.pathname);
  if (container) {
    const [containerId, fileId, filename] = container.slice(1).map((segment) => decode(segment ?? ''));
    if (!containerId || !fileId || !filename) return { ok: false, message: 'The link is malformed.' };
    const verdict = verifyDownload(signer, { containerId, fileId, filename }, query, nowMs);
    return verdict.ok ? { ok: true, file: { kind: 'container', containerId, fileId, filename } } : { ok: false, message: reasonFor(verdict.status) };
  }
  const archive = archivePath.exec(parsed.pathname);
  if (archive) {
    const sha256 = archive[1] ?? '';
    const filename = decode(archive[2] ?? '');
    if (!filename) return { ok: false, message: 'The link is malformed.' };
    const verdict = verifyArchiveLink(signer, { sha256, filename }, query, nowMs);
    return verdict.ok ? { ok: true, file: { kind: 'archive', sha256, filename } } : { ok: false, message: reasonFor(verdict.status) };
  }
  return { ok: false, message: 'Not a file link of this server.' };
}
