import { describe, expect, test } from 'vitest';
import {
  addMovedAnchors,
  currentIds,
  ledgerProblems,
  lostIds,
  moveProblems,
  newIds,
  pageRedirects,
  parseLedger,
  serializeLedger,
  withNewIds,
  type Ledger,
  type Move,
} from './ledger';
import { siteTargets } from './link-ids';

// A two-page fixture book, as MDX sources.
const V1 = {
  math: '## Losses {/*losses*/}\n\n{/*eq:mse*/}\n$$a$$\n\n### Momentum {/*momentum*/}\n\n<Example name="gd" />\n',
  faq: '## Questions {/*questions*/}\n',
};
const ids = (src: Record<string, string>) => currentIds(Object.keys(src), siteTargets(src, (s) => `content/en/${s}.mdx`));
const LEDGER: Ledger = withNewIds({}, ids(V1), '1');
const EDITIONS = ['1', '2'];
const why = { en: 'a reason', zh: '理由' };

describe('the ledger rule: a published id never dies', () => {
  test('the fixture ledger holds pages, headings, equations and examples, edition 1', () => {
    expect(Object.keys(LEDGER)).toEqual(['math', 'faq', 'losses', 'momentum', 'eq-mse', 'example-gd', 'questions']);
    expect(LEDGER.momentum).toEqual({ kind: 'heading', slug: 'math', since: '1' });
    expect(ledgerProblems(LEDGER, ids(V1), [], EDITIONS)).toEqual([]);
  });

  test('a removed id fails, naming the id and the files', () => {
    const v2 = { ...V1, math: V1.math.replace('### Momentum {/*momentum*/}', '### Heavy ball {/*heavy-ball*/}') };
    expect(ledgerProblems(LEDGER, ids(v2), [], EDITIONS)).toEqual([
      'published id "momentum" (heading, edition 1, in content/en/math.mdx and content/zh/math.mdx) is gone: put it back, or declare where it went in src/data/moves.ts',
    ]);
  });

  test('a removed page fails too', () => {
    const { faq: _gone, ...v2 } = V1;
    const problems = lostIds(LEDGER, ids(v2), []);
    expect(problems.some((p) => p.startsWith('published id "faq" (page, edition 1'))).toBe(true);
    expect(problems.some((p) => p.startsWith('published id "questions" (heading, edition 1, in content/en/faq.mdx'))).toBe(true);
  });

  test('a declared move passes, and the old id lands on the new target', () => {
    const v2 = { ...V1, math: V1.math.replace('{/*momentum*/}', '{/*heavy-ball*/}') };
    const moves: Move[] = [{ from: 'momentum', to: 'heavy-ball', edition: '2', reason: why }];
    expect(ledgerProblems(LEDGER, ids(v2), moves, EDITIONS)).toEqual([]);
    const html = '<div class="sl-heading-wrapper"><h3 id="heavy-ball">4.1.1 Heavy ball</h3></div>';
    expect(addMovedAnchors(html, moves)).toBe(
      '<div class="sl-heading-wrapper"><h3 id="heavy-ball"><span id="momentum" class="moved-id" data-moved-to="heavy-ball"></span>4.1.1 Heavy ball</h3></div>',
    );
    // idempotent, and a page without the target is left alone
    expect(addMovedAnchors(addMovedAnchors(html, moves), moves)).toBe(addMovedAnchors(html, moves));
    expect(addMovedAnchors('<p data-id="heavy-ball">x</p>', moves)).toBe('<p data-id="heavy-ball">x</p>');
  });

  test('new ids are let through and appended with the current edition', () => {
    const v2 = { ...V1, faq: `${V1.faq}\n## More {/*more*/}\n` };
    expect(ledgerProblems(LEDGER, ids(v2), [], EDITIONS)).toEqual([]);
    expect(newIds(LEDGER, ids(v2)).map((c) => c.id)).toEqual(['more']);
    const next = withNewIds(LEDGER, ids(v2), '2');
    expect(next.more).toEqual({ kind: 'heading', slug: 'faq', since: '2' });
    expect(next.momentum!.since).toBe('1');
  });

  test('the ledger file round-trips, one id per line', () => {
    const text = serializeLedger(LEDGER);
    expect(parseLedger(text)).toEqual(LEDGER);
    expect(text).toContain('\n    "momentum": {"kind":"heading","slug":"math","since":"1"},\n');
    expect(() => parseLedger('{}')).toThrow(/expected/);
  });
});

