/**
 * Astro integration: after the build, completes each page's CSP (see src/lib/book/csp.ts).
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { completeCsp } from '../lib/book/csp';

function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...htmlFiles(p));
    else if (name.endsWith('.html')) out.push(p);
  }
  return out;
}

export function cspCompletion(): AstroIntegration {
  return {
    name: 'book-csp-completion',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        let n = 0;
        for (const file of htmlFiles(root)) {
          const html = readFileSync(file, 'utf8');
          if (!/http-equiv="content-security-policy"/i.test(html)) continue; // redirects etc.
          writeFileSync(file, completeCsp(html));
          n++;
        }
        logger.info(`completed the Content-Security-Policy of ${n} pages`);
      },
    },
  };
}
