import { expect, test } from '@playwright/test';
import { openChat, screenshot, sendMessage, waitForTurnEnd } from './support.js';

test('a message sent just before a reload comes back as interrupted, and Retry answers it in place', async ({ page }) => {
  test.slow(); // three page loads and a turn
  await openChat(page);
  // The request is held in the browser until the reload cancels it, so the answer never starts. The route
  // stays until the reloaded page shows the message: removing it earlier lets Playwright release the held
  // request to the proxy, and the turn may then start (and even finish) before the reload.
  await page.route('**/api/responses', () => undefined);
  await sendMessage(page, 'Which region sold the most?');
  await expect(page.locator('[data-slot="user-message"]')).toHaveText('Which region sold the most?');
  await page.reload();

  await expect(page.locator('[data-slot="user-message"]')).toHaveText('Which region sold the most?');
  await expect(page.locator('[data-slot="interrupted"]')).toContainText('This message was not answered');
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  await screenshot(page, 'reload-interrupted');
  await page.getByRole('button', { name: 'Retry' }).click();
  await waitForTurnEnd(page);
  await expect(page.locator('[data-slot="turn"]')).toHaveCount(1);
  await expect(page.locator('[data-slot="turn"]')).toHaveAttribute('data-status', 'completed');
  await expect(page.locator('[data-slot="assistant-message"]')).toContainText('I need a table');
  await expect(page.locator('[data-slot="interrupted"]')).toHaveCount(0);

  // Answered: another reload shows the conversation as it is, nothing pending.
  await page.reload();
  await expect(page.locator('[data-slot="assistant-message"]')).toContainText('I need a table');
  await expect(page.locator('[data-slot="interrupted"]')).toHaveCount(0);
});

test('an answer that had started when the page reloaded is picked up and finished, once', async ({ page }) => {
  test.slow(); // runs real Python in the emulator
  const resumes: string[] = [];
  page.on('request', (request) => {
    if (/\/api\/responses\/[^/]+\/events\?starting_after=-?\d+$/.test(request.url())) resumes.push(request.url());
  });
  await openChat(page);
  await sendMessage(page, 'Count slowly:\n```python\nimport time\nfor step in range(120):\n    print("step", step, flush=True)\n    time.sleep(0.25)\nprint("done counting")\n```');
  await expect(page.locator('[data-slot="execution-card"]').first()).toBeVisible({ timeout: 60_000 });
  await page.reload();

  await waitForTurnEnd(page);
  expect(resumes.length).toBeGreaterThan(0);
  await expect(page.locator('[data-slot="turn"]')).toHaveCount(1);
  await expect(page.locator('[data-slot="turn"]')).toHaveAttribute('data-status', 'completed');
  await expect(page.locator('[data-slot="user-message"]')).toContainText('Count slowly:');
  const execution = page.locator('[data-slot="execution-card"]').first();
  await execution.getByRole('tab', { name: 'Logs' }).click();
  await expect(execution.getByRole('tabpanel')).toContainText('done counting');
  await expect(page.locator('[data-slot="interrupted"]')).toHaveCount(0);
});
