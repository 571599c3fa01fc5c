/** Astro integration: the training lab's digits file in public/digits/ before dev or build (src/plugins/digits-build.ts). */
import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { writeDigitsFile } from './digits-build.ts';
import type { DigitsManifest } from '../lib/training/digits-load.ts';

const manifestUrl = new URL('../data/digits.json', import.meta.url);

export function digits(): AstroIntegration {
  return {
    name: 'book-digits',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        let committed: DigitsManifest | null = null;
        try {
          committed = JSON.parse(readFileSync(manifestUrl, 'utf8')) as DigitsManifest;
        } catch {
          committed = null;
        }
        const { manifest, written, stale } = writeDigitsFile(fileURLToPath(config.publicDir), committed);
        if (stale) {
          // The page imports the manifest: a new one must be committed with the change that caused it.
          writeFileSync(manifestUrl, JSON.stringify(manifest, null, 2) + '\n');
          logger.warn(`src/data/digits.json updated (${manifest.file}); commit it`);
        }
        if (written) logger.info(`digits: ${manifest.file}, ${manifest.bytes} bytes (${manifest.rawBytes} inflated)`);
      },
    },
  };
}