describe('moves: bad input is a build error with a clear message', () => {
  const now = ids(V1);
  const ledger: Ledger = { ...LEDGER, old: { kind: 'heading', slug: 'math', since: '1' }, older: { kind: 'heading', slug: 'math', since: '1' } };

  test('a move to an id that does not exist', () => {
    expect(moveProblems([{ from: 'old', to: 'nowhere', edition: '2', reason: why }], now, ledger, EDITIONS)).toEqual([
      'src/data/moves.ts: "old" → "nowhere": "nowhere" is not an id of the book (no page, heading, equation, example or exercise has it)',
    ]);
  });

  test('a chain of moves', () => {
    const moves: Move[] = [
      { from: 'older', to: 'old', edition: '2', reason: why },
      { from: 'old', to: 'momentum', edition: '2', reason: why },
    ];
    expect(moveProblems(moves, now, ledger, EDITIONS)).toEqual([
      'src/data/moves.ts: "older" → "old": "old" is itself moved (a chain older → old → momentum); point "older" straight at "momentum"',
    ]);
  });

  test('a cycle of moves', () => {
    const moves: Move[] = [
      { from: 'older', to: 'old', edition: '2', reason: why },
      { from: 'old', to: 'older', edition: '2', reason: why },
    ];
    const p = moveProblems(moves, now, ledger, EDITIONS);
    expect(p).toContain('src/data/moves.ts: "older" → "old": the moves form a cycle (older → old → older)');
    expect(p).toContain('src/data/moves.ts: "old" → "older": the moves form a cycle (old → older → old)');
    expect(moveProblems([{ from: 'old', to: 'old', edition: '2', reason: why }], now, ledger, EDITIONS)).toContain(
      'src/data/moves.ts: "old" → "old": an id cannot move to itself (a cycle)',
    );
  });

  test('an id that collides with a moved id\'s old name', () => {
    // "momentum" moved away in the moves file, but a heading uses "momentum" again
    const moves: Move[] = [{ from: 'momentum', to: 'losses', edition: '2', reason: why }];
    expect(moveProblems(moves, now, ledger, EDITIONS)).toEqual([
      'src/data/moves.ts: "momentum" → "losses": "momentum" is an id of the book again (heading in content/en/math.mdx and content/zh/math.mdx); a moved id\'s old name cannot be reused — rename the new one',
    ]);
  });

  test('an old id that is already a short link, an id moved twice, an unknown edition, a missing reason, an id never published', () => {
    const p = moveProblems(
      [
        { from: 'old', to: 'momentum', edition: '3', reason: { en: 'x', zh: '' } },
        { from: 'old', to: 'losses', edition: '2', reason: why },
        { from: 'ghost', to: 'losses', edition: '2', reason: why },
        { from: 'gd', to: 'losses', edition: '2', reason: why },
      ],
      now,
      { ...ledger, gd: { kind: 'heading', slug: 'math', since: '1' } },
      EDITIONS,
      ['gd'],
    );
    expect(p).toEqual([
      'src/data/moves.ts: "old" is moved twice',
      'src/data/moves.ts: "old" → "momentum": unknown edition "3"',
      'src/data/moves.ts: "old" → "momentum": give the reason in both languages',
      'src/data/moves.ts: "ghost" → "losses": "ghost" was never published (it is not in src/data/published-ids.json)',
      'src/data/moves.ts: "gd" → "losses": "gd" is already a short link (/go/gd/) to something else',
    ]);
  });

  test('a page moves only to a page, and its old URLs redirect in both editions', () => {
    const l2: Ledger = { ...ledger, maths: { kind: 'page', slug: 'maths', since: '1' } };
    expect(moveProblems([{ from: 'maths', to: 'losses', edition: '2', reason: why }], now, l2, EDITIONS)).toEqual([
      'src/data/moves.ts: "maths" → "losses": a page can only move to a page, not to a heading',
    ]);
    const moves: Move[] = [{ from: 'maths', to: 'math', edition: '2', reason: why }];
    expect(moveProblems(moves, now, l2, EDITIONS)).toEqual([]);
    expect(pageRedirects(moves, l2, ['en', 'zh'])).toEqual({ '/en/maths/': '/en/math/', '/zh/maths/': '/zh/math/' });
  });
});
