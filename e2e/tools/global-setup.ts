/**
 * Before any test: the server at the tests' address must serve this checkout's build. Outside CI,
 * Playwright reuses a server already listening on the port (E2E_PORT, default 4329), and that may be
 * another checkout's `astro preview`: the tests would then pass or fail on someone else's site. The
 * landing page it serves must be byte for byte dist/index.html; else the run stops with one line.
 */
import { readFileSync } from 'node:fs';
import type { FullConfig } from '@playwright/test';

export default async function globalSetup(config: FullConfig): Promise<void> {
  const baseURL = config.projects[0]?.use.baseURL;
  if (!baseURL) return;
  const ours = readFileSync(new URL('../../dist/index.html', import.meta.url), 'utf8');
  const served = await fetch(`${baseURL}/`).then(
    (r) => r.text(),
    () => '',
  );
  if (served !== ours) {
    const port = new URL(baseURL).port;
    throw new Error(`${baseURL} serves another build than this checkout's dist/ (another \`astro preview\` on port ${port}?): stop it, or run with E2E_PORT=<a free port>.`);
  }
}
