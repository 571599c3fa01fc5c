/**
 * Astro integration: the build fails when the two editions are not in parity
 * (pages, heading ids, display equations, examples), naming the file and the id.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContentDir } from '../lib/node/parity-fs';

export function parityCheck(): AstroIntegration {
  return {
    name: 'book-parity-check',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const dir = fileURLToPath(new URL('./content/', config.root));
        const problems = checkContentDir(dir);
        if (problems.length > 0) {
          throw new Error(`The editions are not in parity:\n- ${problems.map((p) => p.message).join('\n- ')}`);
        }
        logger.info('en and zh editions are in parity');
      },
    },
  };
}
