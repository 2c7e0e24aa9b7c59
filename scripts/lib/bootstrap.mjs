// Gets a fresh machine (Node 20 + npm) to a state where the stack runs: pnpm, npm packages, Debian packages.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { capture, fail, log, root, run } from './run.mjs';

/** Debian packages the emulator's Python needs (Debian 12 has no python3-pptx). */
export const pythonPackages = ['python3-matplotlib', 'python3-pandas', 'python3-numpy', 'python3-openpyxl', 'python3-docx', 'python3-reportlab', 'python3-statsmodels', 'python3-scipy', 'python3-pypdf', 'poppler-utils', 'fonts-dejavu-core'];
/** Debian packages the tests need: the browser, and nbformat to open exported notebooks. */
export const browserPackages = ['chromium', 'python3-nbformat'];

function checkNode() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (!((major === 20 && minor >= 19) || major >= 22)) {
    fail(`Node ${process.versions.node} is too old: this project needs Node 20.19+ (or 22.12+).`);
  }
}

/** pnpm comes from corepack, pinned by the packageManager field. */
async function ensurePnpm() {
  // The registry here publishes no signatures corepack could check; without this it refuses to fetch pnpm.
  process.env.COREPACK_INTEGRITY_KEYS = '0';
  process.env.COREPACK_ENABLE_DOWNLOAD_PROMPT = '0';
  const { packageManager } = JSON.parse(await readFile(`${root}/package.json`, 'utf8'));
  const wanted = packageManager.split('@')[1].split('+')[0];
  if (capture('pnpm', ['--version']) !== wanted) {
    log(`enabling pnpm ${wanted} through corepack`);
    if ((await run('corepack', ['enable', 'pnpm'])) !== 0 || capture('pnpm', ['--version']) !== wanted) {
      // No write access to Node's bin folder: call pnpm through corepack instead.
      if (capture('corepack', ['pnpm', '--version']) !== wanted) fail('corepack could not provide pnpm; try `npm i -g pnpm@' + wanted + '`.');
      return ['corepack', 'pnpm'];
    }
  }
  return ['pnpm'];
}

function missingDebianPackages(packages) {
  return packages.filter((name) => capture('dpkg-query', ['-W', '-f=${db:Status-Status}', name]) !== 'installed');
}

async function ensureDebianPackages(packages) {
  if (capture('dpkg-query', ['--version']) === null) {
    log('not a Debian system: make sure /usr/bin/python3 has matplotlib, pandas, numpy, openpyxl, python-docx and reportlab, and Chromium is at /usr/bin/chromium');
    return;
  }
  const missing = missingDebianPackages(packages);
  if (missing.length === 0) return;
  const command = `apt-get update && apt-get install -y --no-install-recommends ${missing.join(' ')}`;
  if (process.getuid?.() !== 0) {
    fail(`missing Debian packages: ${missing.join(', ')}\n  install them with:\n    sudo sh -c '${command}'`);
  }
  log(`installing Debian packages: ${missing.join(', ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if ((await run('sh', ['-c', command], { env })) !== 0) fail(`apt-get failed; run it yourself:\n    ${command}`);
}

/**
 * Everything `npm start` and `npm test` need before they run: returns the argv prefix that invokes pnpm.
 * @param {{ browser: boolean }} options
 */
export async function bootstrap({ browser }) {
  checkNode();
  const pnpm = await ensurePnpm();
  await ensureDebianPackages(browser ? [...pythonPackages, ...browserPackages] : pythonPackages);
  process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = '1';
  const frozen = existsSync(`${root}/pnpm-lock.yaml`) ? ['--frozen-lockfile'] : [];
  log('installing npm packages');
  if ((await run(pnpm[0], [...pnpm.slice(1), 'install', ...frozen])) !== 0) fail('pnpm install failed');
  return pnpm;
}
