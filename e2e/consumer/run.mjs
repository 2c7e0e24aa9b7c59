// The packages as an integrator gets them: pnpm pack, npm install of the tarballs into fresh apps outside the
// workspace (React 18.3 and 19), strict tsc without skipLibCheck, vite build, a look in Chromium, renderToString in Node.
// Each tarball's types are also checked by arethetypeswrong (esm-only: the packages publish ESM only, so the node10
// and CommonJS resolutions are out of scope; styles.css is a stylesheet, not a module with types).
import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { chromium } from 'playwright';
import { build } from 'vite';

const root = new URL('../../', import.meta.url).pathname.replace(/\/$/, '');
const template = path.join(root, 'e2e/consumer/app');
const packages = ['core', 'react', 'client', 'ai-sdk', 'assistant-ui'];
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const chromiumArgs = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Exact versions: React 19 and the peers as the workspace's lockfile has them; React 18.3's last release. */
const flavors = [
  { name: 'react-19', dependencies: { react: '19.3.1', 'react-dom': '19.3.1', '@types/react': '19.3.1', '@types/react-dom': '19.3.0' } },
  { name: 'react-18', dependencies: { react: '18.3.1', 'react-dom': '18.3.1', '@types/react': '18.3.32', '@types/react-dom': '18.3.7' } },
];
// A chat app on the AI SDK has Node's types too: `ai` and assistant-ui's declarations use them.
const peers = { ai: '6.0.325', '@assistant-ui/react': '0.15.22', '@types/node': '20.19.43' };

const results = [];
function record(name, ok, detail = '') {
  results.push({ name, ok });
  process.stdout.write(`${ok ? '\x1b[32m✔\x1b[0m' : '\x1b[31m✖\x1b[0m'} ${name}${detail ? `: ${detail}` : ''}\n`);
}

function exec(command, args, cwd) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, npm_config_update_notifier: 'false' } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => resolve({ code: 127, output: error.message }));
    child.on('exit', (code) => resolve({ code: code ?? 1, output }));
  });
}

async function step(name, action) {
  try {
    const detail = await action();
    record(name, true, detail ?? '');
    return true;
  } catch (error) {
    record(name, false, error instanceof Error ? error.message : String(error));
    return false;
  }
}

async function mustExec(command, args, cwd) {
  const { code, output } = await exec(command, args, cwd);
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} exited ${code}\n${output.trim().split('\n').slice(-30).join('\n')}`);
  return output;
}

function serve(directory) {
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png' };
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === '/favicon.ico') return void response.writeHead(204).end();
    const file = path.join(directory, url.pathname === '/' ? 'index.html' : path.normalize(url.pathname));
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function lookInChromium(app) {
  const server = await serve(path.join(app, 'dist'));
  const address = server.address();
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    const page = await browser.newPage();
    const problems = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    await page.goto(`http://127.0.0.1:${address.port}/`);
    const cards = page.locator('[data-slot="execution-card"]');
    await cards.nth(2).waitFor({ timeout: 20_000 });
    // The German label set from its own entry point (`@execards/react/locales/de`) reached the card it wraps.
    await page.getByRole('tab', { name: 'Protokoll' }).waitFor({ timeout: 20_000 });
    await page.getByRole('row', { name: /Berlin/ }).waitFor({ timeout: 20_000 });
    await page.getByRole('row', { name: /row/ }).waitFor({ timeout: 20_000 });
    await page.frameLocator('[data-slot="html-view"] iframe').locator('h1', { hasText: 'Preview' }).waitFor({ timeout: 20_000 });
    await page.locator('[data-slot="file-card"]', { hasText: 'report.pdf' }).waitFor({ timeout: 20_000 });
    const image = page.getByRole('img', { name: 'one pixel' });
    await image.waitFor({ state: 'attached', timeout: 20_000 });
    await page.waitForFunction((element) => element instanceof HTMLImageElement && element.complete && element.naturalWidth > 0, await image.elementHandle(), { timeout: 20_000 });
    const consumer = await page.evaluate(() => window.consumer);
    const expectedRefs = { card: 'execution-card', file: 'file-card', image: 'image-view', table: 'table-view', html: 'html-view' };
    if (JSON.stringify(consumer?.refs) !== JSON.stringify(expectedRefs)) problems.push(`refs reached ${JSON.stringify(consumer?.refs)}, expected ${JSON.stringify(expectedRefs)}`);
    if (!consumer?.client) problems.push('useClient() gave no client inside ClientProvider');
    if (problems.length > 0) throw new Error(problems.join('\n'));
    return `${await cards.count()} cards, German labels, table rows, HTML preview, image, file card, refs, no console errors`;
  } finally {
    await browser.close();
    server.close();
  }
}

