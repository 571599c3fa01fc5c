import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS, HAS_SYSTEM_CHROMIUM } from './e2e/tools/chromium.ts';

/**
 * End-to-end tests run against the built site (`astro preview`).
 * The browser is the system Chromium when present (CHROMIUM_PATH overrides,
 * default /usr/bin/chromium), Playwright's own otherwise. No browser is ever
 * downloaded by the tests.
 */
const port = Number(process.env.E2E_PORT ?? 4329);

export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: process.env.E2E_WORKERS ? Number(process.env.E2E_WORKERS) : 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    ...devices['Desktop Chrome'],
    launchOptions: {
      ...(HAS_SYSTEM_CHROMIUM ? { executablePath: CHROMIUM } : {}),
      args: CHROMIUM_ARGS,
    },
  },
  webServer: {
    command: `npx astro preview --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
