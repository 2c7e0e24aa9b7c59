import { expect, test } from '@playwright/test';
import { testApiKey } from './playwright.config.js';

const screenshots = new URL('../.e2e-artifacts/screenshots/', import.meta.url);

test('the server-rendered page holds the kit and the chat, without the API key', async ({ request }) => {
  const response = await request.get('/');
  expect(response.status()).toBe(200);
  const html = await response.text();
  // The server component rendered the kit's client component boundary and the chat inside it.
  expect(html).toContain('<h1>execards + Next.js</h1>');
  expect(html).toContain('Draw a chart');
  expect(html).not.toContain(testApiKey);
});

test('a chart: the execution card with its PNG, streamed through the route handler, no console errors', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console.${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  const bodies: Promise<string>[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    if (!/^image\//.test(response.headers()['content-type'] ?? '')) bodies.push(response.text().catch(() => ''));
  });

  await page.goto('/');
  await page.getByRole('button', { name: 'Draw a chart' }).click();
  await expect(page.locator('[data-slot="code-interpreter-message"][data-state="settled"]')).toHaveCount(1, { timeout: 90_000 });

  const card = page.locator('[data-slot="execution-card"][data-path="/mnt/data/line_chart.png"]');
  await expect(card).toHaveAttribute('data-status', 'completed');
  const chart = card.locator('[data-slot="image-view"] img').first();
  await expect(chart).toBeVisible();
  await expect.poll(() => chart.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 100)).toBe(true);
  expect(await chart.getAttribute('src')).toMatch(/^(\/api\/files\?|blob:)/);
  await card.getByRole('tab', { name: 'Code' }).click();
  await expect(card.getByRole('tabpanel')).toContainText('import matplotlib.pyplot as plt');
  // Inside <main>: Next adds its own empty role="alert" route announcer to the body.
  await expect(page.locator('main').getByRole('alert')).toHaveCount(0);
  await page.screenshot({ path: new URL('chart.png', screenshots).pathname, fullPage: true });

  expect(problems).toEqual([]);
  for (const body of await Promise.all(bodies)) expect(body).not.toContain(testApiKey);
});
