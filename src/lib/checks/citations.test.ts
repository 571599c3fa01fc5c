/**
 * Reference gates over the real book, and each gate shown to fail on a fixture:
 * an unknown <Cite id>, a reference never cited, a duplicate id, and a
 * bibliography that would list an uncited work.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REFERENCES } from '../../data/references';
import { bibliography, citationReport, citeUses, referenceLines, type SourceText } from './citations';

const ROOT = new URL('../../../', import.meta.url).pathname;

/** The chapters of both editions, plus any data file that cites (e.g. exercises). */
function bookSources(): SourceText[] {
  const files = ['en', 'zh'].flatMap((lang) =>
    readdirSync(join(ROOT, 'content', lang))
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => `content/${lang}/${f}`),
  );
  const data = readdirSync(join(ROOT, 'src/data'))
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => `src/data/${f}`);
  return [...files, ...data].map((file) => ({ file, text: readFileSync(join(ROOT, file), 'utf8') }));
}

describe('reference gates on the book', () => {
  const sources = bookSources();
  const ids = REFERENCES.map((r) => r.id);
  const report = citationReport(sources, ids, referenceLines(readFileSync(join(ROOT, 'src/data/references.ts'), 'utf8')));

  it('every <Cite id> names an entry of references.ts', () => {
    expect(report.unknown).toEqual([]);
  });

  it('every reference is cited somewhere in the book', () => {
    expect(report.uncited).toEqual([]);
  });

  it('reference ids are unique', () => {
    expect(report.duplicates).toEqual([]);
  });

  it('the bibliography lists exactly the cited works', () => {
    const cited = new Set(sources.flatMap(citeUses).map((u) => u.id));
    expect(bibliography(REFERENCES, sources).map((r) => r.id).sort()).toEqual([...cited].sort());
  });

  it('both editions cite the same works', () => {
    const of = (lang: string) => new Set(sources.filter((s) => s.file.startsWith(`content/${lang}/`)).flatMap(citeUses).map((u) => u.id));
    expect([...of('zh')].sort()).toEqual([...of('en')].sort());
  });
});

describe('reference gates fail on bad fixtures', () => {
  const refs = [{ id: 'a-2020' }, { id: 'b-2021' }, { id: 'c-2022' }];
  const fixture: SourceText[] = [
    {
      file: 'content/en/fixture.mdx',
      text: [
        '---', 'title: Fixture', '---',
        'A claim <Cite id="a-2020" />.',
        'Another <Cite id="nope-1999" /> and <Cite id=\'b-2021\' at="p. 3" />.',
        '{/* <Cite id="c-2022" /> in a comment is not a citation */}',
        '`<Cite id="c-2022" />` in code neither.',
      ].join('\n'),
    },
  ];

  it('names file and line of an unknown <Cite id>', () => {
    expect(citationReport(fixture, refs.map((r) => r.id)).unknown).toEqual([
      'content/en/fixture.mdx:5: <Cite id="nope-1999"> names no entry in src/data/references.ts',
    ]);
  });

  it('names a reference that is never cited, with its line in references.ts', () => {
    const lines = referenceLines("export const REFERENCES = [\n  {\n    id: 'a-2020',\n  },\n  {\n    id: 'c-2022',\n  },\n];");
    expect(citationReport(fixture, refs.map((r) => r.id), lines).uncited).toEqual([
      'reference "c-2022" (src/data/references.ts:6) is never cited: cite it with <Cite id="c-2022" /> where it belongs, or remove it',
    ]);
  });

  it('names a duplicate reference id', () => {
    expect(citationReport(fixture, ['a-2020', 'b-2021', 'a-2020']).duplicates).toEqual([
      'reference id "a-2020" is defined twice in src/data/references.ts',
    ]);
  });

  it('ignores a Cite inside a comment of a data file, but not one in its strings', () => {
    const data: SourceText = {
      file: 'src/data/exercises.ts',
      text: "/**\n * Cited with <Cite id=\"c-2022\" />.\n */\n// <Cite id=\"c-2022\" />\nconst x = { text: 'See <Cite id=\"b-2021\" />.' };",
    };
    expect(citeUses(data)).toEqual([{ file: 'src/data/exercises.ts', line: 5, id: 'b-2021' }]);
  });

  it('leaves an uncited work out of the bibliography', () => {
    expect(bibliography(refs, fixture).map((r) => r.id)).toEqual(['a-2020', 'b-2021']);
  });
});
