import { mkdtemp, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { casesOf, expectNoCanaryTripped, installCanaries, required } from '../security/helpers.js';
import { openChat, screenshot } from './support.js';

const uploadCases = casesOf('upload');

test('mislabelled and oversized uploads are refused with a message naming the file', async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  const canaries = await installCanaries(page, baseURL ?? '');
  await openChat(page);
  const directory = await mkdtemp(path.join(tmpdir(), 'execards-security-'));
  for (const entry of uploadCases) {
    const file = path.join(directory, required(entry, 'fileName'));
    await writeFile(file, Buffer.from(entry.fileHex ?? '', 'hex'));
    if (entry.sizeBytes !== undefined) await truncate(file, entry.sizeBytes);
    await page.getByTestId('file-input').setInputFiles(file);
    // Refused in the browser (a line in the upload errors) or by the proxy (the file's chip says why).
    const refusedBeforeSending = page.locator('[data-slot="upload-errors"]').filter({ hasText: required(entry, 'expectMessage') });
    const refusedByProxy = page.locator('[data-slot="attachment"]').filter({ hasText: required(entry, 'fileName') }).locator('[data-slot="attachment-error"]');
    await expect(refusedBeforeSending.or(refusedByProxy).first(), entry.id).toBeVisible({ timeout: 30_000 });
    await expect(refusedBeforeSending.or(refusedByProxy).first(), entry.id).not.toBeEmpty();
    await expect(page.locator('[data-slot="attachment"][data-status="uploaded"]'), entry.id).toHaveCount(0);
  }
  await screenshot(page, 'security-uploads');

  // The proxy refuses the same 101 MB file on its own, whatever the browser checked.
  const huge = uploadCases.find((entry) => entry.sizeBytes !== undefined);
  if (!huge) throw new Error('the corpus has no oversized upload');
  const response = await page.request.post('/api/files', {
    multipart: { file: { name: required(huge, 'fileName'), mimeType: 'text/csv', buffer: Buffer.alloc(required(huge, 'sizeBytes'), 0x61) } },
  });
  expect(response.status()).toBe(413);
  expect(((await response.json()) as { error?: { message?: string } }).error?.message).toMatch(/larger than|too large|at most/i);
  await expectNoCanaryTripped(canaries, uploadCases.map((entry) => entry.id));
});
