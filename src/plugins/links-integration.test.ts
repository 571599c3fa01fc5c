/** The build's ledger check (the function the integration runs at config time) on fixture books on disk. */
import { describe, expect, test, afterAll } from 'vitest';
import { MOVES } from '../data/moves';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkLedger, links } from './links-integration';
import { serializeLedger } from '../lib/book/ledger';

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

describe('the build reads the ledger, never writes it', () => {
  // The integration checks the real moves (src/data/moves.ts): the fixture book holds every move's
  // target and its ledger every move's source, so that a move a contributor declares keeps this test true.
  const PRACTICE = { practice: MOVES.map((m) => `## ${m.to} {/*${m.to}*/}\n`).join('\n') };
  const PRACTICE_IDS = {
    practice: L('practice', 'page'),
    ...Object.fromEntries(MOVES.flatMap((m) => [[m.from, L('practice')], [m.to, L('practice')]])),
  };
  /** Runs the integration's config hook on a fixture book, as `astro build` does. */
  function setup(root: string) {
    const info: string[] = [];
    const hook = links().hooks['astro:config:setup'] as unknown as (o: unknown) => void;
    hook({ config: { root: pathToFileURL(`${root}/`) }, logger: { info: (m: string) => info.push(m) }, updateConfig: () => {} });
    return info;
  }

  test('an id published for the first time passes; the ledger file is unchanged; the log names npm run ids:update', () => {
    const root = book({ ...PRACTICE, math: '## Momentum {/*momentum*/}\n\n## New {/*brand-new*/}\n' }, { ...PRACTICE_IDS, math: L('math', 'page'), momentum: L('math') });
    const before = readFileSync(join(root, 'src/data/published-ids.json'), 'utf8');
    const info = setup(root);
    expect(readFileSync(join(root, 'src/data/published-ids.json'), 'utf8')).toBe(before);
    expect(info[0]).toMatch(/^\d+ id\(s\) published for the first time, not in src\/data\/published-ids.json yet: .*brand-new.*\. Fine: `npm run ids:update` records them at release\.$/);
  });

  test('a lost id fails the build, naming the id, the files and the commands that re-check', () => {
    const root = book({ ...PRACTICE, math: '## Momentum {/*momentum*/}\n' }, { ...PRACTICE_IDS, math: L('math', 'page'), momentum: L('math'), 'heavy-ball': L('math') });
    expect(() => setup(root)).toThrow(/published id "heavy-ball" .* is gone: put it back, or declare where it went in src\/data\/moves.ts\n.*`npx vitest run src\/data\/published-ids.test.ts`.*`npm run check:content`/s);
  });
});
