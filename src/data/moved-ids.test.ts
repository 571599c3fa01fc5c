/**
 * A rename leaves nothing behind: no chapter, data file or lock entry still
 * uses an id that src/data/moves.ts declares moved (src/lib/book/moved-refs.ts).
 * Part of `npm test` and `npm run check:content`; shown failing on an
 * in-memory fixture below.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { leftoverReferences, leftoverReport, LOCK_FILE, type MoveRef, type SourceFile } from '../lib/book/moved-refs';
import { checkLedger } from '../plugins/links-integration';
import { MOVES } from './moves';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The chapters of both editions, the data files (not moves.ts, which must name the old ids) and the lock. */
function bookFiles(): SourceFile[] {
  const chapters = ['en', 'zh'].flatMap((lang) =>
    readdirSync(join(ROOT, 'content', lang))
      .filter((f) => f.endsWith('.mdx') && !f.startsWith('_'))
      .sort()
      .map((f) => `content/${lang}/${f}`),
  );
  const data = readdirSync(join(ROOT, 'src/data'))
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'moves.ts')
    .sort()
    .map((f) => `src/data/${f}`);
  return [...chapters, ...data, LOCK_FILE].map((file) => ({ file, text: readFileSync(join(ROOT, file), 'utf8') }));
}

describe('references to moved-away ids', () => {
  it('none is left in the chapters, src/data or the translation lock', () => {
    const { ledger, current } = checkLedger(ROOT);
    const slugOf = new Map(current.map((c) => [c.id, c.slug]));
    const moves: MoveRef[] = MOVES.map((m) => ({
      from: m.from,
      to: m.to,
      page: ledger[m.from]?.kind === 'page',
      fromSlug: ledger[m.from]?.slug,
      toSlug: slugOf.get(m.to),
    }));
    const found = leftoverReferences(bookFiles(), moves);
    if (found.length > 0) throw new Error(leftoverReport(found));
  });
});

describe('the check, on an in-memory fixture (society#evaluation → benchmarks-and-limits)', () => {
  const move: MoveRef = { from: 'evaluation', to: 'benchmarks-and-limits', fromSlug: 'society', toSlug: 'society' };
  const files: SourceFile[] = [
    {
      file: 'content/en/society.mdx',
      text: [
        '## Benchmarks and their limits {/*benchmarks-and-limits*/}',
        '',
        'As [the evaluation section](#evaluation) shows, and [its short link](/go/evaluation/) too.',
        'Evaluation is hard; #evaluations and #evaluation-x are other ids; {/*evaluation*/} is a comment.',
      ].join('\n'),
    },
    { file: 'content/zh/applications.mdx', text: '见[第 8 章](/zh/society/#evaluation)。' },
    { file: 'src/data/exercises.ts', text: "    sections: ['society#data-and-documentation', 'society#evaluation'],\n    sections: ['society#release-strategies']," },
    { file: 'src/data/errata.ts', text: "    chapter: 'society',\n    section: 'evaluation',\n" },
    { file: LOCK_FILE, text: '{\n  "version": 1,\n  "sections": {\n    "evaluation": {"slug":"society","en":"0123456789abcdef","zh":"0123456789abcdef"}\n  }\n}\n' },
  ];

  it('names every leftover with file, line and the fix', () => {
    const found = leftoverReferences(files, [move]);
    expect(found.map((f) => f.message)).toEqual([
      'content/en/society.mdx:3: short link "/go/evaluation" still uses "evaluation", which moved to "benchmarks-and-limits" (src/data/moves.ts): write "/go/benchmarks-and-limits" instead',
      'content/en/society.mdx:3: link "#evaluation" still uses "evaluation", which moved to "benchmarks-and-limits" (src/data/moves.ts): write "#benchmarks-and-limits" instead',
      'content/zh/applications.mdx:1: link "/zh/society/#evaluation" still uses "evaluation", which moved to "benchmarks-and-limits" (src/data/moves.ts): write "/zh/society/#benchmarks-and-limits" instead',
      'src/data/exercises.ts:1: link "society#evaluation" still uses "evaluation", which moved to "benchmarks-and-limits" (src/data/moves.ts): write "society#benchmarks-and-limits" instead',
      'src/data/errata.ts:2: field "section: \'evaluation\'" still uses "evaluation", which moved to "benchmarks-and-limits" (src/data/moves.ts): write "section: \'benchmarks-and-limits\'" instead',
      'src/data/translation-lock.json:4: lock entry "evaluation" still uses "evaluation", which moved to "benchmarks-and-limits" (src/data/moves.ts): carry its record over to "benchmarks-and-limits" with `npm run sync -- --moves`',
    ]);
    const report = leftoverReport(found);
    expect(report).toMatch(/^6 reference\(s\) to moved-away ids remain/);
    expect(report).toContain('re-check with `npx vitest run src/data/moved-ids.test.ts`');
  });

  it('says when the new id is on another page', () => {
    const [f] = leftoverReferences([{ file: 'content/en/math.mdx', text: 'See [this](/en/society/#evaluation).' }], [{ ...move, toSlug: 'outlook' }]);
    expect(f!.message).toContain('(and point the link at the page "outlook", where "benchmarks-and-limits" is now)');
  });

  it('for a moved page: its paths, its sections references, its chapter fields and its intro in the lock', () => {
    const page: MoveRef = { from: 'practice', to: 'hands-on', page: true };
    const found = leftoverReferences(
      [
        { file: 'content/en/resources.mdx', text: 'See [chapter 5](/en/practice/#environment) and [it](../practice/); /en/practices/ is another page.' },
        { file: 'src/data/exercises.ts', text: "sections: ['practice#environment'],\nchapter: 'practice'," },
        { file: LOCK_FILE, text: '    "practice#intro": {"slug":"practice","en":"0123456789abcdef","zh":"0123456789abcdef"},' },
      ],
      [page],
    );
    expect(found.map((f) => `${f.file}:${f.line} ${f.found} → ${f.fix}`)).toEqual([
      'content/en/resources.mdx:1 /en/practice → /en/hands-on',
      'content/en/resources.mdx:1 ../practice → ../hands-on',
      "src/data/exercises.ts:1 practice# → hands-on#",
      "src/data/exercises.ts:2 chapter: 'practice' → chapter: 'hands-on'",
      'src/data/translation-lock.json:1 practice#intro → hands-on#intro',
    ]);
  });

  it('passes once the references are fixed', () => {
    const fixed = files.map((f) => ({ ...f, text: f.text.replaceAll('#evaluation)', '#benchmarks-and-limits)').replaceAll('/go/evaluation/', '/go/benchmarks-and-limits/').replaceAll("'society#evaluation'", "'society#benchmarks-and-limits'").replaceAll("section: 'evaluation'", "section: 'benchmarks-and-limits'").replaceAll('"evaluation":', '"benchmarks-and-limits":') }));
    expect(leftoverReferences(fixed, [move])).toEqual([]);
  });
});
