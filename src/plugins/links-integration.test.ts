/** The build's ledger check (the function the integration runs at config time) on fixture books on disk. */
import { describe, expect, test, afterAll } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkLedger } from './links-integration';
import { serializeLedger } from '../lib/ledger';

const dirs: string[] = [];
function book(mdx: Record<string, string>, ledger: Record<string, { kind: string; slug: string; since: string }>) {
  const root = mkdtempSync(join(tmpdir(), 'links-fixture-'));
  dirs.push(root);
  for (const lang of ['en', 'zh']) {
    mkdirSync(join(root, 'content', lang), { recursive: true });
    for (const [slug, src] of Object.entries(mdx)) writeFileSync(join(root, 'content', lang, `${slug}.mdx`), src);
  }
  mkdirSync(join(root, 'src/data'), { recursive: true });
  writeFileSync(join(root, 'src/data/published-ids.json'), serializeLedger(ledger));
  return root;
}
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const L = (slug: string, kind = 'heading') => ({ kind, slug, since: '1' });

describe('the build-time ledger check', () => {
  test('a removed id fails, naming the id and the files', () => {
    const root = book({ math: '## Momentum {/*momentum*/}\n' }, { math: L('math', 'page'), momentum: L('math'), 'heavy-ball': L('math') });
    expect(checkLedger(root, [], []).problems).toEqual([
      'published id "heavy-ball" (heading, edition 1, in content/en/math.mdx and content/zh/math.mdx) is gone: put it back, or declare where it went in src/data/moves.ts',
    ]);
  });
  test('a declared move passes; a new id is reported as fresh, not as a problem', () => {
    const root = book({ math: '## Momentum {/*momentum*/}\n\n## New {/*brand-new*/}\n' }, { math: L('math', 'page'), 'heavy-ball': L('math'), momentum: L('math') });
    const r = checkLedger(root, [{ from: 'heavy-ball', to: 'momentum', edition: '2', reason: { en: 'merged', zh: '合并' } }], []);
    expect(r.problems).toEqual([]);
    expect(r.fresh.map((c) => c.id)).toEqual(['brand-new']);
  });
  test('a move to a missing id fails', () => {
    const root = book({ math: '## Momentum {/*momentum*/}\n' }, { math: L('math', 'page'), momentum: L('math'), old: L('math') });
    expect(checkLedger(root, [{ from: 'old', to: 'nowhere', edition: '2', reason: { en: 'x', zh: 'x' } }], []).problems[0]).toMatch(
      /"nowhere" is not an id of the book/,
    );
  });
});
