import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { startBuiltServer, type BuiltServer } from '../../tooling/test-stack/built-server.js';
import { expectNoAxeViolations, screenshot, sendMessage, waitForTurnEnd } from './support.js';

// The whole stack down the Azure path, as the container image runs it: the proxy (built) serves the built demo and
// talks to the emulator's Azure flavour through AZURE_OPENAI_ENDPOINT, on a resource without the containers API.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const base = Number(process.env.E2E_PROXY_PORT ?? '14000');

function start(script: string, env: Record<string, string>, ready: string): Promise<BuiltServer> {
  return startBuiltServer({ command: [process.execPath, path.join(root, script)], cwd: root, env: { ...process.env, ...env }, ready });
}

/** Emulator (Azure flavour, with `switches`) and the built proxy serving the built demo; resolves to the page's URL. */
async function startAzureStack(offset: number, switches: Record<string, string>): Promise<{ url: string; stop: () => Promise<void> }> {
  const emulatorPort = String(base + offset + 1);
  const proxyPort = String(base + offset);
  const emulator = await start('apps/emulator/dist/main.js', { EMULATOR_PORT: emulatorPort, EMULATOR_FLAVOR: 'azure', EMULATOR_PACE_MS: '0', ...switches }, 'emulator: listening');
  const proxy = await start(
    'apps/proxy/dist/main.js',
    { PROXY_PORT: proxyPort, PROXY_STATIC_DIR: path.join(root, 'apps/demo/dist'), AZURE_OPENAI_ENDPOINT: `http://127.0.0.1:${emulatorPort}`, AZURE_OPENAI_API_KEY: 'e2e-azure-key' },
    'proxy: listening',
  ).catch(async (error: unknown) => {
    await emulator.stop();
    throw error;
  });
  return {
    url: `http://127.0.0.1:${proxyPort}/`,
    stop: async () => {
      await Promise.all([proxy.stop(), emulator.stop()]);
    },
  };
}

const running: { stop: () => Promise<void> }[] = [];
test.afterEach(async () => {
  await Promise.all(running.splice(0).map((stack) => stack.stop()));
});

const chartMessage = [
  '```python',
  'import matplotlib',
  "matplotlib.use('Agg')",
  'import matplotlib.pyplot as plt',
  "plt.plot([1, 2, 3], [3, 1, 2]); plt.title('Azure check'); plt.savefig('/mnt/data/azure_check.png')",
  '```',
  '```markdown',
  '**Azure check**',
  '[*Generating…*](sandbox:/mnt/data/azure_check.png)',
  '```',
].join('\n');

test('down the Azure path without a containers API: the status line says so, and a chart turn works end to end', async ({ page }) => {
  test.slow(); // real Python in the emulator
  const stack = await startAzureStack(30, { EMULATOR_CONTAINERS_API: 'off' });
  running.push(stack);
  await page.goto(stack.url);
  const status = page.locator('[data-slot="connection"]');
  await expect(status).toContainText('Connected to Azure OpenAI through the proxy.');
  await expect(status.locator('[data-slot="connection-fallback"]')).toContainText('no containers API');

  await sendMessage(page, chartMessage);
  await waitForTurnEnd(page);
  const turn = page.locator('[data-slot="turn"]').last();
  await expect(turn).toHaveAttribute('data-status', 'completed');
  const image = turn.locator('[data-slot="image-view"] img').first();
  await expect(image).toBeVisible();
  expect(await image.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth > 100)).toBe(true);
  const href = await turn.locator('[data-slot="download-link"]').first().getAttribute('href');
  // Relative to this proxy's page (the suite's baseURL is the other stack, whose links have other secrets).
  const download = await page.request.get(new URL(href ?? '', page.url()).href);
  expect(download.status()).toBe(200);
  expect([...(await download.body()).subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  await expectNoAxeViolations(page);
  await screenshot(page, 'azure-fallback-1280-light');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByRole('button', { name: 'Dark mode' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expectNoAxeViolations(page);
  await screenshot(page, 'azure-fallback-390-dark');
});

test('down the Azure path when container file content cannot be fetched: the card says so instead of a broken image', async ({ page }) => {
  test.slow(); // real Python in the emulator
  const stack = await startAzureStack(32, { EMULATOR_CONTAINER_FILE_CONTENT: 'off' });
  running.push(stack);
  await page.goto(stack.url);
  await sendMessage(page, chartMessage);
  await waitForTurnEnd(page);
  const turn = page.locator('[data-slot="turn"]').last();
  await expect(turn).toHaveAttribute('data-status', 'completed');
  const failure = turn.locator('[data-slot="image-view"] [data-slot="image-error"]').first();
  await expect(failure).toContainText('The file could not be downloaded. Please try again.', { timeout: 20_000 });
  await expect(turn.locator('[data-slot="image-view"] img[src*="azure_check"]')).toHaveCount(0);
  // The proxy learned it from the failed download; the status line tells the next visit.
  await page.reload();
  await expect(page.locator('[data-slot="connection-fallback"]')).toContainText('Generated files cannot be downloaded from this resource.');
  await expectNoAxeViolations(page);
  await screenshot(page, 'azure-no-file-content-1280-light');
});