const workdir = await mkdtemp(path.join(tmpdir(), 'execards-consumer-'));
const tarballs = path.join(workdir, 'tarballs');
try {
  const packed = await step('pnpm pack (5 packages)', async () => {
    await mkdir(tarballs);
    for (const name of packages) await mustExec('pnpm', ['pack', '--pack-destination', tarballs], path.join(root, 'packages', name));
    return (await readdir(tarballs)).join(', ');
  });
  if (packed) {
    const files = await readdir(tarballs);
    for (const file of files) {
      await step(`arethetypeswrong --profile esm-only ${file}`, () =>
        mustExec(process.execPath, [path.join(root, 'node_modules/@arethetypeswrong/cli/dist/index.js'), path.join(tarballs, file), '--profile', 'esm-only', '--exclude-entrypoints', 'styles.css', '--format', 'table-flipped'], root).then(() => undefined),
      );
    }
    const tarball = (name) => `file:${path.join(tarballs, files.find((file) => file.startsWith(`execards-${name}-`)) ?? '')}`;
    for (const flavor of flavors) {
      const app = path.join(workdir, flavor.name);
      await cp(template, app, { recursive: true });
      const dependencies = { ...Object.fromEntries(packages.map((name) => [`@execards/${name}`, tarball(name)])), ...peers, ...flavor.dependencies };
      await writeFile(path.join(app, 'package.json'), `${JSON.stringify({ name: `consumer-${flavor.name}`, private: true, type: 'module', dependencies }, null, 2)}\n`);
      const installed = await step(`${flavor.name}: npm install of the tarballs`, async () => {
        await mustExec('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--save-exact', '--loglevel=error'], app);
        const version = JSON.parse(await readFile(path.join(app, 'node_modules/react/package.json'), 'utf8')).version;
        if (version !== flavor.dependencies.react) throw new Error(`react ${version} installed, expected ${flavor.dependencies.react}`);
        return `react ${version}`;
      });
      if (!installed) continue;
      await step(`${flavor.name}: tsc --strict, skipLibCheck false`, () => mustExec(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', app], app).then(() => undefined));
      const built = await step(`${flavor.name}: vite build`, async () => {
        await build({ root: app, configFile: false, logLevel: 'error', plugins: [react()], build: { outDir: path.join(app, 'dist'), emptyOutDir: true } });
      });
      if (built) await step(`${flavor.name}: Chromium`, () => lookInChromium(app));
      await step(`${flavor.name}: renderToString of every exported component`, async () => (await mustExec(process.execPath, ['ssr.mjs'], app)).trim().split('\n').at(-1));
    }
  }
} finally {
  if (!process.env.KEEP_CONSUMER_APPS) await rm(workdir, { recursive: true, force: true });
  else process.stdout.write(`apps kept in ${workdir}\n`);
}

const failed = results.filter((result) => !result.ok).length;
if (process.env.CONSUMER_REPORT) await writeFile(process.env.CONSUMER_REPORT, JSON.stringify({ passed: results.length - failed, failed }));
process.stdout.write(`consumer: ${results.length - failed} passed, ${failed} failed\n`);
process.exit(failed === 0 ? 0 : 1);
