import { expect, test, type Page } from '@playwright/test';
import { openChat, screenshot, waitForTurnEnd } from './support.js';

/** Each example button does what its prompt says, with its bundled sample (figures from apps/demo/scripts/make-samples.py). */
const cases: { title: RegExp; slug: string; answer: (string | RegExp)[]; image: boolean }[] = [
  { title: /^Sales growth/, slug: 'growth', answer: [/had the largest change, [+-]\d+\.\d%/], image: true },
  {
    title: /^Clean a workbook/,
    slug: 'clean',
    answer: ['Q1_Orders_EU.csv', 'Returns_Refunds.csv', 'Stock_3.csv', 'In Q1 Orders (EU) the header is on row 3', '(“unknown”)'],
    image: false,
  },
  { title: /^PDF table/, slug: 'pdf-table', answer: ['I extracted the table on page 3 of annual_report.pdf', '218,595.00', '79,772.00', '134,000.00'], image: true },
  { title: /^Forecast/, slug: 'forecast', answer: [/ARIMA/], image: true },
  { title: /^Outliers/, slug: 'outliers', answer: [/z-score/i], image: true },
];

async function shoot(page: Page, slug: string): Promise<void> {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    for (const theme of ['light', 'dark'] as const) {
      const current = await page.locator('html').getAttribute('data-theme');
      if (current !== theme) await page.getByRole('button', { name: 'Dark mode' }).click(); // a toggle
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await screenshot(page, `example-${slug}-${String(width)}-${theme}`);
    }
  }
}

for (const example of cases) {
  test(`the ${example.slug} example answers from its sample file`, async ({ page }) => {
    test.slow(); // inspection and analysis run real Python in the emulator
    await page.setViewportSize({ width: 1280, height: 900 });
    await openChat(page);
    await page.getByRole('button', { name: example.title }).click();
    await waitForTurnEnd(page);
    const turn = page.locator('[data-slot="turn"]').last();
    await expect(turn).toHaveAttribute('data-status', 'completed');
    const answer = turn.locator('[data-slot="assistant-message"]').last();
    for (const expected of example.answer) {
      if (typeof expected === 'string') await expect(answer).toContainText(expected);
      else await expect(answer).toContainText(expected);
    }
    await expect(answer).not.toContainText('I could not match');
    if (example.image) {
      const chart = turn.locator('[data-slot="execution-card"][data-kind="image"] [data-slot="image-view"] img').first();
      await expect(chart).toBeVisible();
      expect(await chart.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 100)).toBe(true);
    }
    await shoot(page, example.slug);
  });
}
