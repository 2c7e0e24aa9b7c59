import { readFile } from 'node:fs/promises';
import { expect, test, type Page, type Route } from '@playwright/test';
import { startSigningProxy } from '../security/expired-link-proxy.js';
import {
  casesOf,
  expectNoCanaryTripped,
  installCanaries,
  pythonWritingFiles,
  recordAnnouncedFiles,
  required,
  unsafeNameCharacters,
  waitForCorpusTurn,
  type AnnouncedFile,
  type Canaries,
} from '../security/helpers.js';
import { emulatorUrl, openChat, screenshot, sendMessage } from './support.js';

const nameCases = casesOf('file-name');
const downloadCases = casesOf('download');
const target = { name: 'target.txt', content: 'the one file this link grants\n' };
const other = { name: 'other.txt', content: 'a different file in the same container\n' };

/** Saves a URL the way the browser would from a link, and returns what it suggested and what it saved. */
async function downloadInPage(page: Page, canaries: Canaries, url: string): Promise<{ suggested: string; bytes: Buffer }> {
  canaries.expectDownload();
  const downloading = page.waitForEvent('download');
  await page.evaluate((href) => {
    const link = document.createElement('a');
    link.href = href;
    link.download = '';
    link.click();
  }, url);
  const download = await downloading;
  return { suggested: download.suggestedFilename(), bytes: await readFile((await download.path()) ?? '') };
}

function announcedFile(announced: readonly AnnouncedFile[], name: string): AnnouncedFile {
  const file = announced.find((entry) => entry.filename === name);
  if (!file) throw new Error(`no proxy.file event for ${JSON.stringify(name)}; announced: ${JSON.stringify(announced.map((entry) => entry.filename))}`);
  return file;
}

function withQuery(url: string, change: (query: URLSearchParams) => void): string {
  const parsed = new URL(url, 'http://placeholder');
  change(parsed.searchParams);
  return `${parsed.pathname}?${parsed.searchParams.toString()}`;
}

function withPathPart(url: string, index: 0 | 1 | 2, value: string): string {
  const parsed = new URL(url, 'http://placeholder');
  const parts = parsed.pathname.split('/'); // ['', 'api', 'files', container, file, name]
  parts[3 + index] = encodeURIComponent(value);
  return `${parts.join('/')}${parsed.search}`;
}

