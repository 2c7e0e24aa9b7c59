import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { casesOf, expectNoCanaryTripped, installCanaries, pythonWritingFiles, required, waitForCorpusTurn } from '../security/helpers.js';
import { openChat, screenshot, sendMessage } from './support.js';

const csvCases = casesOf('csv');
const formulaStart = /^[=+\-@\t\r]/;

/** RFC 4180: every field quoted, quotes doubled, so CR, tab and commas stay inside their cell. */
function csvText(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map((field) => `"${field.replaceAll('"', '""')}"`).join(',')).join('\r\n') + '\r\n';
}

test('hostile CSV cells render as text and the table download defuses formulas', async ({ page, baseURL }) => {
  test.setTimeout(300_000);
  const canaries = await installCanaries(page, baseURL ?? '');
  await openChat(page);
  const csv = csvText([['case', 'payload', '=HEADER()+1'], ...csvCases.map((entry) => [entry.id, required(entry, 'payload'), '@header-column'])]);
  await sendMessage(page, `Security corpus: hostile CSV cells.\n${pythonWritingFiles([{ name: 'hostile_cells.csv', content: csv }])}`);
  await waitForCorpusTurn(page);

  const table = page.locator('[data-path="/mnt/data/hostile_cells.csv"] [data-slot="table-view"]');
  await table.scrollIntoViewIfNeeded();
  await expect(table.locator('[data-slot="table-row"]')).toHaveCount(csvCases.length, { timeout: 30_000 });
  await expect(table.locator('[data-slot="table-column-header"]').filter({ hasText: '=HEADER()+1' })).toHaveCount(1);
  for (const entry of csvCases) {
    const row = table.locator('[data-slot="table-row"]').filter({ hasText: entry.id });
    const cells = await row.locator('[data-slot="table-cell"]').allTextContents();
    // Shown exactly as written (leading tab/CR are whitespace in the layout, so compare without them).
    expect(cells.map((cell) => cell.trim()), entry.id).toContain(required(entry, 'payload').trim());
  }
  // Text, not markup: the grid holds no element a cell could have produced.
  await expect(table.locator('img, script, a[href]')).toHaveCount(0);

  canaries.expectDownload();
  const downloading = page.waitForEvent('download');
  await table.locator('[data-slot="table-download"]').click();
  const saved = await readFile((await (await downloading).path()) ?? '', 'utf8');
  for (const entry of csvCases) {
    const payload = required(entry, 'payload');
    const quoted = payload.replaceAll('"', '""');
    if (formulaStart.test(payload)) expect(saved, `${entry.id} is prefixed with an apostrophe`).toContain(`'${quoted}`);
    else expect(saved, entry.id).toContain(quoted);
  }
  expect(saved).toContain(`'=HEADER()+1`);
  expect(saved).toContain(`'@header-column`);
  // No formula cell survives unprefixed at the start of a field.
  for (const line of saved.split('\r\n')) {
    for (const field of line.split(',')) expect(field.replace(/^"/, ''), `field ${JSON.stringify(field)}`).not.toMatch(/^[=+@]/);
  }
  await expectNoCanaryTripped(canaries, csvCases.map((entry) => entry.id));
  await screenshot(page, 'security-csv');
});
