import { describe, expect, test } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decodeInventory, encodeInventory } from './objects-inv';
import { exerciseNumber, inventoryItems, movedEntries, relativeUri, sinceOf, type LinksFile } from './inventory';
import { LANGS, BOOK } from './book';

const DIST = fileURLToPath(new URL('../../../dist/', import.meta.url));
const HAS_DIST = existsSync(`${DIST}links.json`) && existsSync(`${DIST}en/objects.inv`);

const ROOT = { en: 'https://h.example/en/', zh: 'https://h.example/zh/' };
const FILE: LinksFile = {
  book: { ...BOOK.title },
  edition: { id: '2', name: { en: 'Second edition', zh: '第二版' }, date: '2026-11-29' },
  editions: [],
  targets: [
    {
      id: 'math', kind: 'page', chapter: 'math', number: '4',
      title: { en: 'Mathematical Models and Formulas', zh: '数学模型和公式' },
      url: { en: 'https://h.example/en/math/', zh: 'https://h.example/zh/math/' }, since: '1',
    },
    {
      id: 'heavy-ball', kind: 'heading', chapter: 'math', number: '4.2.3',
      title: { en: 'Heavy "ball" {50%}', zh: '重球法' },
      url: { en: 'https://h.example/en/math/#heavy-ball', zh: 'https://h.example/zh/math/#heavy-ball' }, since: '2',
    },
    {
      id: 'ex-4-2', kind: 'exercise', chapter: 'math', number: 'Exercise 4.2',
      title: { en: 'Exercise 4.2', zh: '练习 4.2' },
      url: { en: 'https://h.example/en/math/#ex-4-2', zh: 'https://h.example/zh/math/#ex-4-2' }, since: '2',
    },
  ],
  moved: [],
};
FILE.moved = movedEntries([{ from: 'momentum', to: 'heavy-ball', edition: '2', reason: { en: 'r', zh: '理' } }], FILE.targets);

describe('inventory (in memory)', () => {
  test('every target is a std:label of each edition, moved ids point at the new place', () => {
    for (const lang of LANGS) {
      const items = inventoryItems(FILE, lang, ROOT[lang]);
      expect(items.map((i) => `${i.name} ${i.domain}:${i.role} ${i.priority} ${i.uri}`)).toEqual([
        'math std:label -1 math/',
        'heavy-ball std:label -1 math/#heavy-ball',
        'ex-4-2 std:label -1 math/#ex-4-2',
        'momentum std:label -1 math/#heavy-ball',
      ]);
      const back = decodeInventory(encodeInventory({ project: BOOK.title[lang], version: '2', items }));
      expect(back.items).toEqual(items);
      expect(back.items[1]!.dispname).toBe(FILE.targets[1]!.title[lang]);
    }
  });
  test('helpers', () => {
    expect(exerciseNumber('ex-4-12')).toBe('4.12');
    expect(exerciseNumber('example-gd')).toBeUndefined();
    expect(sinceOf({ a: { kind: 'heading', slug: 'x', since: '1' } }, 'a', '2')).toBe('1');
    expect(sinceOf({}, 'new-id', '2')).toBe('2');
    expect(() => relativeUri('https://other.example/en/math/', ROOT.en)).toThrow(/not under/);
    expect(FILE.moved[0]!.url.zh).toBe('https://h.example/zh/math/#heavy-ball');
  });
});

describe.skipIf(!HAS_DIST)('the inventories the build wrote (dist/; run `npm run build` first)', () => {
  const file = HAS_DIST ? (JSON.parse(readFileSync(`${DIST}links.json`, 'utf8')) as LinksFile) : FILE;

  test('links.json: the current edition, every kind, unique ids, URLs in both editions', () => {
    expect(file.edition.id).toBe('3');
    const ids = file.targets.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const kind of ['page', 'heading', 'equation', 'example']) expect(file.targets.some((t) => t.kind === kind), kind).toBe(true);
    const momentum = file.targets.find((t) => t.id === 'momentum')!;
    expect(momentum).toMatchObject({ kind: 'heading', chapter: 'math', number: '4.2.3', title: { en: 'Momentum' }, since: '1' });
    expect(momentum.url.en).toMatch(/\/en\/math\/#momentum$/);
    expect(momentum.url.zh).toMatch(/\/zh\/math\/#momentum$/);
    expect(file.targets.find((t) => t.id === 'eq-mse')).toMatchObject({ kind: 'equation', number: '(4.1)' });
    for (const t of file.targets) if (t.kind === 'exercise') expect(t.number).toMatch(/^Exercise \d+\.\d+$/);
  });

  test('objects.inv of each edition decodes to exactly the targets and moves of links.json', () => {
    for (const lang of LANGS) {
      const inv = decodeInventory(readFileSync(`${DIST}${lang}/objects.inv`));
      expect(inv.project).toBe(BOOK.title[lang]);
      expect(inv.version).toBe(file.edition.id);
      const root = file.targets.find((t) => t.kind === 'page')!.url[lang].replace(/[^/]+\/$/, '');
      const expected = [
        ...file.targets.map((t) => ({ name: t.id, url: t.url[lang], dispname: t.title[lang] })),
        ...file.moved.map((m) => {
          const t = file.targets.find((x) => x.id === m.to)!;
          return { name: m.from, url: t.url[lang], dispname: t.title[lang] };
        }),
      ];
      expect(inv.items.map((i) => ({ name: i.name, url: root + i.uri, dispname: i.dispname }))).toEqual(expected);
      for (const i of inv.items) expect(`${i.domain}:${i.role} ${i.priority}`).toBe('std:label -1');
    }
  });

  test('every heading with an id on a page of the book is a target, including the headings components render (ref-group-*)', () => {
    const ids = new Set(file.targets.map((t) => t.id));
    expect(ids.has('ref-group-book')).toBe(true);
    for (const lang of LANGS) {
      const missing: string[] = [];
      for (const page of file.targets.filter((t) => t.kind === 'page')) {
        const html = readFileSync(`${DIST}${lang}/${page.id}/index.html`, 'utf8');
        // h2–h4 of the page (Starlight's own, such as "On this page", are named starlight__…).
        for (const m of html.matchAll(/<h[2-4]\b[^>]*\sid="([^"]+)"/g)) if (!m[1]!.startsWith('starlight__') && !ids.has(m[1]!)) missing.push(`${lang}/${page.id}/#${m[1]}`);
      }
      expect(missing, 'a heading id of the book that /links.json does not list (a component that renders headings belongs in src/lib/book/component-headings.ts)').toEqual([]);
    }
  });
});