test('hostile file names download under a safe name with exactly their own bytes; tampered links are refused', async ({ page, baseURL }) => {
  test.setTimeout(400_000);
  const canaries = await installCanaries(page, baseURL ?? '');
  const announced = recordAnnouncedFiles(page);
  await openChat(page);
  const files = [...nameCases.map((entry) => ({ name: required(entry, 'fileName'), content: required(entry, 'payload') })), target, other];
  await sendMessage(page, `Security corpus: hostile file names.\n${pythonWritingFiles(files)}`);
  await waitForCorpusTurn(page);
  await screenshot(page, 'security-file-names');

  await test.step('file names', async () => {
    for (const entry of nameCases) {
      const name = required(entry, 'fileName');
      const file = announced.find((candidate) => candidate.filename === name);
      if (!file) {
        // Refusing to serve a name at all is safe too: then no link for it may exist anywhere in the page.
        const hrefs = await page.locator('[href*="/api/files/"], [src*="/api/files/"]').evaluateAll((elements) => elements.map((element) => element.getAttribute('href') ?? element.getAttribute('src') ?? ''));
        expect(hrefs.filter((href) => decodeURIComponent(href.split('?')[0] ?? '').endsWith(`/${name}`)), entry.id).toEqual([]);
        continue;
      }
      const { suggested, bytes } = await downloadInPage(page, canaries, file.url);
      expect(unsafeNameCharacters(suggested), `${entry.id}: suggested name ${JSON.stringify(suggested)}`).toEqual([]);
      expect(suggested.length, entry.id).toBeGreaterThan(0);
      expect(bytes.toString('utf8'), entry.id).toBe(required(entry, 'payload'));
    }
  });

  const granted = announcedFile(announced, target.name);
  const second = announcedFile(announced, other.name);
  await test.step('tampered, replayed and expired links', async () => {
    const tampered: Record<string, string> = {
      signature: withQuery(granted.url, (query) => query.set('signature', `${(query.get('signature') ?? '').slice(0, -2)}AA`)),
      'file-id': withPathPart(granted.url, 1, second.file_id),
      'container-id': withPathPart(granted.url, 0, 'cntr_not_this_one'),
      filename: withPathPart(granted.url, 2, 'other.txt'),
      expires: withQuery(granted.url, (query) => query.set('expires', String(Number(query.get('expires')) + 86_400))),
      'no-signature': withQuery(granted.url, (query) => query.delete('signature')),
    };
    for (const entry of downloadCases) {
      const mode = required(entry, 'tamper');
      if (mode === 'replay') {
        for (let attempt = 0; attempt < 2; attempt += 1) {
          const response = await page.request.get(granted.url);
          expect(response.status(), entry.id).toBe(200);
          expect(await response.text(), entry.id).toBe(target.content);
        }
        continue;
      }
      if (mode === 'expired') continue; // below, against a proxy whose secret the test knows
      const url = tampered[mode] ?? '';
      const response = await page.request.get(url);
      expect(response.status(), `${entry.id}: ${url}`).toBe(403);
      const body = (await response.json()) as { error?: { message?: string } };
      expect(body.error?.message, entry.id).toBe('This download link is not valid.');
      expect(await response.text(), entry.id).not.toContain(other.content.trim());
    }

    const signing = await startSigningProxy(emulatorUrl);
    try {
      const now = Math.floor(Date.now() / 1000);
      const fresh = await page.request.get(signing.downloadUrl(granted, now + 600));
      expect(fresh.status(), 'a fresh link from the signing proxy (same signature format)').toBe(200);
      const expired = await page.request.get(signing.downloadUrl(granted, now - 60));
      expect(expired.status()).toBe(410);
      expect(((await expired.json()) as { error?: { message?: string } }).error?.message).toMatch(/expired/);

      // In the UI: the card's download goes to the expired link (as if the page had sat open for a day).
      // Matched by name: the card may hold the proxy's archive URL for the file rather than the container one.
      const toTargetFile = (url: URL) => url.pathname.startsWith('/api/') && url.pathname.endsWith(`/${target.name}`);
      const toExpiredLink = async (route: Route) => route.fulfill({ response: await route.fetch({ url: signing.downloadUrl(granted, now - 60) }) });
      await page.route(toTargetFile, toExpiredLink);
      const card = page.locator('[data-slot="file-card"]').filter({ hasText: target.name });
      await card.scrollIntoViewIfNeeded();
      await card.getByRole('button', { name: `Download ${target.name}` }).click();
      await expect(card).toContainText('The file could not be downloaded. Please try again.');
      await page.unroute(toTargetFile, toExpiredLink);
    } finally {
      await signing.close();
    }

    // A tampered signature in the UI: the real proxy answers 403 and the card says so.
    await page.route(
      (url) => url.pathname.startsWith('/api/') && url.pathname.endsWith(`/${other.name}`),
      async (route) => {
        const url = new URL(route.request().url());
        url.searchParams.set('signature', 'AAAA');
        await route.continue({ url: url.href });
      },
    );
    const otherCard = page.locator('[data-slot="file-card"]').filter({ hasText: other.name });
    await otherCard.scrollIntoViewIfNeeded();
    await otherCard.getByRole('button', { name: `Download ${other.name}` }).click();
    await expect(otherCard).toContainText('The file could not be downloaded. Please try again.');
    await screenshot(page, 'security-download-refused');
  });
  await expectNoCanaryTripped(canaries, [...nameCases, ...downloadCases].map((entry) => entry.id));
});
