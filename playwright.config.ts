import { chromium, defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';
import { CHROMIUM_ARGS, HAS_TEST_CHROMIUM, TEST_CHROMIUM } from './e2e/tools/chromium.ts';

/**
 * End-to-end tests run against the built site (`astro preview`).
 * The browser is the system Chromium's headless shell when present, else the
 * system Chromium (CHROMIUM_PATH overrides both; e2e/tools/chromium.ts), else
 * Playwright's own. No browser is ever downloaded by the tests.
 */
const port = Number(process.env.E2E_PORT ?? 4329);

/**
 * A run that cannot work stops at once with one line saying why and what to do, instead of
 * timing out test by test: no built site, or no browser.
 */
if (!existsSync(new URL('./dist/index.html', import.meta.url))) {
  throw new Error('dist/ is missing: the end-to-end tests run against the built site. Run `npm run build` first.');
}
if (!HAS_TEST_CHROMIUM && !existsSync(chromium.executablePath())) {
  throw new Error(`No Chromium at ${TEST_CHROMIUM} nor Playwright's own: install Debian's (apt-get install chromium chromium-headless-shell fonts-noto-cjk) or set CHROMIUM_PATH.`);
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
    // A page that never reaches its load event fails within a minute instead of holding its test
    // until the test's own timeout (Playwright's default is no navigation timeout).
    navigationTimeout: 60_000,
    // Traces only where they are read: a CI run records one when it retries a failed test;
    // locally, E2E_TRACE=retain-on-failure (or `--trace on`) asks for them. Recording a trace for
    // every test (DOM snapshots of 600 KB chapters at each action) doubled the time of the suite
    // (docs/testing.md, "Test time").
    trace: (process.env.E2E_TRACE as 'off' | 'on' | 'retain-on-failure' | 'on-first-retry' | undefined) ?? (process.env.CI ? 'on-first-retry' : 'off'),
    ...devices['Desktop Chrome'],
    launchOptions: {
      ...(HAS_TEST_CHROMIUM ? { executablePath: TEST_CHROMIUM } : {}),
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
