import { expect, test, type Locator, type Page } from '@playwright/test';
import { recordAnnouncedFiles, type AnnouncedFile } from '../security/helpers.js';
import { pdfPageTexts, wordText, workbookCells } from './document-contents.js';
import { emulatorUrl, expectNoAxeViolations, openChat, screenshot, sendMessage, waitForTurnEnd } from './support.js';

/** Opens a file card's preview and returns the region it opened. */
async function openPreview(page: Page, name: string): Promise<Locator> {
  const toggle = page.getByRole('button', { name: `Preview ${name}` });
  await toggle.scrollIntoViewIfNeeded();
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  return page.getByRole('region', { name: `Preview of ${name}`, exact: true });
}

/** The container file's own bytes, from the emulator: what the preview must show. */
async function containerBytes(page: Page, announced: readonly AnnouncedFile[], name: string): Promise<Buffer> {
  const file = announced.find((entry) => entry.filename === name);
  if (!file) throw new Error(`no proxy.file event for ${name}`);
  const response = await page.request.get(`${emulatorUrl}/v1/containers/${file.container_id}/files/${file.file_id}/content`);
  expect(response.status()).toBe(200);
  return response.body();
}

const lines = (text: string) => text.split('\n').map((line) => line.trim()).filter((line) => line !== '');

test('each preview of the files turn shows what its file really holds, and fetches nothing until opened', async ({ page }) => {
  test.setTimeout(300_000); // real Python, then pdf.js, a spreadsheet worker and mammoth load on a shared machine
  const announced = recordAnnouncedFiles(page);
  const fileRequests: string[] = [];
  page.on('request', (request) => {
    if (/\/api\/(files|archive)\//.test(request.url())) fileRequests.push(request.url());
  });
  await openChat(page);
  await sendMessage(page, 'files');
  await waitForTurnEnd(page);
  await expect(page.getByRole('button', { name: 'Preview report.pdf' })).toBeVisible();
  expect(fileRequests, 'no document is fetched before its preview opens').toEqual([]);

  // PDF: every page's text, page by page, in the selectable text layer.
  const pages = pdfPageTexts(await containerBytes(page, announced, 'report.pdf'));
  expect(pages).toHaveLength(3);
  const pdf = await openPreview(page, 'report.pdf');
  for (const [index, text] of pages.entries()) {
    const textLayer = pdf.locator('[data-slot="pdf-text-layer"]');
    for (const line of lines(text)) await expect(textLayer, `page ${index + 1}`).toContainText(line, { timeout: 60_000 });
    if (index < pages.length - 1) await pdf.getByRole('button', { name: 'Next page' }).click();
  }
  await screenshot(page, 'preview-pdf');

  // XLSX: each sheet a tab, each cell's value in its grid (dates as dates). The grid's columns are the sheet's
  // letters and its first row is the file's first row. openpyxl stores a formula without a result, so the preview
  // shows the formula itself (openpyxl reads it back the same way); nothing is evaluated.
  const sheets = workbookCells(await containerBytes(page, announced, 'revenue.xlsx'));
  expect(Object.keys(sheets)).toEqual(['Revenue', 'Notes']);
  const xlsx = await openPreview(page, 'revenue.xlsx');
  for (const [sheet, rows] of Object.entries(sheets)) {
    await xlsx.getByRole('tab', { name: sheet }).click();
    const grid = xlsx.getByRole('tabpanel').getByRole('grid');
    await expect(grid.getByRole('columnheader', { name: 'A', exact: true }), sheet).toBeVisible({ timeout: 60_000 });
    for (const [index, row] of rows.entries()) {
      const shown = grid.getByRole('row').filter({ has: page.getByRole('rowheader', { name: String(index + 1), exact: true }) });
      for (const cell of row.filter((value) => value !== '')) await expect(shown.getByRole('gridcell', { name: cell, exact: true }), `${sheet} row ${index + 1}`).toBeVisible();
    }
  }
  await screenshot(page, 'preview-xlsx');

  // DOCX: every paragraph and table cell, inside the sandboxed frame.
  const word = wordText(await containerBytes(page, announced, 'summary.docx'));
  const docx = await openPreview(page, 'summary.docx');
  const frame = docx.locator('iframe');
  await expect(frame).toHaveAttribute('sandbox', /^(allow-scripts)?$/);
  for (const text of [...word.paragraphs, ...word.cells]) await expect(frame.contentFrame().locator('body'), text).toContainText(text, { timeout: 60_000 });

  // Markdown rendered, JSON shown as data.
  const notes = await openPreview(page, 'notes.md');
  await expect(notes.getByRole('heading', { name: 'Notes' })).toBeVisible({ timeout: 60_000 });
  await expect(notes.getByRole('listitem').first()).toHaveText('Revenue grew every quarter.');
  const metrics = await openPreview(page, 'metrics.json');
  const json = JSON.parse((await containerBytes(page, announced, 'metrics.json')).toString('utf8')) as { year: number; growth: number };
  await expect(metrics).toContainText(String(json.year), { timeout: 60_000 });
  await expect(metrics).toContainText(String(json.growth));

  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: /Dark mode/ }).click();
  await pdf.scrollIntoViewIfNeeded();
  await screenshot(page, 'preview-pdf-dark');
  // The Word preview still shows its text after the theme changed.
  await docx.scrollIntoViewIfNeeded();
  await expect(frame.contentFrame().locator('body')).toContainText(word.paragraphs[0] ?? '', { timeout: 30_000 });
  await page.setViewportSize({ width: 390, height: 844 });
  await docx.scrollIntoViewIfNeeded();
  await screenshot(page, 'preview-docx-dark-390');
  await expectNoAxeViolations(page);
});
