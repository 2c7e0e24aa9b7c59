import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, openChat, sendMessage, waitForTurnEnd } from './support.js';

// What a screen reader meets in each kind of card, as Chromium's accessibility tree has it. Times,
// durations and sandbox ids change per run: they are matched by pattern, everything else literally.
const timeline = `
  - group "Run timeline":
    - paragraph: /^Started at .+, ran for \\d+ (seconds?|minutes?).*, finished, in sandbox ending [0-9a-f]{4}\\.$/
    - button /^Copy sandbox id ending [0-9a-f]{4}$/
  - tablist "Run details":
    - tab "Output" [selected]
    - tab "Code"
    - tab "Logs"`;

function lastTurn(page: Page) {
  return page.locator('[data-slot="turn"]').last();
}

test('a chart turn reads as a titled region whose figure is named, described from its code, and offers its data as a table', async ({ page }) => {
  test.slow(); // runs real Python in the emulator
  await openChat(page);
  await page.getByRole('button', { name: /^Sales growth/ }).click();
  await waitForTurnEnd(page);
  const card = lastTurn(page).getByRole('region', { name: 'Monthly revenue growth (PNG)' });
  await expect(card.locator('[data-slot="image-view"]')).toHaveAttribute('data-state', 'loaded');
  await expect(card).toMatchAriaSnapshot(`
- region "Monthly revenue growth (PNG)":
  - heading "Monthly revenue growth (PNG)" [level=2]
  - text: /^completed in \\d+ (seconds?|minutes?)/
${timeline}
  - tabpanel "Output":
    - figure "Monthly revenue growth (PNG)":
      - 'button "View full size: Monthly revenue growth (PNG)"':
        - img "Monthly revenue growth (PNG)"
      - paragraph: "Line chart “Revenue per month”: Month on the x-axis, revenue and Change (%) on the y-axis; series: Total revenue, Change vs previous month (%)."
      - button "Copy image monthly_revenue_growth.png"
      - link "Download monthly_revenue_growth.png"
    - button "Show data as a table" [expanded=false]
`);
  await card.getByRole('button', { name: 'Show data as a table' }).click();
  await expect(card.getByRole('grid', { name: 'Table' }).getByRole('columnheader', { name: 'change_pct' })).toBeVisible({ timeout: 20_000 });
  await expect(card.getByRole('button', { name: 'Hide data table' })).toHaveAttribute('aria-expanded', 'true');
  await expectNoAxeViolations(page);
});

// Every example that draws a chart: its description names the title, both axes and the series.
for (const example of ['Sales growth', 'Forecast', 'Outliers']) {
  test(`the ${example} example's charts are described by title, axes and series`, async ({ page }) => {
    test.slow(); // runs real Python in the emulator
    await openChat(page);
    await page.getByRole('button', { name: new RegExp(`^${example}`) }).click();
    await waitForTurnEnd(page);
    const triggers = lastTurn(page).getByRole('button', { name: /^View full size: / });
    await expect(triggers.first()).toBeVisible({ timeout: 20_000 });
    const count = await triggers.count();
    for (let index = 0; index < count; index += 1) {
      await expect(triggers.nth(index)).toHaveAccessibleDescription(/^(Line|Bar|Scatter|Histogram|[A-Z][a-z]+ and [a-z]+)( chart)? “[^”]+”: .+ on the x-axis, .+ on the y-axis; series: .+\.$/);
    }
  });
}

test('a table turn reads as a titled region holding the grid', async ({ page }) => {
  test.slow();
  await openChat(page);
  await sendMessage(page, 'table');
  await waitForTurnEnd(page);
  const card = lastTurn(page).getByRole('region', { name: 'Sales table (CSV)' });
  await expect(card.getByRole('columnheader', { name: 'revenue' })).toBeVisible({ timeout: 20_000 });
  await expect(card).toMatchAriaSnapshot(`
- region "Sales table (CSV)":
  - heading "Sales table (CSV)" [level=2]
  - text: /^completed in /
${timeline}
  - tabpanel "Output":
    - text: "Saved: this file stays available after the sandbox expires."
    - searchbox "Filter rows"
    - textbox "Go to row"
    - text: 200 rows
    - button "Download CSV"
    - grid "Table":
      - rowgroup:
        - row "Row order_id region product units unit_price revenue"
`);
  // Sorting is announced with the order and the size; only the sorted column carries aria-sort.
  const revenue = card.getByRole('columnheader', { name: 'revenue' });
  await revenue.click();
  await revenue.click();
  await expect(revenue).toHaveAttribute('aria-sort', 'descending');
  await expect(card.getByRole('grid', { name: 'Table' })).toHaveAttribute('aria-rowcount', '201');
  await expect(card).toMatchAriaSnapshot(`
- region "Sales table (CSV)":
  - tabpanel "Output":
    - text: 200 rows
    - status: Sorted by revenue, descending; 200 rows
    - grid "Table"
`);
  await card.getByRole('searchbox', { name: 'Filter rows' }).fill('North');
  await expect(card.getByRole('status').filter({ hasText: /^Filter applied; [\d,]+ of 200 rows$/ })).toHaveCount(1);
});

test('an HTML turn reads as a titled region with its downloads and the framed page', async ({ page }) => {
  test.slow();
  await openChat(page);
  await sendMessage(page, 'html');
  await waitForTurnEnd(page);
  const card = lastTurn(page).getByRole('region', { name: 'Interactive page (HTML)' });
  await expect(card.locator('iframe')).toBeVisible({ timeout: 20_000 });
  await expect(card).toMatchAriaSnapshot(`
- region "Interactive page (HTML)":
  - heading "Interactive page (HTML)" [level=2]
  - text: /^completed in /
${timeline}
  - tabpanel "Output":
    - button "Download HTML"
    - button "Download PNG"
    - iframe
`);
  // By keyboard: Tab enters the page, Escape leaves it to a hint that says where focus is and how to go on.
  await card.getByRole('button', { name: 'Download PNG' }).focus();
  await page.keyboard.press('Tab');
  await expect(card.locator('[data-slot="html-frame-box"]')).toHaveAttribute('data-keyboard', 'inside');
  await page.keyboard.press('Escape');
  await expect(card.getByText('You left the page. Shift+Tab goes back into it; Tab moves on.')).toBeFocused();
  await expect(card).toMatchAriaSnapshot(`
- region "Interactive page (HTML)":
  - tabpanel "Output":
    - button "Download HTML"
    - button "Download PNG"
    - iframe
    - paragraph: You left the page. Shift+Tab goes back into it; Tab moves on.
`);
  await expectNoAxeViolations(page);
});

test('a files turn reads as one titled region per file, each download named by its file', async ({ page }) => {
  test.slow();
  await openChat(page);
  await sendMessage(page, 'files');
  await waitForTurnEnd(page);
  const turn = lastTurn(page);
  await expect(turn).toMatchAriaSnapshot(`
- article "Conversation turn":
  - region "Report (PDF)":
    - heading "Report (PDF)" [level=2]
    - text: /^completed in /
    - tabpanel "Output":
      - button "Download report.pdf"
  - region "Summary (DOCX)":
    - heading "Summary (DOCX)" [level=2]
  - region "Revenue (XLSX)"
`);
  // Forced colours (Windows high contrast) and reduced motion keep the page free of axe violations.
  await page.emulateMedia({ forcedColors: 'active', reducedMotion: 'reduce' });
  await expectNoAxeViolations(page);
});
