import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'mdast';
import { asOfLabel, asOfProblems, parseAsOf } from './as-of';
import { AS_OF } from '../../data/as-of';
import { remarkAsOf } from '../../plugins/as-of';
import { readEdition } from '../node/parity-fs';
import { headingsOf } from './link-ids';
import { changelog } from './changelog';
import { parseLedger } from './ledger';
import { CURRENT_EDITION, EDITIONS } from '../../data/editions';
import { MOVES } from '../../data/moves';
import { ERRATA } from '../../data/errata';
import { REVISIONS } from '../../data/changes';

const ROOT = join(__dirname, '..', '..', '..');
const DATA_FILE = 'src/data/as-of.ts';
const source = readFileSync(join(ROOT, DATA_FILE), 'utf8');
const today = new Date().toISOString().slice(0, 10);

function headingIds(dir: string): Set<string> {
  const pages = readEdition(join(ROOT, 'content', dir));
  return new Set(Object.entries(pages).flatMap(([slug, src]) => headingsOf(slug, src).map((h) => h.id)));
}

describe('"as of" dates', () => {
  it('formats a month in both languages and refuses anything else', () => {
    expect(asOfLabel('2026-12', 'en')).toBe('As of December 2026');
    expect(asOfLabel('2026-12', 'zh')).toBe('截至 2026 年 12 月');
    expect(asOfLabel('2025-01', 'zh')).toBe('截至 2025 年 1 月');
    expect(parseAsOf('2026-13')).toBeUndefined();
    expect(parseAsOf('2026-12-06')).toBeUndefined();
    expect(parseAsOf(undefined)).toBeUndefined();
    expect(() => asOfLabel('December 2026', 'en')).toThrow('not an "as of" month');
  });

  it('fails on a listed section without a date, a bad or future date, a duplicate or an unknown id, naming file and line (bad fixture)', () => {
    const fixture = [
      'export const AS_OF = [',
      "  { id: 'governance' },",
      "  { id: 'eu-ai-act', asOf: '2026/12' },",
      "  { id: 'labour', asOf: '2999-01' },",
      "  { id: 'no-such-section', asOf: '2026-12' },",
      "  { id: 'labour', asOf: '2026-12' },",
      '];',
    ].join('\n');
    const ids = new Set(['governance', 'eu-ai-act', 'labour']);
    const entries = [
      { id: 'governance' },
      { id: 'eu-ai-act', asOf: '2026/12' },
      { id: 'labour', asOf: '2999-01' },
      { id: 'no-such-section', asOf: '2026-12' },
      { id: 'labour', asOf: '2026-12' },
    ];
    expect(asOfProblems(entries, ids, 'as-of.ts', fixture, '2026-12-06')).toEqual([
      `as-of.ts:2: the time-sensitive section "governance" has no "as of" date: add asOf: 'YYYY-MM', the month its facts were last checked`,
      `as-of.ts:3: "eu-ai-act" has asOf '2026/12', which is not a month written YYYY-MM`,
      `as-of.ts:4: "labour" has asOf '2999-01', a month after today (2026-12-06)`,
      `as-of.ts:5: "no-such-section" is not a heading id of the book`,
      `as-of.ts:4: "labour" is listed twice`,
    ]);
  });

  it('every time-sensitive section of the book has a valid date (src/data/as-of.ts)', () => {
    expect(AS_OF.length).toBeGreaterThan(0);
    expect(asOfProblems(AS_OF, headingIds('en'), DATA_FILE, source, today)).toEqual([]);
    expect(asOfProblems(AS_OF, headingIds('zh'), DATA_FILE, source, today)).toEqual([]);
  });

  it('the changes page lists each section dated in the current edition as added, revised or corrected in it', () => {
    const ledger = parseLedger(readFileSync(join(ROOT, 'src/data/published-ids.json'), 'utf8'));
    const current = changelog({ editions: EDITIONS, ledger, moves: MOVES, errata: ERRATA, revisions: REVISIONS }).find(
      (c) => c.edition === CURRENT_EDITION.id,
    )!;
    const listed = new Set(current.items.filter((i) => i.kind !== 'moved').map((i) => i.id));
    const month = CURRENT_EDITION.date.slice(0, 7);
    const missing = AS_OF.filter((e) => (e.asOf ?? '') >= month)
      // An id not yet in the ledger is new: the changes page lists it as added once it is recorded at release.
      .filter((e) => ledger[e.id] !== undefined && !listed.has(e.id))
      .map((e) => `${e.id}: dated ${e.asOf} but not revised in edition ${CURRENT_EDITION.id}: add it to REVISIONS in src/data/changes.ts`);
    expect(missing).toEqual([]);
  });
});

describe('the revisions list (src/data/changes.ts)', () => {
  const unknown = (revisions: readonly { id: string }[], ids: ReadonlySet<string>) =>
    revisions.filter((r) => !ids.has(r.id)).map((r) => `src/data/changes.ts: revision of "${r.id}", which is not a page or heading of the book`);

  it('names only pages and headings of the book (and fails on one that is not: bad fixture)', () => {
    const ids = new Set([...headingIds('en'), ...Object.keys(readEdition(join(ROOT, 'content', 'en')))]);
    expect(unknown(REVISIONS, ids)).toEqual([]);
    expect(unknown([{ id: 'no-such-section' }], ids)).toEqual([
      'src/data/changes.ts: revision of "no-such-section", which is not a page or heading of the book',
    ]);
  });
});

describe('the "as of" line (remark plugin)', () => {
  const tree = (): Root => ({
    type: 'root',
    children: [
      { type: 'heading', depth: 2, data: { hProperties: { id: 'governance' } }, children: [{ type: 'text', value: 'Governance' }] },
      { type: 'paragraph', children: [{ type: 'text', value: 'Body.' }] },
      { type: 'heading', depth: 2, data: { hProperties: { id: 'labour' } }, children: [{ type: 'text', value: 'Labor' }] },
    ],
  });

  it('puts the date, in the page language, right under each listed heading and nowhere else', () => {
    const t = tree();
    remarkAsOf([{ id: 'governance', asOf: '2026-12' }])(t, { path: '/x/content/zh/society.mdx' });
    expect(t.children.map((c) => c.type)).toEqual(['heading', 'paragraph', 'paragraph', 'heading']);
    expect(t.children[1]).toMatchObject({
      data: { hProperties: { className: ['as-of'] } },
      children: [{ data: { hName: 'time', hProperties: { dateTime: '2026-12' } }, children: [{ type: 'text', value: '截至 2026 年 12 月' }] }],
    });
    const en = tree();
    remarkAsOf([{ id: 'governance', asOf: '2026-12' }])(en, { path: '/x/content/en/society.mdx' });
    expect(JSON.stringify(en.children[1])).toContain('As of December 2026');
  });

  it('leaves files outside the book alone', () => {
    const t = tree();
    remarkAsOf([{ id: 'governance', asOf: '2026-12' }])(t, { path: '/x/src/pages/other.mdx' });
    expect(t.children).toHaveLength(3);
  });
});
