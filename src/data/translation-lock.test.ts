/**
 * The translation sync guard on the real book (part of `npm test`): every section's English and
 * Chinese source must still hash as recorded in src/data/translation-lock.json.
 * See src/lib/sync.ts and the README ("Keeping the editions in sync").
 */
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { compare, problems } from '../lib/sync';
import { readLock, readSources } from '../lib/sync-fs';

const root = fileURLToPath(new URL('../../', import.meta.url));

it('both editions are in sync with the translation lock', () => {
  const found = problems(compare(readSources(root), readLock(root)));
  if (found.length > 0) {
    throw new Error(`Translation sync guard: ${found.length} problem(s):\n- ${found.join('\n- ')}\n(\`npm run sync:status\` lists every section.)`);
  }
  expect(found).toEqual([]);
});
