import { z } from 'zod';
import { decodeBase64Url, encodeBase64Url } from './base64-url.js';
import { containerFileReferenceSchema, type ContainerFileReference } from '../container-file-citations.js';

export interface SignFileUrlOptions extends ContainerFileReference {
  /** The app's secret (at least 32 characters); never sent to the browser. */
  secret: string;
  /** Path (or absolute URL) of the download route, e.g. `/api/files`. */
  route: string;
  /** How long the URL works; default one hour. */
  expiresInSeconds?: number;
  /** Clock for tests; milliseconds since the epoch. */
  now?: number;
}

export type FileUrlVerification = { readonly ok: true; readonly file: ContainerFileReference } | { readonly ok: false; readonly reason: 'invalid' | 'expired' | 'bad_signature' };

const minimumSecretLength = 32;
const encoder = new TextEncoder();

const signedQuerySchema = containerFileReferenceSchema.extend({
  expires: z.coerce.number().int().positive(),
  signature: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
});

async function hmacKey(secret: string): Promise<CryptoKey> {
  if (secret.length < minimumSecretLength) throw new Error(`The file URL secret must be at least ${minimumSecretLength} characters.`);
  return crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
}

// A JSON array keeps the fields apart: no id or name can be shifted into its neighbour.
function signedPayload(file: ContainerFileReference, expires: number): Uint8Array<ArrayBuffer> {
  return encoder.encode(JSON.stringify(['execards-container-file-v1', file.containerId, file.fileId, file.filename, expires]));
}

/** A URL on the app's download route that grants exactly this one file until it expires. */
export async function signFileUrl(options: SignFileUrlOptions): Promise<string> {
  const file = containerFileReferenceSchema.parse(options);
  const expires = Math.floor((options.now ?? Date.now()) / 1000) + (options.expiresInSeconds ?? 3600);
  const signature = encodeBase64Url(await crypto.subtle.sign('HMAC', await hmacKey(options.secret), signedPayload(file, expires)));
  const query = new URLSearchParams({ containerId: file.containerId, fileId: file.fileId, filename: file.filename, expires: String(expires), signature });
  return `${options.route}?${query.toString()}`;
}

/** Checks a download URL made by `signFileUrl`: the file it grants, or why it grants nothing. */
export async function verifyFileUrl(url: string | URL, options: { secret: string; now?: number }): Promise<FileUrlVerification> {
  const parsedUrl = typeof url === 'string' ? new URL(url, 'http://localhost') : url;
  const query = signedQuerySchema.safeParse(Object.fromEntries(parsedUrl.searchParams));
  if (!query.success) return { ok: false, reason: 'invalid' };
  const { expires, signature, ...file } = query.data;
  const valid = await crypto.subtle.verify('HMAC', await hmacKey(options.secret), decodeBase64Url(signature), signedPayload(file, expires));
  if (!valid) return { ok: false, reason: 'bad_signature' };
  if (expires * 1000 <= (options.now ?? Date.now())) return { ok: false, reason: 'expired' };
  return { ok: true, file };
}
