import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const emulatorUrl = `http://127.0.0.1:${process.env.E2E_EMULATOR_PORT ?? '14010'}`;
export const demoPort = Number(process.env.E2E_DEMO_PORT ?? '14173');

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `e2e/artifacts/screenshots/${name}.png`, fullPage: true });
}

export async function expectNoAxeViolations(page: Page): Promise<void> {
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`)).toEqual([]);
}

/** Opens the chat and waits until the settings arrived and the composer is usable. */
export async function openChat(page: Page, url = '/'): Promise<void> {
  await page.goto(url);
  await expect(page.getByRole('textbox', { name: 'Message' })).toBeVisible();
  await expect(page.getByText('Connected to the local emulator through the proxy.')).toBeVisible();
}

export async function sendMessage(page: Page, text: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Message' }).fill(text);
  await page.getByRole('button', { name: 'Send' }).click();
}

/** Waits until the latest turn's response settled and the send button is back (Python on a busy machine is slow). */
export async function waitForTurnEnd(page: Page): Promise<void> {
  await expect(page.locator('[data-slot="turn"]').last()).toHaveAttribute('data-status', /^(completed|failed|incomplete|cancelled)$/, { timeout: 90_000 });
  await expect(page.getByRole('button', { name: 'Stop' })).toHaveCount(0);
}
