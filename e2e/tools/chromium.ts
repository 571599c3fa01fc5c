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

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
