import { chromium, defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';
import { CHROMIUM, CHROMIUM_ARGS, HAS_SYSTEM_CHROMIUM } from './e2e/tools/chromium.ts';

/**
 * End-to-end tests run against the built site (`astro preview`).
 * The browser is the system Chromium when present (CHROMIUM_PATH overrides,
 * default /usr/bin/chromium), Playwright's own otherwise. No browser is ever
 * downloaded by the tests.
 */
const port = Number(process.env.E2E_PORT ?? 4329);

/**
 * A run that cannot work stops at once with one line saying why and what to do, instead of
 * timing out test by test: no built site, or no browser.
 */
if (!existsSync(new URL('./dist/index.html', import.meta.url))) {
  throw new Error('dist/ is missing: the end-to-end tests run against the built site. Run `npm run build` first.');
}
if (!HAS_SYSTEM_CHROMIUM && !existsSync(chromium.executablePath())) {
  throw new Error(`No Chromium at ${CHROMIUM} nor Playwright's own: install Debian's (apt-get install chromium fonts-noto-cjk) or set CHROMIUM_PATH.`);
}

export default defineConfig({
  testDir: './e2e',
  // Stops the run at once when the server on the port is not serving this checkout's dist/.
  globalSetup: './e2e/tools/global-setup.ts',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: process.env.E2E_WORKERS ? Number(process.env.E2E_WORKERS) : 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // E2E_JSON: also write Playwright's JSON report there (.ci/run prints the slowest specs from it).
  reporter: [['list'], ...(process.env.E2E_JSON ? [['json', { outputFile: process.env.E2E_JSON }] as const] : []), ...(process.env.CI ? [['html', { open: 'never' }] as const] : [])],
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
