import { expect, test } from '@playwright/test';
import { openChat, screenshot, sendMessage, waitForTurnEnd } from './support.js';

test('failing code shows its traceback, and the recovery step follows', async ({ page }) => {
  test.slow(); // runs real Python in the emulator
  await openChat(page);
  await sendMessage(page, 'error');
  await waitForTurnEnd(page);
  // Whatever status the service reports, a call whose logs end in a traceback is shown as an error.
  const failing = page.locator('[data-slot="execution-card"]').filter({ hasText: 'quarterly_numbers.csv' }).first();
  await expect(failing.locator('[data-slot="status-badge"]')).toHaveAttribute('data-status', 'failed');
  await expect(failing.locator('[data-name="outcome"] dd')).toHaveText('raised FileNotFoundError');
  await expect(failing.getByRole('group', { name: 'The run failed' })).toContainText('FileNotFoundError');
  await failing.getByRole('tab', { name: 'Logs' }).click();
  await expect(failing.getByRole('tabpanel')).toContainText('Traceback (most recent call last)');
  await expect(failing.getByRole('tabpanel')).toContainText("FileNotFoundError: [Errno 2] No such file or directory: '/mnt/data/quarterly_numbers.csv'");
  await expect(page.locator('[data-slot="assistant-message"]').last()).toContainText('The first attempt failed');
  await screenshot(page, 'recovery');
});
