import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, openChat, screenshot, waitForTurnEnd } from './support.js';

test('the sales growth example uploads the sample, runs Python and shows the chart with its code', async ({ page, context }) => {
  test.slow(); // runs real Python in the emulator
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openChat(page);
  const upload = page.waitForResponse((response) => response.url().endsWith('/api/files') && response.request().method() === 'POST');
  await page.getByRole('button', { name: /^Sales growth/ }).click();
  expect((await upload).status()).toBe(201);

  const turn = page.locator('[data-slot="turn"]').first();
  await expect(turn.locator('[data-slot="user-message"]')).toContainText("I've uploaded sales_2024.csv. Can you calculate monthly revenue growth and visualize it with a line chart?");
  await expect(turn.locator('[data-slot="user-attachments"]')).toContainText('sales_2024.csv');
  await waitForTurnEnd(page);

  const card = turn.locator('[data-slot="execution-card"][data-kind="image"]').first();
  const chart = card.locator('[data-slot="image-view"] img').first();
  await expect(chart).toBeVisible();
  expect(await chart.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 100)).toBe(true);
  await screenshot(page, 'chart-output');

  // The download link serves real PNG bytes with a safe type.
  const href = await card.locator('[data-slot="download-link"]').getAttribute('href');
  const download = await page.request.get(href ?? '');
  expect(download.status()).toBe(200);
  expect(download.headers()['content-type']).toBe('image/png');
  expect(download.headers()['x-content-type-options']).toBe('nosniff');
  expect([...(await download.body()).subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);

  // Copy image puts a PNG on the clipboard.
  await card.getByRole('button', { name: 'Copy image' }).click();
  await expect.poll(() => page.evaluate(async () => (await navigator.clipboard.read()).flatMap((item) => item.types))).toContain('image/png');

  // The Code tab shows the highlighted Python that made the chart, and copies it.
  await card.getByRole('tab', { name: 'Code' }).click();
  const code = card.locator('[data-slot="code-view"]');
  await expect(code).toContainText('import matplotlib.pyplot as plt');
  await expect(code.locator('[data-token~="keyword"]').filter({ hasText: 'import' }).first()).toBeVisible();
  await card.getByRole('button', { name: 'Copy code' }).click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('import matplotlib.pyplot as plt');

  await screenshot(page, 'chart-light');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Dark mode' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expectNoAxeViolations(page);
  await screenshot(page, 'chart-dark');
});
