/**
 * The spelling gate (`npm run spell`, cspell with the en-US dictionary, the
 * project word list project-words.txt and the settings in cspell.json) is shown
 * to fail: a fixture with British spellings must be reported, naming file, line
 * and word. (`npm run spell`, in the `npm test` chain, checks the book itself.)
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../../', import.meta.url).pathname;
const CSPELL = new URL('../../../node_modules/cspell/bin.mjs', import.meta.url).pathname;

function cspell(args: string[]) {
  const r = spawnSync(process.execPath, [CSPELL, '--no-progress', '--no-color', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: r.status, out: `${r.stdout}\n${r.stderr}` };
}

describe('spelling gate (cspell, en-US)', () => {
  it('fails on a planted British spelling, naming file, line and word', () => {
    const r = cspell(['src/lib/checks/fixtures/spelling/british.mdx']);
    expect(r.status).not.toBe(0);
    expect(r.out).toContain('src/lib/checks/fixtures/spelling/british.mdx:5:5 - Unknown word (optimiser)');
    expect(r.out).toContain('Unknown word (behaviour)');
    expect(r.out).toContain('Forbidden word (labelled)');
    expect(r.out).toContain('Unknown word (colour)');
    // Heading ids, inline code and TeX are not prose: line 7 and 9 are not reported.
    expect(r.out).not.toMatch(/british\.mdx:(7|9):/);
  }, 120_000);
});
