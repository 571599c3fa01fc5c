import { describe, expect, it } from 'vitest';
import { DEFAULT_VARIANTS, MAX_ITEMS, parseCourse, problemText, serializeCourse, courseIds, type IdKind } from './state';
import type { CourseList } from './types';

const ITEMS = new Set(['math', 'momentum', 'ex-4-2', 'example-sgd', 'mse', 'adam', ...Array.from({ length: 250 }, (_, i) => `s-${i}`)]);
const idKind: IdKind = (id) => (ITEMS.has(id) ? 'item' : id.startsWith('eq-') ? 'other' : 'unknown');
const parse = (q: string) => parseCourse(q, idKind);

describe('course URL state', () => {
  it('reads items, modules, title, variants, module titles and notes', () => {
    const { list, problems } = parse('?items=momentum,ex-4-2|example-sgd&title=Optimizers+101&variants=7&module.1=Week+one&note.ex-4-2=Before%20the%20lab');
    expect(problems).toEqual([]);
    expect(list).toEqual({
      title: 'Optimizers 101',
      variants: 7,
      modules: [{ title: 'Week one', items: [{ id: 'momentum' }, { id: 'ex-4-2', note: 'Before the lab' }] }, { items: [{ id: 'example-sgd' }] }],
    });
  });

  it('round-trips: serialize(parse(q)) = q and parse(serialize(list)) = list', () => {
    const lists: CourseList[] = [
      { title: '', variants: DEFAULT_VARIANTS, modules: [] },
      { title: '', variants: DEFAULT_VARIANTS, modules: [{ items: [] }] },
      { title: 'Cours : 优化 & more | 100%', variants: 20, modules: [{ items: [{ id: 'math' }] }, { items: [] }, { title: 'Wk, 3 | ok', items: [{ id: 'adam', note: 'a=b&c, d|e #f ？' }, { id: 'mse' }] }] },
      { title: 'x', variants: 1, modules: [{ title: '第 1 周', items: [{ id: 'momentum', note: '先读' }, { id: 'ex-4-2' }, { id: 'example-sgd' }] }] },
    ];
    for (const list of lists) {
      const q = serializeCourse(list);
      const back = parse(q);
      expect(back.problems).toEqual([]);
      expect(back.list).toEqual(list);
      expect(serializeCourse(back.list)).toBe(q);
    }
    expect(serializeCourse(lists[3]!)).toBe('?items=momentum,ex-4-2,example-sgd&title=x&variants=1&module.1=%E7%AC%AC+1+%E5%91%A8&note.momentum=%E5%85%88%E8%AF%BB');
    // Encoded separators (as URLSearchParams writes them) read the same.
    expect(parse('?items=math%2Cadam%7Cmse').list.modules.map((m) => m.items.map((i) => i.id))).toEqual([['math', 'adam'], ['mse']]);
  });

  it('drops unknown ids, non-items and duplicates, naming them, and keeps the rest in order', () => {
    const { list, problems } = parse('?items=math,nope,eq-mse,math|adam,nope2,adam,momentum');
    expect(courseIds(list)).toEqual(['math', 'adam', 'momentum']);
    expect(list.modules).toHaveLength(2);
    expect(problems).toEqual([
      { kind: 'unknown', ids: ['nope', 'nope2'] },
      { kind: 'not-item', ids: ['eq-mse'] },
      { kind: 'duplicate', ids: ['math', 'adam'] },
    ]);
    expect(problemText(problems[0]!, 'en')).toBe('Dropped ids that are not in the book: nope, nope2');
    expect(problemText(problems[0]!, 'zh')).toBe('已删除不在本书中的 id：nope、nope2');
  });

  it('keeps the first 200 items of a longer list', () => {
    const ids = Array.from({ length: 250 }, (_, i) => `s-${i}`);
    const { list, problems } = parse(`?items=${ids.slice(0, 120).join(',')}|${ids.slice(120).join(',')}`);
    expect(courseIds(list)).toEqual(ids.slice(0, MAX_ITEMS));
    expect(problems).toEqual([{ kind: 'too-many', count: 250, dropped: ids.slice(MAX_ITEMS) }]);
    expect(problemText(problems[0]!, 'en')).toContain('the first 200 are kept, dropped s-200, s-201');
  });

  it('survives malformed state: bad ids, bad encoding, variants, orphan notes and module titles, long texts', () => {
    const { list, problems } = parse(
      `?items=math,<script>,%E0%A4%A,Adam,momentum&title=%ZZ&variants=99&note.nope=x&note.math=${'n'.repeat(600)}&module.3=Late&module.1=${'t'.repeat(300)}&&junk`,
    );
    expect(courseIds(list)).toEqual(['math', 'momentum']);
    expect(list.title).toBe('');
    expect(list.variants).toBe(DEFAULT_VARIANTS);
    expect(list.modules[0]!.items[0]!.note).toHaveLength(500);
    expect(list.modules[0]!.title).toHaveLength(200);
    expect(problems).toEqual([
      { kind: 'variants', value: '99' },
      { kind: 'malformed-id', values: ['<script>', '%E0%A4%A', 'Adam'] },
      { kind: 'malformed-query', values: ['title=%ZZ'] },
      { kind: 'note-orphan', ids: ['nope'] },
      { kind: 'module-orphan', numbers: [3] },
      { kind: 'too-long', fields: ['note.math', 'module.1'] },
    ]);
    for (const p of problems) for (const lang of ['en', 'zh'] as const) expect(problemText(p, lang).length).toBeGreaterThan(10);
    for (const v of ['0', '21', '2.5', '-1', 'five', '']) expect(parse(`?variants=${v}`).problems).toEqual([{ kind: 'variants', value: v }]);
    expect(parse('?variants=20').list.variants).toBe(20);
  });
});

describe('moved ids', () => {
  it('reads an id the book has moved as its new id, keeps its note, and says so', () => {
    const moved = new Map([['environment', 'development-environment']]);
    const kind: IdKind = (id) => (id === 'development-environment' || ITEMS.has(id) ? 'item' : 'unknown');
    const { list, problems } = parseCourse('items=environment,adam&note.environment=Set+up+first', kind, moved);
    expect(courseIds(list)).toEqual(['development-environment', 'adam']);
    expect(list.modules[0]!.items[0]!.note).toBe('Set up first');
    expect(problems).toEqual([{ kind: 'moved', pairs: [['environment', 'development-environment']] }]);
    expect(problemText(problems[0]!, 'en')).toBe('Ids the book has moved now read as their new ids: environment → development-environment');
    expect(problemText(problems[0]!, 'zh')).toContain('environment → development-environment');
    // Without the move, the old id would be dropped as unknown.
    expect(parseCourse('items=environment', kind).problems).toEqual([{ kind: 'unknown', ids: ['environment'] }]);
  });
});
