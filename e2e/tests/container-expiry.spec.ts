import { expect, test } from '@playwright/test';
import { emulatorUrl, expectNoAxeViolations, openChat, screenshot, sendMessage, waitForTurnEnd } from './support.js';

const listFiles = '```python\nimport os\nprint("files:", sorted(os.listdir("/mnt/data")))\n```';

test('an expired sandbox is replaced: the user is told, and the conversation continues', async ({ page }) => {
  test.slow(); // runs real Python in the emulator
  await openChat(page);
  // A first message without code still gives the conversation its sandbox; the finished response names it.
  const answered = page.waitForResponse((response) => response.url().endsWith('/api/responses') && response.request().method() === 'POST');
  await sendMessage(page, 'hello');
  await waitForTurnEnd(page);
  const container = /"container":"(cntr_[\w-]+)"/.exec(await (await answered).text())?.[1];
  expect(container, 'the container of the first turn').toBeDefined();
  const notice = page.locator('[data-slot="notice"]');
  await expect(notice).toHaveCount(0);

  // The sandbox dies between two messages (as after 20 idle minutes).
  expect((await page.request.delete(`${emulatorUrl}/v1/containers/${container ?? ''}`)).status()).toBeLessThan(300);

  await sendMessage(page, listFiles);
  await waitForTurnEnd(page);
  await expect(notice).toHaveCount(1);
  await expect(notice).toContainText('The code session had expired, so a new one was started');
  await expect(page.locator('[data-slot="turn"]').last()).toHaveAttribute('data-status', 'completed');
  await expectNoAxeViolations(page);
  await screenshot(page, 'container-expiry');

  // The next message works in the new sandbox, with no further notice.
  await sendMessage(page, listFiles);
  await waitForTurnEnd(page);
  await expect(page.locator('[data-slot="turn"]')).toHaveCount(3);
  await expect(page.locator('[data-slot="turn"]').last()).toHaveAttribute('data-status', 'completed');
  await expect(notice).toHaveCount(1);
});
