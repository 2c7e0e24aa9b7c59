import { expect, test } from '@playwright/test';
import { startNetworkRelay, type NetworkRelay } from './network-relay.js';
import { demoPort, openChat, screenshot, sendMessage, waitForTurnEnd } from './support.js';

let relay: NetworkRelay | undefined;
test.afterEach(async () => {
  await relay?.close();
  relay = undefined;
});

// About 80 KB of code deltas: the cut after 16 KB falls while the code streams.
const steps = Array.from({ length: 40 }, (_, index) => `totals.append(sum(range(${index + 1})))  # step ${index + 1} of 40`);
const code = ['totals = []', ...steps, 'print("last total:", totals[-1])'].join('\n');

test('a network drop mid-stream is resumed: every line of code and the answer arrive once', async ({ page }) => {
  test.slow(); // runs real Python in the emulator
  relay = await startNetworkRelay(demoPort);
  const resumes: string[] = [];
  page.on('request', (request) => {
    if (/\/api\/responses\/[^/]+\/events\?starting_after=\d+$/.test(request.url())) resumes.push(request.url());
  });
  await openChat(page, relay.url);
  // Records whether the reconnecting notice was ever shown, however briefly.
  await page.evaluate(() => {
    const observer = new MutationObserver(() => {
      if ([...document.querySelectorAll('[role="status"]')].some((element) => element.textContent === 'Connection lost. Reconnecting…')) {
        document.documentElement.dataset['sawReconnecting'] = 'true';
      }
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  });
  const cut = relay.cutAnswer('POST /api/responses ', 16_000);
  await sendMessage(page, `Add up the ranges:\n\`\`\`python\n${code}\n\`\`\``);
  await cut;

  const execution = page.locator('[data-slot="execution-card"]').first();
  await waitForTurnEnd(page);
  await expect(page.locator('[data-slot="turn"]').last()).toHaveAttribute('data-status', 'completed');
  expect(resumes.length).toBeGreaterThan(0);
  await expect(page.locator('html')).toHaveAttribute('data-saw-reconnecting', 'true');
  // Each line exactly once: a replayed delta would repeat a step, a lost one would drop it.
  await execution.getByRole('tab', { name: 'Code' }).click();
  await execution.getByRole('button', { name: /^Show \d+ more lines$/ }).click();
  const shownCode = await execution.locator('[data-slot="code-view"]').innerText();
  for (const step of steps) expect(shownCode.split(step).length - 1).toBe(1);
  await execution.getByRole('tab', { name: 'Logs' }).click();
  await expect(execution.getByRole('tabpanel')).toContainText('last total: 780');
  const answer = page.locator('[data-slot="assistant-message"]').last();
  await expect(answer).toContainText('I ran your code block.');
  await expect(answer.getByRole('listitem')).toHaveText(['Block 1 ran successfully.']);
  await screenshot(page, 'network-drop');
});
