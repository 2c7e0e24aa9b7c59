import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { testPorts } from './playwright.config.js';

const emulatorUrl = `http://127.0.0.1:${testPorts.EXAMPLE_EMULATOR_PORT}`;
const screenshots = new URL('../.e2e-artifacts/screenshots/', import.meta.url);

/** Sends one suggestion and waits until the answer has finished streaming. */
async function ask(page: Page, suggestion: string): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: suggestion }).click();
  await expect(page.locator('[data-slot="code-interpreter-message"][data-state="settled"]')).toHaveCount(1, { timeout: 120_000 });
  await expect(page.getByRole('button', { name: 'Stop' })).toHaveCount(0);
}

async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).exclude('iframe').analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
}

test.describe.configure({ mode: 'parallel' });

test('a chart: the PNG output card with its Code tab, in light and dark, with no axe violations', async ({ page }) => {
  await ask(page, 'Draw a chart');
  const card = page.locator('[data-slot="execution-card"][data-path="/mnt/data/line_chart.png"]');
  await expect(card).toHaveAttribute('data-status', 'completed');
  // The page's HeadingLevelProvider puts the card right under its h1 in the outline.
  await expect(card.getByRole('heading', { level: 2 })).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 3 })).toHaveCount(0);
  const chart = card.locator('[data-slot="image-view"] img').first();
  await expect(chart).toBeVisible();
  expect(await chart.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 100)).toBe(true);
  expect(await chart.getAttribute('src')).toMatch(/^(\/api\/files\?|blob:)/);
  await page.screenshot({ path: new URL('chart-light.png', screenshots).pathname, fullPage: true });
  await expectNoAxeViolations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: new URL('chart-dark.png', screenshots).pathname, fullPage: true });
  await expectNoAxeViolations(page);
  await card.getByRole('tab', { name: 'Code' }).click();
  await expect(card.getByRole('tab', { name: 'Code' })).toHaveAttribute('aria-selected', 'true');
  await expect(card.getByRole('tabpanel')).toContainText('import matplotlib.pyplot as plt');
  await page.screenshot({ path: new URL('chart-code-dark.png', screenshots).pathname, fullPage: true });
  await expectNoAxeViolations(page);
});

test('a table: the CSV as a table with headers and rows', async ({ page }) => {
  await ask(page, 'Show a table');
  const table = page.locator('[data-slot="table-view"]').first();
  await expect(table.locator('[data-slot="table-column-header"]').first()).toBeVisible({ timeout: 20_000 });
  expect(await table.locator('[data-slot="table-column-header"]').count()).toBeGreaterThan(1);
  await expect(table.locator('[data-slot="table-row"]').first()).toBeVisible();
  await page.screenshot({ path: new URL('table.png', screenshots).pathname, fullPage: true });
});

test('an HTML page: previewed in a sandboxed frame without same-origin access, then a follow-up turn', async ({ page }) => {
  await ask(page, 'Make an HTML page');
  const frame = page.locator('iframe[data-slot="html-frame"]').first();
  await expect(frame).toBeVisible({ timeout: 20_000 });
  expect(await frame.getAttribute('sandbox')).toBe('allow-scripts');
  await expect(page.frameLocator('iframe[data-slot="html-frame"]').first().locator('button').first()).toBeVisible();
  await page.screenshot({ path: new URL('html.png', screenshots).pathname, fullPage: true });
  // A follow-up turn: the whole history goes back through the AI SDK (tool calls as item references) to the emulator.
  await page.getByRole('button', { name: 'Show a table' }).click();
  await expect(page.locator('[data-slot="code-interpreter-message"][data-state="settled"]')).toHaveCount(2, { timeout: 120_000 });
  await expect(page.locator('[data-slot="table-view"] [data-slot="table-column-header"]').first()).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('files: a download through the signed route equals the container file', async ({ page }) => {
  await ask(page, 'Create some files');
  const card = page.locator('[data-slot="file-card"]').filter({ hasText: 'report.pdf' });
  await expect(card).toBeVisible();
  const downloading = page.waitForEvent('download');
  const served = page.waitForResponse((response) => response.url().includes('/api/files?') && response.url().includes('filename=report.pdf'));
  await card.getByRole('button', { name: 'Download report.pdf' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('report.pdf');
  const bytes = await readFile((await download.path()) ?? '');
  expect([...bytes.subarray(0, 4)]).toEqual([0x25, 0x50, 0x44, 0x46]);
  const response = await served;
  expect(response.headers()['content-type']).toBe('application/pdf');
  expect(response.headers()['x-content-type-options']).toBe('nosniff');
  const signed = new URL(response.url());
  const original = await page.request.get(`${emulatorUrl}/v1/containers/${signed.searchParams.get('containerId') ?? ''}/files/${signed.searchParams.get('fileId') ?? ''}/content`);
  expect(Buffer.compare(bytes, await original.body())).toBe(0);
  // The signature grants that one file only: the same link with another file id is refused.
  signed.searchParams.set('fileId', 'cfile_other');
  expect((await page.request.get(signed.toString())).status()).toBe(403);
});
