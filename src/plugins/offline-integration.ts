/** Astro integration: the offline lists and the service worker, after the build (src/plugins/offline-build.ts). */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { writeOfflineFiles } from './offline-build.ts';

export function offline(): AstroIntegration {
  let base = '/';
  return {
    name: 'book-offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { version, sizes } = await writeOfflineFiles(fileURLToPath(dir), base);
        const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
        logger.info(`offline copy ${version}: ${Object.entries(sizes).map(([l, s]) => `${l} ${mb(s.files)} (+ training lab ${mb(s.training)})`).join(', ')}`);
      },
    },
  };
}
