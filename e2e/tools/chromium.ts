/**
 * The browser every tool here launches: the system Chromium when present
 * (CHROMIUM_PATH overrides, default /usr/bin/chromium), with the flags it needs
 * on this kind of machine (root: no sandbox; no background traffic to other
 * hosts). Used by playwright.config.ts, `npm run audit` and `npm run bench`.
 */
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Whether that Chromium exists; if not, Playwright's own browser is used. */
export const HAS_SYSTEM_CHROMIUM = existsSync(CHROMIUM);

/**
 * The browser of the end-to-end tests: the same Chromium's headless shell (Debian's
 * `chromium-headless-shell`, /usr/bin/chromium-headless-shell) when present, else CHROMIUM.
 * It is the same Blink without the browser's user interface, the build Playwright itself runs
 * for headless tests; on this 2-core machine it takes about a third less time than the full
 * browser (docs/testing.md, "Test time"). CHROMIUM_PATH, when set, is used for the tests too.
 * Lighthouse, the benches and the PDFs keep the full browser (CHROMIUM): what they measure or
 * print is what a reader's browser does.
 */
export const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';
export const TEST_CHROMIUM = process.env.CHROMIUM_PATH ?? (existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : CHROMIUM);
export const HAS_TEST_CHROMIUM = existsSync(TEST_CHROMIUM);

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
