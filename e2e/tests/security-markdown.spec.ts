import { expect, test } from '@playwright/test';
import { casesOf, expectNoCanaryTripped, installCanaries, recordAnnouncedFiles, required, waitForCorpusTurn } from '../security/helpers.js';
import { openChat, screenshot, sendMessage } from './support.js';

const markdownCases = casesOf('markdown');

test('hostile markdown in the answer renders as text, with no script-capable link, element or remote image', async ({ page, baseURL }) => {
  test.setTimeout(300_000);
  const canaries = await installCanaries(page, baseURL ?? '');
  const announced = recordAnnouncedFiles(page);
  const fileRequests: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/api/files/')) fileRequests.push(request.url());
  });
  await openChat(page);
  // The emulator's echo scenario answers with the ```markdown block verbatim.
  const payload = markdownCases.map((entry) => `### ${entry.id}\n\n${required(entry, 'payload')}`).join('\n\n');
  await sendMessage(page, `Security corpus: echo this answer.\n\`\`\`\`markdown\n${payload}\n\`\`\`\``);
  await waitForCorpusTurn(page);

  const answer = page.locator('[data-slot="assistant-message"]').last();
  for (const entry of markdownCases) await expect(answer, entry.id).toContainText(entry.id);
  // Link texts survive as text even when their URL is dropped.
  await expect(answer).toContainText('Open the report');
  await expect(answer.getByText('tracking pixel').or(answer.getByAltText('tracking pixel')).first()).toBeAttached();
  // No element a payload could have produced: frames, scripts, objects, forms.
  await expect(answer.locator('iframe, script, object, embed, form, svg[onload], [onerror]')).toHaveCount(0);
  // sandbox: links outside /mnt/data resolve to no file: nothing announced, nothing fetched, a clear message.
  expect(announced.filter((file) => /passwd|shadow/.test(file.filename))).toEqual([]);
  expect(fileRequests).toEqual([]);
  await page.waitForTimeout(1000);
  await expectNoCanaryTripped(canaries, markdownCases.map((entry) => entry.id));
  await screenshot(page, 'security-markdown-light');
  await page.getByRole('button', { name: /Dark mode/ }).click();
  await screenshot(page, 'security-markdown-dark');
});
