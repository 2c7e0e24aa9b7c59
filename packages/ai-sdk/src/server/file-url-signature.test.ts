// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { signFileUrl, verifyFileUrl } from './file-url-signature.js';

const secret = 'a-test-secret-that-is-long-enough-0123456789';
const file = { containerId: 'cntr_1', fileId: 'cfile_1', filename: 'chart.png' };
const now = 1_800_000_000_000;

describe('signed file URLs', () => {
  it('round-trips: the URL grants exactly the file it was signed for', async () => {
    const url = await signFileUrl({ ...file, secret, route: '/api/files', now });
    expect(url).toMatch(/^\/api\/files\?containerId=cntr_1&fileId=cfile_1&filename=chart\.png&expires=\d+&signature=[\w-]{43}$/);
    expect(await verifyFileUrl(url, { secret, now })).toEqual({ ok: true, file });
  });

  it.each([
    ['another file id', { fileId: 'cfile_2' }],
    ['another container', { containerId: 'cntr_2' }],
    ['another file name', { filename: 'secrets.csv' }],
    ['a later expiry', { expires: '9999999999' }],
  ])('rejects the signature with %s', async (_label, change) => {
    const url = new URL(await signFileUrl({ ...file, secret, route: 'http://app.test/api/files', now }));
    for (const [key, value] of Object.entries(change)) url.searchParams.set(key, value);
    expect(await verifyFileUrl(url, { secret, now })).toEqual({ ok: false, reason: 'bad_signature' });
  });

  it('rejects a URL signed with another secret, and an expired one', async () => {
    const url = await signFileUrl({ ...file, secret, route: '/f', now, expiresInSeconds: 60 });
    expect(await verifyFileUrl(url, { secret: `${secret}-other`, now })).toEqual({ ok: false, reason: 'bad_signature' });
    expect(await verifyFileUrl(url, { secret, now: now + 61_000 })).toEqual({ ok: false, reason: 'expired' });
    expect(await verifyFileUrl(url, { secret, now: now + 59_000 })).toMatchObject({ ok: true });
  });

  it('answers missing or malformed fields as invalid, without throwing', async () => {
    expect(await verifyFileUrl('/f?containerId=cntr_1', { secret })).toEqual({ ok: false, reason: 'invalid' });
    expect(await verifyFileUrl('/f?containerId=cntr_1&fileId=cfile_1&filename=a.png&expires=abc&signature=x', { secret })).toEqual({ ok: false, reason: 'invalid' });
  });

  it('refuses a short secret', async () => {
    await expect(signFileUrl({ ...file, secret: 'short', route: '/f' })).rejects.toThrow(/at least 32/);
  });
});
