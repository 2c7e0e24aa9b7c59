import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, openChat, screenshot, sendMessage, waitForTurnEnd } from './support.js';

const listFiles = '```python\nimport os\nprint("files:", sorted(os.listdir("/mnt/data")))\n```';

test('an expired sandbox is replaced: the user is told, and the conversation continues', async ({ page }) => {
  test.slow(); // runs real Python in the emulator
  // Against the emulator only, the proxy passes this header on so the first attempt meets an expired container.
  await page.route('**/api/responses', (route) =>
    route.continue({ headers: { ...route.request().headers(), 'x-emulator-fault': 'expire-container=before' } }),
  );
  await openChat(page);
  await sendMessage(page, listFiles);
  await waitForTurnEnd(page);

  const notice = page.locator('[data-slot="notice"]');
  await expect(notice).toHaveCount(1);
  await expect(notice).toContainText('The code session had expired, so a new one was started');
  await expect(page.locator('[data-slot="turn"]').last()).toHaveAttribute('data-status', 'completed');
  await expectNoAxeViolations(page);
  await screenshot(page, 'container-expiry');

  // The next message works in the new sandbox, with no further notice.
  await page.unroute('**/api/responses');
  await sendMessage(page, listFiles);
  await waitForTurnEnd(page);
  await expect(page.locator('[data-slot="turn"]')).toHaveCount(2);
  await expect(page.locator('[data-slot="turn"]').last()).toHaveAttribute('data-status', 'completed');
  await expect(notice).toHaveCount(1);
});
