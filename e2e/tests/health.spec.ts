import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, screenshot } from './support.js';

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the demo reaches the emulator through the proxy (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    const health = page.waitForResponse((response) => response.url().endsWith('/api/health'));
    await page.goto('/');
    // Served by the proxy on the demo's own origin, answered with the emulator's health.
    expect((await health).status()).toBe(200);
    await expect(page.getByText('Connected to the local emulator through the proxy.')).toBeVisible();
    await expect(page.locator('[data-slot="connection"]')).toHaveAttribute('data-state', 'ok');
    await expect(page.getByRole('heading', { name: 'Try it with a sample' })).toBeVisible();
    await expectNoAxeViolations(page);
    await screenshot(page, `health-${colorScheme}`);
  });
}
