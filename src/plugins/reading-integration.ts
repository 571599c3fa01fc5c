/**
 * Astro integration for the reading features (issue 7), listed after Starlight
 * in astro.config.mjs:
 * - fails the build when a link id (heading, equation, example) is used twice
 *   in the book, naming both files (src/lib/book/link-ids.ts);
 * - appends `rehypeHeadingControls` to the unified processor, after Starlight's own
 *   heading-link plugin (heading link names, the per-section language links);
 * - after the build, takes short links and embeds out of the sitemap
 *   (src/lib/book/sitemap.ts), in an integration added last so that it runs after
 *   the sitemap is written.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { readEdition } from '../lib/node/parity-fs';
import { siteTargets } from '../lib/book/link-ids';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { pruneSitemap } from '../lib/book/sitemap';
import { rehypeHeadingControls } from './section-links';
import { rehypeCiteControls } from './cite-controls';

function sitemapPrune(): AstroIntegration {
  let root = '';
  return {
    name: 'book-reading-sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (config.site) root = new URL(config.base, config.site).href;
      },
      'astro:build:done': ({ dir, logger }) => {
        if (!root) return;
        const out = fileURLToPath(dir);
        const files = existsSync(out) ? readdirSync(out).filter((f) => /^sitemap-\d+\.xml$/.test(f)) : [];
        if (files.length === 0) logger.warn('no sitemap found to tidy');
        for (const f of files) {
          const p = join(out, f);
          writeFileSync(p, pruneSitemap(readFileSync(p, 'utf8'), { root }));
        }
      },
    },
  };
}

export function reading(): AstroIntegration {
  return {
    name: 'book-reading',
    hooks: {
      'astro:config:setup': ({ config, logger, updateConfig }) => {
        updateConfig({ integrations: [sitemapPrune()] });
        const dir = fileURLToPath(new URL('./content/', config.root));
        let n = 0;
        for (const lang of ['en', 'zh']) {
          n = siteTargets(readEdition(join(dir, lang)), (s) => `content/${lang}/${s}.mdx`).length;
        }
        logger.info(`${n} link ids, unique in the book`);
        const processor = config.markdown?.processor as { options?: { rehypePlugins?: unknown[] } } | undefined;
        if (!processor?.options?.rehypePlugins) throw new Error('book-reading: expected the unified markdown processor');
        processor.options.rehypePlugins.push([rehypeHeadingControls, { base: config.base }]);
        // Issue 13: the "Cite" button, last child of each h2/h3 heading wrapper (src/plugins/cite-controls.ts).
        processor.options.rehypePlugins.push(rehypeCiteControls);
      },
    },
  };
}
