import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { emulatorUrl, openChat, screenshot, sendMessage, waitForTurnEnd } from './support.js';

const expected = [
  { name: 'report.pdf', magic: [0x25, 0x50, 0x44, 0x46] },
  { name: 'summary.docx', magic: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'revenue.xlsx', magic: [0x50, 0x4b, 0x03, 0x04] },
];

test('the files scenario gives PDF, DOCX and XLSX cards whose downloads equal the container files', async ({ page }) => {
  test.slow(); // runs real Python in the emulator
  await openChat(page);
  const announced: { file_id: string; container_id: string; filename: string }[] = [];
  page.on('response', async (response) => {
    if (!response.url().endsWith('/api/responses')) return;
    const body = await response.text().catch(() => '');
    for (const match of body.matchAll(/event: proxy\.file\ndata: (.*)\n/g)) announced.push(JSON.parse(match[1] ?? '{}') as (typeof announced)[number]);
  });
  await sendMessage(page, 'files');
  await waitForTurnEnd(page);
  await screenshot(page, 'files');

  for (const file of expected) {
    const card = page.locator('[data-slot="file-card"]').filter({ hasText: file.name });
    await expect(card).toBeVisible();
    await expect(card.locator('[data-slot="file-type"]')).not.toBeEmpty();
    const downloading = page.waitForEvent('download');
    await card.getByRole('button', { name: `Download ${file.name}` }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(file.name);
    const bytes = await readFile((await download.path()) ?? '');
    expect([...bytes.subarray(0, 4)]).toEqual(file.magic);
    // The emulator's own copy of the container file must be the very same bytes.
    const source = announced.find((entry) => entry.filename === file.name);
    expect(source, `proxy.file for ${file.name}`).toBeDefined();
    const original = await page.request.get(`${emulatorUrl}/v1/containers/${source?.container_id}/files/${source?.file_id}/content`);
    expect(original.status()).toBe(200);
    expect(Buffer.compare(bytes, await original.body())).toBe(0);
  }
});
