import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../../../tooling/chromium.js';

const exampleDirectory = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const emulatorDirectory = path.resolve(exampleDirectory, '../../apps/emulator');
// Ports of its own, so the suite never collides with a running example or the repository's other suites.
export const testPorts = {
  web: process.env.WITH_NEXT_WEB_PORT ?? '22900',
  emulator: process.env.WITH_NEXT_EMULATOR_PORT ?? '22910',
};
/** Any key works with the emulator; the spec checks this one never reaches the browser. */
export const testApiKey = 'sk-with-next-e2e-server-only-key';
const baseURL = `http://127.0.0.1:${testPorts.web}`;

export default defineConfig({
  testDir: '.',
  outputDir: '../.e2e-artifacts/results',
  fullyParallel: true,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 120_000,
  reporter: [['list']],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: [
    {
      // The emulator's built dist, like the Next build reads the kit's: `npm test` runs `tsc -b` first.
      command: 'node dist/main.js',
      cwd: emulatorDirectory,
      env: { EMULATOR_PORT: testPorts.emulator, EMULATOR_PACE_MS: '0' },
      url: `http://127.0.0.1:${testPorts.emulator}/health`,
      timeout: 60_000,
      reuseExistingServer: false,
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5000 },
      stdout: 'pipe',
      stderr: 'pipe',
    },
    {
      // `pnpm build` fails on any warning of `next build` (see scripts/build.mjs), so a broken build fails the suite.
      command: `pnpm build && pnpm start --port ${testPorts.web}`,
      cwd: exampleDirectory,
      env: {
        OPENAI_BASE_URL: `http://127.0.0.1:${testPorts.emulator}/v1`,
        OPENAI_API_KEY: testApiKey,
        OPENAI_MODEL: '',
        FILE_URL_SECRET: '',
        NEXT_TELEMETRY_DISABLED: '1',
        COREPACK_ENABLE_DOWNLOAD_PROMPT: '0',
      },
      url: baseURL,
      // A cold `next build` takes minutes on a loaded two-core machine.
      timeout: 600_000,
      reuseExistingServer: false,
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5000 },
      stdout: 'pipe',
      stderr: 'pipe',
    },
  ],
});
