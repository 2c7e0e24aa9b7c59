import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolvePorts } from '@execards/ports';
import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../tooling/chromium.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// The suite runs its own stack on ports of its own, so it never collides with a running `npm start`.
const testPorts = { EMULATOR_PORT: process.env.E2E_EMULATOR_PORT ?? '14010', PROXY_PORT: process.env.E2E_PROXY_PORT ?? '14000', DEMO_PORT: process.env.E2E_DEMO_PORT ?? '14173' };
const { demoPort } = resolvePorts(testPorts);
const baseURL = `http://127.0.0.1:${demoPort}`;

export default defineConfig({
  testDir: 'tests',
  outputDir: 'artifacts/results',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    command: 'node scripts/start.mjs --skip-bootstrap',
    cwd: root,
    env: { ...testPorts, CI: process.env.CI ?? '' },
    url: `${baseURL}/api/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    gracefulShutdown: { signal: 'SIGTERM', timeout: 5000 },
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
