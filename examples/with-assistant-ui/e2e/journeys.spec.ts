import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { testPorts } from './playwright.config.js';

const emulatorUrl = `http://127.0.0.1:${testPorts.EXAMPLE_EMULATOR_PORT}`;
const screenshots = new URL('../.e2e-artifacts/screenshots/', import.meta.url);

/** Sends one suggestion through assistant-ui's composer and waits until the answer has settled. */
async function ask(page: Page, suggestion: string): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: suggestion }).click();
  await expect(page.locator('[data-role="assistant"] [data-slot="assistant-message"][data-state="settled"]').first()).toBeVisible({ timeout: 120_000 });
  await expect(page.getByRole('button', { name: 'Stop' })).toBeDisabled();
}

async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).exclude('iframe').analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('a chart: the tool card and the PNG output card with its Code tab, light and dark, no axe violations', async ({ page }) => {
  // axe over a page holding large data-URI plots takes ~40 s per pass on this 2-core machine.
  test.setTimeout(300_000);
  await ask(page, 'Draw a chart');
  const toolCard = page.locator('[data-slot="execution-card"][data-tool-call-id]').first();
  await expect(toolCard).toHaveAttribute('data-status', 'completed');
  const card = page.locator('[data-slot="execution-card"][data-path="/mnt/data/line_chart.png"]');
  const chart = card.locator('[data-slot="image-view"] img').first();
  await expect(chart).toBeVisible();
  expect(await chart.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 100)).toBe(true);
  expect(await chart.getAttribute('src')).toMatch(/^(\/api\/files\?|blob:)/);
  // axe runs on the cards as they first appear in both themes, and again with the Code tab open.
  await page.screenshot({ path: new URL('chart-light.png', screenshots).pathname, fullPage: true });
  await expectNoAxeViolations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: new URL('chart-dark.png', screenshots).pathname, fullPage: true });
  await expectNoAxeViolations(page);
  await card.getByRole('tab', { name: 'Code' }).click();
  await expect(card.getByRole('tab', { name: 'Code' })).toHaveAttribute('aria-selected', 'true');
  await expect(card.getByRole('tabpanel')).toContainText('import matplotlib.pyplot as plt');
  await expectNoAxeViolations(page);
});

test('a table: the CSV rendered as a table with headers and rows', async ({ page }) => {
  await ask(page, 'Show a table');
  const table = page.locator('[data-slot="table-view"]').first();
  await expect(table.locator('[data-slot="table-column-header"]').first()).toBeVisible({ timeout: 20_000 });
  expect(await table.locator('[data-slot="table-column-header"]').count()).toBeGreaterThan(1);
  await expect(table.locator('[data-slot="table-row"]').first()).toBeVisible();
  await page.screenshot({ path: new URL('table.png', screenshots).pathname, fullPage: true });
});

test('an HTML page: previewed in a sandboxed frame with no same-origin access', async ({ page }) => {
  await ask(page, 'Make an HTML page');
  const frame = page.locator('iframe[data-slot="html-frame"]').first();
  await expect(frame).toBeVisible({ timeout: 20_000 });
  expect(await frame.getAttribute('sandbox')).toBe('allow-scripts');
  await expect(page.frameLocator('iframe[data-slot="html-frame"]').first().locator('button').first()).toBeVisible();
  await page.screenshot({ path: new URL('html.png', screenshots).pathname, fullPage: true });
});

test('files: a download through the signed route is the container file, and the link grants only that file', async ({ page }) => {
  await ask(page, 'Create some files');
  const card = page.locator('[data-slot="file-card"]').filter({ hasText: 'report.pdf' });
  await expect(card).toBeVisible();
  const downloading = page.waitForEvent('download');
  const served = page.waitForResponse((response) => response.url().includes('/api/files?') && response.url().includes('report.pdf'));
  await card.getByRole('button', { name: 'Download report.pdf' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('report.pdf');
  const bytes = await readFile((await download.path()) ?? '');
  expect([...bytes.subarray(0, 4)]).toEqual([0x25, 0x50, 0x44, 0x46]);
  const response = await served;
  expect(response.headers()['x-content-type-options']).toBe('nosniff');
  const signed = new URL(response.url());
  const original = await page.request.get(`${emulatorUrl}/v1/containers/${signed.searchParams.get('containerId') ?? ''}/files/${signed.searchParams.get('fileId') ?? ''}/content`);
  expect(Buffer.compare(bytes, await original.body())).toBe(0);
  signed.searchParams.set('fileId', 'cfile_other');
  expect((await page.request.get(signed.toString())).status()).toBe(403);
});
