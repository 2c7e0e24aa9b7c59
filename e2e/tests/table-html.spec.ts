import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { openChat, screenshot, sendMessage, waitForTurnEnd } from './support.js';

test('the table scenario shows a table with its headers that scrolls sideways', async ({ page }) => {
  test.slow(); // runs real Python in the emulator
  await page.setViewportSize({ width: 420, height: 900 });
  await openChat(page);
  await sendMessage(page, 'table');
  await waitForTurnEnd(page);
  const table = page.locator('[data-slot="table-view"]').first();
  await expect(table.locator('[data-slot="table-column-header"]').first()).toBeVisible({ timeout: 20_000 });
  expect(await table.locator('[data-slot="table-column-header"]').count()).toBeGreaterThan(1);
  await expect(table.locator('[data-slot="table-row"]').first()).toBeVisible();
  const grid = table.locator('[data-slot="table-grid"]');
  const scroll = await grid.evaluate((element) => {
    const before = element.scrollLeft;
    element.scrollLeft = 10_000;
    return { overflow: element.scrollWidth > element.clientWidth, before, after: element.scrollLeft };
  });
  if (scroll.overflow) expect(scroll.after).toBeGreaterThan(scroll.before);
  else expect(scroll.after).toBe(0);
  await screenshot(page, 'table-phone');
});

test('the HTML scenario renders in a sandboxed frame and downloads as HTML and PNG', async ({ page }) => {
  test.slow(); // runs real Python in the emulator
  await openChat(page);
  await sendMessage(page, 'html');
  await waitForTurnEnd(page);
  const view = page.locator('[data-slot="html-view"]').first();
  const frame = view.locator('iframe[data-slot="html-frame"]');
  await expect(frame).toBeVisible({ timeout: 20_000 });
  expect(await frame.getAttribute('sandbox')).toBe('allow-scripts');
  await expect(frame.contentFrame().locator('body')).not.toBeEmpty();

  const htmlDownload = page.waitForEvent('download');
  await view.locator('[data-slot="html-download"]').click();
  const html = await readFile((await (await htmlDownload).path()) ?? '', 'utf8');
  expect(html.toLowerCase()).toContain('<html');

  const pngDownload = page.waitForEvent('download');
  await view.locator('[data-slot="html-export-png"]').click();
  const png = await readFile((await (await pngDownload).path()) ?? '');
  expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  await screenshot(page, 'html');
});

test('the HTML preview is entered and left by keyboard, with a visible hint, at desktop and phone width in light and dark', async ({ page }) => {
  test.slow(); // runs real Python in the emulator
  await openChat(page);
  await sendMessage(page, 'html');
  await waitForTurnEnd(page);
  const view = page.locator('[data-slot="html-view"]').first();
  const frame = view.locator('iframe[data-slot="html-frame"]');
  const box = view.locator('[data-slot="html-frame-box"]');
  const hint = view.locator('[data-slot="html-keyboard-hint"]');
  await expect(box).toHaveAttribute('data-state', 'ready', { timeout: 20_000 });
  await expect(hint).toBeHidden();
  await view.getByRole('button', { name: 'Download PNG' }).focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(hint).toHaveText('Tab moves into the page and through it; Escape leaves it.');
  await page.keyboard.press('Tab');
  await expect(box).toHaveAttribute('data-keyboard', 'inside');
  await expect(frame).toBeFocused();
  await expect(hint).toBeVisible();
  for (const scheme of ['light', 'dark'] as const) {
    if (scheme === 'dark') {
      await page.getByRole('button', { name: 'Dark mode' }).click(); // a toggle: focus goes with the click
      await view.getByRole('button', { name: 'Download PNG' }).focus();
      await page.keyboard.press('Tab');
      await expect(box).toHaveAttribute('data-keyboard', 'inside');
    }
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await view.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `e2e/artifacts/screenshots/html-keyboard-inside-${width}-${scheme}.png` });
    }
  }
  await page.keyboard.press('Escape');
  await expect(hint).toBeFocused();
  await expect(hint).toHaveText('You left the page. Shift+Tab goes back into it; Tab moves on.');
  await page.screenshot({ path: 'e2e/artifacts/screenshots/html-keyboard-left-390-dark.png' });
  await page.keyboard.press('Shift+Tab');
  await expect(box).toHaveAttribute('data-keyboard', 'inside');
  await page.keyboard.press('Escape');
  await expect(hint).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(hint).not.toBeFocused();
  await expect(frame).not.toBeFocused();
  await expect(hint).toBeHidden();
});
