// The same suite against a stack that is already running (e.g. `npm run dev`), without building or starting one:
// E2E_BASE_URL=http://127.0.0.1:5173 E2E_EMULATOR_PORT=4010 pnpm exec playwright test -c e2e/playwright.running.config.ts
import { defineConfig } from '@playwright/test';
import base from './playwright.config.js';

export default defineConfig({
  ...base,
  webServer: undefined,
  use: { ...base.use, baseURL: process.env.E2E_BASE_URL ?? 'http://127.0.0.1:5173' },
});
