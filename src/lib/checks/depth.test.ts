/**
 * The depth rule (issue 14): every h3 section, and every h2 section without
 * h3s, has at least DEPTH_RULES.minWords English words (Chinese converted at
 * DEPTH_RULES.hanPerWord Han characters per word). Rules and exemptions:
 * src/data/depth.ts; counting: src/lib/checks/depth.ts.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readEdition } from '../node/parity-fs';
import { readFileSync } from 'node:fs';
import { checkDepth, measureHanPerWord, measureText, sectionSizes, staleExemptions, uncitedSections, type DepthRules } from './depth';
import { DEPTH_RULES } from '../../data/depth';
import { parseLedger } from '../book/ledger';

const ROOT = join(__dirname, '..', '..', '..');
const en = readEdition(join(ROOT, 'content', 'en'));
const zh = readEdition(join(ROOT, 'content', 'zh'));

const words = (n: number, w = 'word') => Array.from({ length: n }, () => w).join(' ');

describe('counting prose', () => {
  it('counts Han characters one by one and other words by whitespace', () => {
    expect(measureText('Adam 优化器的默认学习率是 0.001。')).toEqual({ han: 10, words: 2 });
    expect(measureText('the learning-rate, (α) and “GPT-3”.')).toEqual({ han: 0, words: 5 });
  });

  it('counts prose only: not headings, comments, imports, attributes, display math or code', () => {
    const src = [
      '---',
      'title: A title with five words',
      'description: not prose either',
      '---',
      "import Cite from '~/components/Cite.astro';",
      '',
      'Chapter intro, not a section.',
      '',
      '## An h2 heading with many words {/*only*/}',
      '',
      '{/* a comment with words */}',
      'One <Term id="foundation-model">foundation model</Term> uses `model.fit` with $\\alpha$ <Cite id="x" /> and <Value example="mse" result="mse" />.',
      '',
      '$$',
      'J(\\theta) = \\frac{1}{n} \\sum_i x_i',
      '$$',
      '',
      '```python',
      'print("not prose")',
      '```',
      '',
      '- a list item',
      '',
      '| table | cell |',
      '| --- | --- |',
      '| two | more |',
    ].join('\n');
    const [s] = sectionSizes(src);
    // One foundation model uses model.fit with α and <Value> = 9; a list item = 3; the table = 4
    expect(s).toMatchObject({ id: 'only', depth: 2, line: 9, words: 16, han: 0 });
  });

  it('checks every h3 (with its h4s) and every h2 without h3s, not the intro of an h2 with h3s', () => {
    const src = [
      '## Parent {/*parent*/}',
      words(5),
      '### Child {/*child*/}',
      words(7),
      '#### Grandchild {/*grandchild*/}',
      words(3),
      '## Leaf {/*leaf*/}',
      words(4),
    ].join('\n\n');
    expect(sectionSizes(src).map((s) => [s.id, s.depth, s.words])).toEqual([
      ['child', 3, 10],
      ['leaf', 2, 4],
    ]);
  });
});

describe('the gate', () => {
  const rules: DepthRules = { minWords: 120, hanPerWord: 1.7, citeFromEdition: 3, exemptPages: [{ page: 'references', reason: 'r' }], exemptSections: [{ id: 'skip-*', reason: 'r' }] };

  it('fails on a thin section, naming file, line, id, count and what is missing (bad fixture)', () => {
    const pages = {
      fixture: ['## Deep {/*deep*/}', words(120), '## Thin {/*thin*/}', words(68), '## Skipped {/*skip-me*/}', 'short'].join('\n\n'),
      references: '## Links {/*links*/}\n\nshort',
    };
    const problems = checkDepth(pages, 'en', 'content/en', rules);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content/en/fixture.mdx', line: 5, id: 'thin', count: 68, missing: 52 });
    expect(problems[0]!.message).toBe('content/en/fixture.mdx:5 fixture#thin (h2): 68 words; 52 short of 120');
  });

  it('converts Chinese at the book ratio and says so', () => {
    const zhPage = ['## 薄 {/*thin*/}', '字'.repeat(170) + ' GPT-3'].join('\n\n'); // 170/1.7 + 1 = 101
    const [p] = checkDepth({ fixture: zhPage }, 'zh', 'content/zh', rules);
    expect(p).toMatchObject({ count: 101, missing: 19 });
    expect(p!.message).toContain('170 Han characters + 1 other words ≈ 101 English words (at 1.7 Han characters per word); 19 short of 120');
    expect(checkDepth({ fixture: ['## 厚 {/*ok*/}', '字'.repeat(204)].join('\n\n') }, 'zh', 'content/zh', rules)).toEqual([]);
  });

  it('reports an exact exemption that is no longer needed', () => {
    const r: DepthRules = { ...rules, exemptSections: [{ id: 'done', reason: 'r' }, { id: 'still-thin', reason: 'r' }, { id: 'gone', reason: 'r' }] };
    const page = ['## Done {/*done*/}', words(130), '## Still thin {/*still-thin*/}', words(3)].join('\n\n');
    expect(staleExemptions([{ p: page }], r)).toEqual(['done']);
  });
});

