import { expect, test, type Locator } from '@playwright/test';
import { casesOf, expectNoCanaryTripped, installCanaries, required, waitForCorpusTurn, type CorpusCase } from '../security/helpers.js';
import { openChat, screenshot, sendMessage } from './support.js';

const previewCases = casesOf('preview');

/** What each hostile document must still show: the preview works, it just runs and loads nothing. */
async function expectShown(entry: CorpusCase, region: Locator): Promise<void> {
  const name = required(entry, 'fileName');
  if (name.endsWith('.pdf')) await expect(region, entry.id).toContainText('preview-pdf-javascript: nothing in this file may run', { timeout: 60_000 });
  else if (name.endsWith('.xlsx')) await expect(region.getByRole('tab', { name: 'Huge' }), entry.id).toBeVisible({ timeout: 60_000 });
  else await expect(region.locator('iframe').contentFrame().getByText('preview-docx-remote: nothing in this document may load or run'), entry.id).toBeVisible({ timeout: 60_000 });
}

test('hostile PDF, spreadsheet and Word files open in their previews and run or load nothing', async ({ page, baseURL }) => {
  test.setTimeout(400_000); // one Python turn writes every file (a 150,000-row sheet among them); the machine is shared
  const canaries = await installCanaries(page, baseURL ?? '');
  await openChat(page);
  const code = previewCases.map((entry) => required(entry, 'payload')).join('\n\n');
  await sendMessage(page, `Security corpus: hostile documents.\n\`\`\`python\n${code}\n\`\`\``);
  await waitForCorpusTurn(page);

  for (const entry of previewCases) {
    const name = required(entry, 'fileName');
    const card = page.locator(`[data-path="/mnt/data/${name}"]`);
    await card.scrollIntoViewIfNeeded();
    await card.getByRole('button', { name: `Preview ${name}` }).click();
    const region = card.getByRole('region', { name: `Preview of ${name}` });
    await expectShown(entry, region);
    await expect(region.locator('[data-slot="preview-error"]'), entry.id).toHaveCount(0);
  }
  // The huge sheet was read within the preview's cap and the page still answers the keyboard.
  await page.getByRole('textbox', { name: 'Message' }).focus();
  await page.keyboard.type('still responsive');
  await expect(page.getByRole('textbox', { name: 'Message' })).toHaveValue('still responsive');
  // Let anything a document scheduled (timers, deferred loads) run its course.
  await page.waitForTimeout(1500);
  await expectNoCanaryTripped(canaries, previewCases.map((entry) => entry.id));
  await screenshot(page, 'security-previews-light');
});
