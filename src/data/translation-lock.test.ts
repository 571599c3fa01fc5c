/**
 * The translation sync guard on the real book (part of `npm test` and `npm run check:content`): every
 * section's English and Chinese source must still hash as recorded in src/data/translation-lock.json.
 * See src/lib/checks/sync.ts and docs/content.md ("Keeping the editions in sync").
 */
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { compare, problems } from '../lib/checks/sync';
import { readLock, readSources } from '../lib/node/sync-fs';
import { MOVES } from './moves';

const root = fileURLToPath(new URL('../../', import.meta.url));

it('both editions are in sync with the translation lock', () => {
  const lock = readLock(root);
  const found = problems(compare(readSources(root), lock), MOVES, lock);
  if (found.length > 0) {
    throw new Error(`Translation sync guard: ${found.length} problem(s):\n- ${found.join('\n- ')}\n(\`npm run sync:status -- --brief\` lists the sections that need attention.)`);
  }
  expect(found).toEqual([]);
});
