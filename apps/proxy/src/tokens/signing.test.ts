import { describe, expect, it } from 'vitest';
import { decodeConversationToken, emptyConversation, encodeConversationToken, withUploadedFiles } from './conversation-token.js';
import { createDownloadUrl, verifyDownload } from '../downloads/download-link.js';
import { createSigner } from './signing.js';

const secretA = 'a'.repeat(32);
const secretB = 'b'.repeat(32);

describe('conversation tokens', () => {
  const signer = createSigner([secretA]);
  const state = { ...withUploadedFiles(emptyConversation, ['file-1']), previousResponseId: 'resp_1', containerId: 'cntr_1', containerFileIds: ['file-1'] };

  it('round-trip on any instance holding the secret', () => {
    const token = encodeConversationToken(signer, state);
    expect(decodeConversationToken(createSigner([secretA]), token)).toEqual(state);
  });

  it('refuse altered, foreign and garbage tokens', () => {
    const token = encodeConversationToken(signer, state);
    const [payload, signature] = token.split('.') as [string, string];
    const forged = Buffer.from(JSON.stringify({ ...state, containerId: 'cntr_other' })).toString('base64url');
    expect(decodeConversationToken(signer, `${forged}.${signature}`)).toBeNull();
    expect(decodeConversationToken(createSigner([secretB]), token)).toBeNull();
    expect(decodeConversationToken(signer, `${payload}.${signature}.x`)).toBeNull();
    expect(decodeConversationToken(signer, 'nonsense')).toBeNull();
  });

  it('verify with an older secret during rotation', () => {
    const token = encodeConversationToken(createSigner([secretA]), state);
    expect(decodeConversationToken(createSigner([secretB, secretA]), token)).toEqual(state);
  });

  it('reject short secrets', () => {
    expect(() => createSigner(['short'])).toThrow(/at least 32 characters/);
  });
});

describe('download links', () => {
  const signer = createSigner([secretA]);
  const target = { containerId: 'cntr_1', fileId: 'cfile_1', filename: 'chart one.png' };
  const now = 1_800_000_000_000;

  function query(url: string) {
    const parsed = new URL(url, 'http://x');
    return { expires: parsed.searchParams.get('expires') ?? undefined, signature: parsed.searchParams.get('signature') ?? undefined };
  }

  it('verify for exactly the signed file until they expire', () => {
    const url = createDownloadUrl(signer, target, now + 60_000);
    expect(url).toMatch(/^\/api\/files\/cntr_1\/cfile_1\/chart%20one\.png\?expires=\d+&signature=/);
    expect(verifyDownload(signer, target, query(url), now)).toEqual({ ok: true, target });
    expect(verifyDownload(signer, target, query(url), now + 61_000)).toMatchObject({ ok: false, status: 410 });
    expect(verifyDownload(signer, { ...target, containerId: 'cntr_2' }, query(url), now)).toMatchObject({ ok: false, status: 403 });
    expect(verifyDownload(signer, { ...target, filename: 'evil.html' }, query(url), now)).toMatchObject({ ok: false, status: 403 });
    const { signature } = query(url);
    expect(verifyDownload(signer, target, { expires: String(Math.floor(now / 1000) + 999_999), signature }, now)).toMatchObject({ ok: false, status: 403 });
    expect(verifyDownload(signer, target, { expires: undefined, signature }, now)).toMatchObject({ ok: false, status: 403 });
  });
});
