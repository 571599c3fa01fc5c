/**
 * Astro integration for the reading features (issue 7), listed after Starlight
 * in astro.config.mjs:
 * - fails the build when a link id (heading, equation, example) is used twice
 *   in the book, naming both files (src/lib/link-ids.ts);
 * - appends `rehypeAnchorLabels` to the unified processor, after Starlight's own
 *   heading-link plugin.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { readEdition } from '../lib/parity-fs';
import { siteTargets } from '../lib/link-ids';
import { rehypeAnchorLabels } from './section-links';

export function reading(): AstroIntegration {
  return {
    name: 'book-reading',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const dir = fileURLToPath(new URL('./content/', config.root));
        let n = 0;
        for (const lang of ['en', 'zh']) {
          n = siteTargets(readEdition(join(dir, lang)), (s) => `content/${lang}/${s}.mdx`).length;
        }
        logger.info(`${n} link ids, unique in the book`);
        const processor = config.markdown?.processor as { options?: { rehypePlugins?: unknown[] } } | undefined;
        if (!processor?.options?.rehypePlugins) throw new Error('book-reading: expected the unified markdown processor');
        processor.options.rehypePlugins.push(rehypeAnchorLabels);
      },
    },
  };
}
