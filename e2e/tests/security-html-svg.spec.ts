import { expect, test, type Page } from '@playwright/test';
import { casesOf, expectNoCanaryTripped, installCanaries, pythonWritingFiles, required, waitForCorpusTurn, type CorpusCase } from '../security/helpers.js';
import { openChat, screenshot, sendMessage } from './support.js';

const htmlCases = casesOf('html');
const svgCases = casesOf('svg');

async function writeFilesInOneTurn(page: Page, label: string, cases: readonly CorpusCase[]): Promise<void> {
  const files = cases.map((entry) => ({ name: required(entry, 'fileName'), content: required(entry, 'payload') }));
  await sendMessage(page, `Security corpus: ${label}.\n${pythonWritingFiles(files)}`);
  await waitForCorpusTurn(page);
}

async function expectSandboxedPreviews(page: Page, cases: readonly CorpusCase[]): Promise<void> {
  for (const entry of cases) {
    const card = page.locator(`[data-path="/mnt/data/${required(entry, 'fileName')}"]`);
    await card.scrollIntoViewIfNeeded();
    const frame = card.locator('iframe[data-slot="html-frame"]');
    await expect(frame, entry.id).toBeVisible({ timeout: 20_000 });
    expect(await frame.getAttribute('sandbox'), entry.id).toBe('allow-scripts');
    // Forged height messages must not stretch the frame past its maximum (600 px by default).
    expect((await frame.boundingBox())?.height ?? 0, entry.id).toBeLessThanOrEqual(600);
    // The user sees the page itself (a payload that navigates away has no heading left to show).
    if (!entry.navigation) await expect(frame.contentFrame().locator('h1'), entry.id).toHaveText(entry.id);
  }
}

test('hostile HTML and SVG files stay inside their sandboxed previews and images', async ({ page, baseURL }) => {
  test.setTimeout(400_000); // one Python turn writes every file, then 20 previews load; the machine is shared
  const canaries = await installCanaries(page, baseURL ?? '');
  await openChat(page);
  const contained = htmlCases.filter((entry) => !entry.navigation);
  await writeFilesInOneTurn(page, 'hostile HTML and SVG files', [...contained, ...svgCases]);
  await expectSandboxedPreviews(page, contained);
  for (const entry of svgCases) {
    const card = page.locator(`[data-path="/mnt/data/${required(entry, 'fileName')}"]`);
    await card.scrollIntoViewIfNeeded();
    // Shown as an image: the SVG's own elements never enter the app's DOM.
    await expect(card.locator('img').first(), entry.id).toBeVisible({ timeout: 20_000 });
    await expect(card.locator('svg text'), entry.id).toHaveCount(0);
  }
  // Let timers inside the payloads (delayed form posts, async fetches) run their course.
  await page.waitForTimeout(1500);
  await expectNoCanaryTripped(canaries, [...contained, ...svgCases].map((entry) => entry.id));
  await page.locator('[data-path="/mnt/data/html-postmessage-forgery.html"]').scrollIntoViewIfNeeded();
  await screenshot(page, 'security-html-light');
  await page.getByRole('button', { name: /Dark mode/ }).click();
  await page.locator('[data-path="/mnt/data/svg-foreign-object.svg"]').scrollIntoViewIfNeeded();
  await screenshot(page, 'security-svg-dark');
});

test('an HTML preview cannot navigate itself to another site (meta refresh, location)', async ({ page, baseURL }) => {
  test.setTimeout(300_000);
  const canaries = await installCanaries(page, baseURL ?? '');
  await openChat(page);
  const navigating = htmlCases.filter((entry) => entry.navigation === true);
  await writeFilesInOneTurn(page, 'HTML that navigates away', navigating);
  await expectSandboxedPreviews(page, navigating);
  await page.waitForTimeout(1500);
  await expectNoCanaryTripped(canaries, navigating.map((entry) => entry.id));
});
