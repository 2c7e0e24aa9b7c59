/**
 * Opens every docs page of the built Storybook (`storybook-static`, the documentation site) in Chromium, in the
 * light and the dark theme, and fails on a console error, an uncaught exception or an axe violation (WCAG 2.1 A
 * and AA rules). `--screenshots <dir>` also saves pictures of each page (full and first screen); `--only=<id>,…` checks only those.
 * Writes `{ passed, failed }` (one check per page and theme) to `$DOCS_SITE_REPORT` when set.
 */
import { createReadStream, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser } from 'playwright';
import { z } from 'zod';
import { chromiumArgs, chromiumPath } from '../chromium.js';
import { repositoryRoot } from '../fixtures/index.js';

const site = path.join(repositoryRoot, 'storybook-static');
const themes = ['light', 'dark'] as const;
const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

const indexSchema = z.object({
  entries: z.record(z.string(), z.object({ id: z.string(), type: z.string(), title: z.string() })),
});

function serve(directory: string): Promise<Server> {
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    // The browser asks for it on its own; the site's pages name favicon.svg.
    if (pathname === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    const file = path.join(directory, pathname === '/' ? 'index.html' : pathname);
    if (!file.startsWith(directory) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': contentTypes[path.extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(Number(process.env['DOCS_SITE_PORT'] ?? 0), '127.0.0.1', () => resolve(server)));
}

interface PageResult {
  readonly id: string;
  readonly theme: (typeof themes)[number];
  readonly problems: string[];
}

async function checkPage(browser: Browser, base: string, id: string, theme: (typeof themes)[number], screenshots: string | null): Promise<PageResult> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  page.on('console', (message) => {
    // A sandboxed preview's own errors (a blocked confirm() or beacon) are the sandbox working, not the page failing.
    if (message.type() === 'error' && message.location().url !== 'about:srcdoc') problems.push(`console error: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  try {
    await page.goto(`${base}/iframe.html?viewMode=docs&id=${encodeURIComponent(id)}&globals=theme:${theme}`);
    await page.locator('#storybook-docs h1').first().waitFor({ timeout: 60_000 });
    // Quiet network is a good moment to look, not a requirement: a page whose stories keep loading (a streaming story
    // on a loaded machine) is still checked for errors and axe rather than failed for being busy.
    await page.waitForLoadState('networkidle', { timeout: 30_000 }).catch(() => undefined);
    // Stories inside the page load lazy chunks and images after the first paint.
    await page.waitForTimeout(1_500);
    const result = await new AxeBuilder({ page }).include('#storybook-docs').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    for (const violation of result.violations) {
      problems.push(`axe ${violation.id}: ${violation.help} (${violation.nodes.map((node) => `${node.target.join(' ')} ${node.html.slice(0, 120)}`).slice(0, 3).join(', ')})`);
    }
    if (screenshots !== null) {
      await page.screenshot({ path: path.join(screenshots, `${id}.${theme}.png`), fullPage: true });
      await page.screenshot({ path: path.join(screenshots, `${id}.${theme}.top.png`) });
    }
  } catch (error) {
    problems.push(`did not render: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await context.close();
  }
  return { id, theme, problems };
}

async function main(): Promise<number> {
  if (!existsSync(path.join(site, 'index.json'))) {
    console.error(`No built site at ${site}: run \`pnpm build-storybook\` first.`);
    return 1;
  }
  const screenshotFlag = process.argv.indexOf('--screenshots');
  const screenshots = screenshotFlag === -1 ? null : path.resolve(process.argv[screenshotFlag + 1] ?? 'docs-screenshots');
  if (screenshots !== null) mkdirSync(screenshots, { recursive: true });
  const only = process.argv.find((argument) => argument.startsWith('--only='))?.slice('--only='.length).split(',');

  const index = indexSchema.parse(JSON.parse(readFileSync(path.join(site, 'index.json'), 'utf8')));
  const ids = Object.values(index.entries)
    .filter((entry) => entry.type === 'docs' && (only === undefined || only.includes(entry.id)))
    .map((entry) => entry.id);
  const server = await serve(site);
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const results: PageResult[] = [];
  try {
    for (const theme of themes) {
      for (const id of ids) {
        const result = await checkPage(browser, base, id, theme, screenshots);
        results.push(result);
        console.log(`${result.problems.length === 0 ? '✔' : '✖'} ${id} (${theme})${result.problems.map((problem) => `\n    ${problem}`).join('')}`);
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  const failed = results.filter((result) => result.problems.length > 0).length;
  console.log(`${ids.length} docs pages × ${themes.length} themes: ${results.length - failed} passed, ${failed} failed`);
  const report = process.env['DOCS_SITE_REPORT'];
  if (report) writeFileSync(report, JSON.stringify({ passed: results.length - failed, failed: ids.length === 0 ? 1 : failed }));
  return failed === 0 && ids.length > 0 ? 0 : 1;
}

process.exitCode = await main();
