import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { emulatorUrl, expectNoAxeViolations, openChat, screenshot, sendMessage, waitForTurnEnd } from './support.js';

interface AnnouncedFile {
  container_id: string;
  file_id: string;
  filename: string;
  storage?: string;
}

interface NotebookJson {
  nbformat: number;
  nbformat_minor: number;
  metadata: { kernelspec?: { name?: string } };
  cells: { cell_type: string; source: string; outputs?: { output_type: string; data?: Record<string, string> }[] }[];
}

const documents = ['report.pdf', 'summary.docx', 'revenue.xlsx'];

async function downloadBytes(page: Page, card: Locator, name: string): Promise<Buffer> {
  const downloading = page.waitForEvent('download');
  await card.getByRole('button', { name: new RegExp(`^(Download|Retry) ${name.replace('.', '\\.')}$`) }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(name);
  return readFile((await download.path()) ?? '');
}

function fileCard(page: Page, name: string): Locator {
  return page.locator('[data-slot="file-card"]').filter({ hasText: name });
}

test('outputs outlive their sandbox: after the container is deleted and the page reloaded, chart and files are still there', async ({ page }) => {
  test.slow(); // real Python in the emulator, two turns
  const announced: AnnouncedFile[] = [];
  page.on('response', async (response) => {
    if (!response.url().endsWith('/api/responses')) return;
    const body = await response.text().catch(() => '');
    for (const match of body.matchAll(/event: proxy\.file\ndata: (.*)\n/g)) announced.push(JSON.parse(match[1] ?? '{}') as AnnouncedFile);
  });

  await openChat(page);
  await page.getByRole('button', { name: /^Sales growth/ }).click();
  await waitForTurnEnd(page);
  // The emulator's files scenario writes a PDF, a DOCX and an XLSX in one turn (the analyst exports one table per format asked).
  await sendMessage(page, 'files');
  await waitForTurnEnd(page);

  // At the end of each turn the proxy archived the files: every output card says "Saved".
  const chartCard = page.locator('[data-slot="execution-card"][data-kind="image"]').first();
  await expect(chartCard).toHaveAttribute('data-availability', 'archived');
  for (const name of documents) await expect(page.locator(`[data-slot="execution-card"][data-path="/mnt/data/${name}"]`)).toHaveAttribute('data-availability', 'archived');
  expect(announced.filter((file) => file.storage === 'archive').map((file) => file.filename)).toEqual(expect.arrayContaining(documents));

  // The run timeline names the sandbox; the original bytes come from the emulator's container.
  const containerIds = [...new Set(await page.locator('[data-slot="provenance-container-id"]').evaluateAll((codes) => codes.map((code) => code.getAttribute('data-container-id') ?? '')))];
  expect(containerIds.length).toBeGreaterThan(0);
  const pdf = announced.find((file) => file.filename === 'report.pdf');
  expect(pdf, 'proxy.file for report.pdf').toBeDefined();
  const original = await page.request.get(`${emulatorUrl}/v1/containers/${pdf?.container_id}/files/${pdf?.file_id}/content`);
  expect(original.status()).toBe(200);
  const originalPdf = await original.body();
  await expect(page.locator('[data-slot="transcript"]')).toHaveAttribute('data-persistence', 'saved');

  // The sandbox dies (as after 20 idle minutes).
  for (const id of containerIds) expect((await page.request.delete(`${emulatorUrl}/v1/containers/${id}`)).status()).toBeLessThan(300);
  expect((await page.request.get(`${emulatorUrl}/v1/containers/${pdf?.container_id}/files/${pdf?.file_id}/content`)).status()).toBe(404);

  await page.reload();
  await expect(page.getByText('Connected to the local emulator through the proxy.')).toBeVisible();
  await expect(page.locator('[data-slot="turn"]')).toHaveCount(2);
  await expect(page.locator('[data-slot="user-message"]').first()).toContainText('calculate monthly revenue growth');

  // The restored cards were checked with the proxy: archived, so still shown and downloadable.
  const restoredChart = page.locator('[data-slot="execution-card"][data-kind="image"]').first();
  await expect(restoredChart).toHaveAttribute('data-availability', 'archived');
  await expect(restoredChart.getByText('Saved', { exact: true })).toBeVisible();
  const chart = restoredChart.locator('[data-slot="image-view"] img').first();
  await expect(chart).toBeVisible();
  await expect.poll(() => chart.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 100)).toBe(true);
  for (const name of documents) {
    await expect(page.locator(`[data-slot="execution-card"][data-path="/mnt/data/${name}"]`)).toHaveAttribute('data-availability', 'archived');
    await expect(fileCard(page, name)).toBeVisible();
  }
  expect(Buffer.compare(await downloadBytes(page, fileCard(page, 'report.pdf'), 'report.pdf'), originalPdf)).toBe(0);

  await screenshot(page, 'archive-restored-light');
  await expectNoAxeViolations(page);

  // The chat as a notebook: prompts, the calls' code, the chart as an image output.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download as notebook' }).click();
  const notebookDownload = await downloading;
  expect(notebookDownload.suggestedFilename()).toBe('conversation.ipynb');
  const notebook = JSON.parse(await readFile((await notebookDownload.path()) ?? '', 'utf8')) as NotebookJson;
  expect([notebook.nbformat, notebook.nbformat_minor, notebook.metadata.kernelspec?.name]).toEqual([4, 5, 'python3']);
  const prompts = notebook.cells.filter((cell) => cell.cell_type === 'markdown' && (cell.source.startsWith("I've uploaded sales_2024.csv") || cell.source === 'files'));
  expect(prompts).toHaveLength(2);
  const code = notebook.cells.filter((cell) => cell.cell_type === 'code');
  expect(code.length).toBeGreaterThanOrEqual(2);
  expect(code.some((cell) => cell.source.includes('matplotlib'))).toBe(true);
  expect(code.some((cell) => documents.every((name) => cell.source.includes(name)))).toBe(true);
  expect(notebook.cells.some((cell) => cell.cell_type === 'markdown' && cell.source.includes('sandbox:'))).toBe(false);

  await page.getByRole('button', { name: 'Dark mode' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expectNoAxeViolations(page);
  await screenshot(page, 'archive-restored-dark');

  // "New chat" forgets it, also across a reload.
  await page.getByRole('button', { name: 'New chat' }).click();
  await expect(page.locator('[data-slot="turn"]')).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Message' })).toBeVisible();
  await expect(page.locator('[data-slot="turn"]')).toHaveCount(0);
});
