import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, openChat, screenshot, sendMessage, waitForTurnEnd } from './support.js';

async function shoot(page: Page, name: string): Promise<void> {
  for (const theme of ['light', 'dark'] as const) {
    await page.evaluate((value) => {
      document.documentElement.dataset['theme'] = value;
    }, theme);
    await screenshot(page, `${name}-${theme}`);
  }
}

test('on a phone the page opens at its top with a compact header', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openChat(page);
  await expect(page.getByRole('button', { name: /^Sales growth/ })).toBeVisible();
  // Anything that scrolls on load (a focus, a scrollIntoView) would have happened by now.
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await expect(page.getByRole('heading', { level: 1, name: 'execards' })).toBeInViewport();
  const header = await page.locator('[data-slot="app-header"]').boundingBox();
  expect(header?.height).toBeLessThanOrEqual(130);
  // Every control is still there, by its full name.
  for (const name of ['Download as notebook', 'New chat', 'Dark mode']) await expect(page.getByRole('button', { name })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Model' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectNoAxeViolations(page);
  await shoot(page, 'phone-empty');
});

test('a new answer streams from its start without the view following it; "Jump to latest" brings the end', async ({ page }) => {
  test.slow(); // several turns on a shared machine
  // Short enough that one answer is taller than what the composer leaves visible.
  await page.setViewportSize({ width: 1280, height: 420 });
  await openChat(page);
  await sendMessage(page, 'Here is what I ran:\n\n```python\nprint("hi")\n```');
  await waitForTurnEnd(page);
  // The user's own markdown is rendered (the fence is code, not backticks).
  const mine = page.locator('[data-slot="user-message"]').first();
  await expect(mine.locator('pre')).toContainText('print("hi")');
  await expect(mine).not.toContainText('```');

  await sendMessage(page, 'What can you do?');
  const turn = page.locator('[data-slot="turn"]').last();
  await waitForTurnEnd(page);
  await expect(turn.locator('[data-slot="assistant-message"]')).toContainText('I am the execards emulator');

  // The start of the new turn is still in view: the view did not run after the answer's end.
  const question = turn.locator('[data-slot="user-message"]');
  await expect(question).toBeInViewport();
  expect(await question.evaluate((element) => element.getBoundingClientRect().top)).toBeGreaterThanOrEqual(0);

  // The end is below: the button offers it, is announced, and works from the keyboard.
  const jump = page.getByRole('button', { name: 'Jump to latest' });
  await expect(jump).toBeVisible();
  await expect(page.locator('[data-slot="jump-latest-status"]')).toHaveText('Newer content is below the view: "Jump to latest" shows it.');
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await shoot(page, 'desktop-answer');
  await page.setViewportSize({ width: 1280, height: 420 });
  await jump.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollHeight - (window.scrollY + window.innerHeight))).toBeLessThanOrEqual(2);
  await expect(jump).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: 'Message' })).toBeFocused();
  await expect(page.locator('[data-slot="jump-latest-status"]')).toHaveText('');

  await page.setViewportSize({ width: 390, height: 844 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await shoot(page, 'phone-answer');
});
