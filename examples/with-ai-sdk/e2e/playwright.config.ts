import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../../../tooling/chromium.js';

const exampleDirectory = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// Ports of its own, so the suite never collides with a running `pnpm --filter with-ai-sdk start`.
export const testPorts = {
  EXAMPLE_SERVER_PORT: process.env.WITH_AI_SDK_SERVER_PORT ?? '16100',
  EXAMPLE_WEB_PORT: process.env.WITH_AI_SDK_WEB_PORT ?? '16180',
  EXAMPLE_EMULATOR_PORT: process.env.WITH_AI_SDK_EMULATOR_PORT ?? '16110',
};
const baseURL = `http://127.0.0.1:${testPorts.EXAMPLE_WEB_PORT}`;

export default defineConfig({
  testDir: '.',
  outputDir: '../.e2e-artifacts/results',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 180_000,
  reporter: [['list']],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    command: 'pnpm start',
    cwd: exampleDirectory,
    // Without any AZURE_* variable the example runs against the local emulator.
    env: { ...testPorts, EXAMPLE_EMULATOR_PACE_MS: '0', AZURE_RESOURCE_NAME: '', AZURE_API_KEY: '', AZURE_DEPLOYMENT: '', COREPACK_ENABLE_DOWNLOAD_PROMPT: '0' },
    url: `${baseURL}/api/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    gracefulShutdown: { signal: 'SIGTERM', timeout: 5000 },
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
