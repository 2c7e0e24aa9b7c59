import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the demo reaches the emulator through the proxy (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    const health = page.waitForResponse((response) => response.url().endsWith('/api/health'));
    await page.goto('/');
    // Served by the proxy on the demo's own origin, answered with the emulator's health.
    expect((await health).status()).toBe(200);
    await expect(page.getByText('Connected to the local emulator through the proxy.')).toBeVisible();
    await expect(page.locator('[data-slot="status-badge"]')).toHaveAttribute('data-status', 'completed');

    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
    await page.screenshot({ path: `e2e/artifacts/screenshots/health-${colorScheme}.png`, fullPage: true });
  });
}