describe('new sections cite their sources', () => {
  const page = [
    '## Old {/*old*/}',
    words(5),
    '## New, cited {/*new-cited*/}',
    `${words(5)} <Cite id="x" />.`,
    '## New, uncited {/*new-uncited*/}',
    words(5),
    '## Parent {/*parent*/}',
    '<Cite id="x" />',
    '### Child {/*child*/}',
    words(3),
  ].join('\n\n');

  it('counts the <Cite> elements of each checked section', () => {
    expect(sectionSizes(page).map((s) => [s.id, s.cites])).toEqual([
      ['old', 0],
      ['new-cited', 1],
      ['new-uncited', 0],
      ['child', 0],
    ]);
  });

  it('fails on a new section without a citation, naming file, line and id (bad fixture)', () => {
    const isNew = (id: string) => id !== 'old';
    expect(uncitedSections({ fixture: page }, 'content/en', isNew)).toEqual([
      'content/en/fixture.mdx:9 fixture#new-uncited (h2): a section new in this edition cites no source: add <Cite id="…" /> (src/data/references.ts)',
      'content/en/fixture.mdx:17 fixture#child (h3): a section new in this edition cites no source: add <Cite id="…" /> (src/data/references.ts)',
    ]);
  });

  it(`in the book: every section first published in edition ${DEPTH_RULES.citeFromEdition} or later (or not yet published) cites a source in both editions`, () => {
    const ledger = parseLedger(readFileSync(join(ROOT, 'src', 'data', 'published-ids.json'), 'utf8'));
    const mustCite = (id: string) => {
      if (id.startsWith('exercises-')) return false;
      const since = ledger[id]?.since;
      return since === undefined || Number(since) >= DEPTH_RULES.citeFromEdition;
    };
    expect([...uncitedSections(en, 'content/en', mustCite), ...uncitedSections(zh, 'content/zh', mustCite)]).toEqual([]);
  });
});

describe('the book', () => {
  it(`has no thin section: each checked section ≥ ${DEPTH_RULES.minWords} English words (zh at ${DEPTH_RULES.hanPerWord} Han characters per word)`, () => {
    const problems = [...checkDepth(en, 'en', 'content/en', DEPTH_RULES), ...checkDepth(zh, 'zh', 'content/zh', DEPTH_RULES)];
    expect(
      problems.map((p) => p.message),
      'Each section listed is too thin to assign to students: add prose to it in both editions (or, if it is short on purpose, ' +
        'exempt it with its reason in exemptSections, src/data/depth.ts); then re-check with `npx vitest run src/lib/checks/depth.test.ts` ' +
        '(or `npm run check:content`)',
    ).toEqual([]);
  });

  it('needs every exemption it lists (remove an exemption once its section passes)', () => {
    expect(
      staleExemptions([en, zh], DEPTH_RULES),
      'these sections pass now: delete their lines from exemptSections in src/data/depth.ts, then re-check with `npx vitest run src/lib/checks/depth.test.ts`',
    ).toEqual([]);
  });

  it('uses a Han-per-word ratio within 15 % of the one measured on the book', () => {
    const m = measureHanPerWord(en, zh);
    expect(m.pairs).toBeGreaterThan(20);
    expect(Math.abs(m.median / DEPTH_RULES.hanPerWord - 1)).toBeLessThan(0.15);
  });
});
