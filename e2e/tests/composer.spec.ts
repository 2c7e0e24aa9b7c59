import { randomBytes } from 'node:crypto';
import { writeFile, truncate, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, openChat, screenshot, sendMessage, waitForTurnEnd } from './support.js';

test('a keyboard-only user reaches the composer, writes two lines and sends with Enter', async ({ page }) => {
  await openChat(page);
  const message = page.getByRole('textbox', { name: 'Message' });
  // Tab through the header controls and the example buttons until the composer's textbox has focus.
  for (let presses = 0; presses < 20 && !(await message.evaluate((element) => element === document.activeElement)); presses += 1) {
    await page.keyboard.press('Tab');
  }
  await expect(message).toBeFocused();
  await page.keyboard.type('first line');
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.type('second line');
  await expect(message).toHaveValue('first line\nsecond line');
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-slot="user-message"] p')).toHaveText('first line\nsecond line');
  await expect(message).toHaveValue('');
  await waitForTurnEnd(page);
  await expect(page.locator('[data-slot="assistant-message"]').last()).toContainText('I am the execards emulator');
  await expect(page.getByRole('button', { name: 'Send' })).toBeDisabled();
  await screenshot(page, 'keyboard');
});

test('too many files, a 101 MB file and an .exe are refused with clear messages', async ({ page }) => {
  await openChat(page);
  const directory = await mkdtemp(path.join(tmpdir(), 'execards-e2e-'));
  const big = path.join(directory, 'huge.csv');
  await writeFile(big, 'a,b\n');
  await truncate(big, 101 * 1024 * 1024);
  const exe = path.join(directory, 'setup.exe');
  await writeFile(exe, 'MZ');
  const small = await Promise.all(
    Array.from({ length: 11 }, async (_, index) => {
      const file = path.join(directory, `part-${index + 1}.csv`);
      await writeFile(file, `n\n${index}\n`);
      return file;
    }),
  );
  await page.getByTestId('file-input').setInputFiles([big, exe, ...small]);
  const errors = page.locator('[data-slot="upload-errors"]');
  await expect(errors).toContainText('"huge.csv" was not attached: it is 101 MB, and files can be at most 100 MB.');
  await expect(errors).toContainText('"setup.exe" was not attached: only');
  await expect(errors).toContainText('"part-11.csv" was not attached: at most 10 files can be sent with one message.');
  await expect(page.locator('[data-slot="attachment"]')).toHaveCount(10);
  await expect(page.locator('[data-slot="attachment"][data-status="uploaded"]')).toHaveCount(10, { timeout: 20_000 });
  await expectNoAxeViolations(page);
  await screenshot(page, 'upload-limits');

  await page.getByRole('button', { name: 'Remove part-1.csv' }).click();
  await expect(page.locator('[data-slot="attachment"]')).toHaveCount(9);
});

test('a 150 KB file whose content is not its type is refused on its chip at once, and the next file uploads', async ({ page }) => {
  await openChat(page);
  const directory = await mkdtemp(path.join(tmpdir(), 'execards-e2e-'));
  // Past busboy's 64 KB buffer: the size at which the proxy used to stop answering.
  const fake = path.join(directory, 'rand.pdf');
  await writeFile(fake, randomBytes(150 * 1024));
  const real = path.join(directory, 'after.csv');
  await writeFile(real, 'a,b\n1,2\n');
  await page.getByTestId('file-input').setInputFiles(fake);
  const refused = page.locator('[data-slot="attachment"]').filter({ hasText: 'rand.pdf' });
  await expect(refused).toHaveAttribute('data-status', 'failed', { timeout: 10_000 });
  await expect(refused.locator('[data-slot="attachment-error"]')).toContainText('its content is not a PDF');
  await page.getByTestId('file-input').setInputFiles(real);
  await expect(page.locator('[data-slot="attachment"][data-status="uploaded"]').filter({ hasText: 'after.csv' })).toBeVisible({ timeout: 10_000 });
});

test('a model without code execution is refused with the explanation', async ({ page }) => {
  await openChat(page);
  await page.getByLabel('Model').selectOption({ label: 'GPT-5 chat (no code execution)' });
  await sendMessage(page, 'Plot the sales');
  await expect(page.locator('[data-slot="chat-error"]')).toHaveText(/^Code Execution is not available with the model "GPT-5 chat"\. Please select a compatible model/);
  await screenshot(page, 'incompatible-model');
  // Picking a compatible model makes the next message work.
  await page.getByLabel('Model').selectOption({ label: 'GPT-5' });
  await sendMessage(page, 'hello again');
  await waitForTurnEnd(page);
  await expect(page.locator('[data-slot="chat-error"]')).toHaveCount(0);
});

test('stop mid-stream keeps what already arrived', async ({ page }) => {
  await openChat(page);
  await sendMessage(page, 'Count slowly:\n```python\nimport time\nfor step in range(40):\n    print(step, flush=True)\n    time.sleep(0.25)\n```');
  const execution = page.locator('[data-slot="execution-card"]').first();
  await expect(execution.locator('[data-slot="code-view"]')).toContainText('time.sleep(0.25)');
  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(page.getByRole('button', { name: 'Send' })).toBeVisible();
  await expect(execution.locator('[data-slot="code-view"]')).toContainText('for step in range(40)');
  await expect(execution).not.toHaveAttribute('data-status', 'completed');
  await expect(page.locator('[data-slot="turn"]').last()).not.toHaveAttribute('data-status', 'completed');
  await screenshot(page, 'stopped');
});
