/**
 * The reading list's state in the URL of `/<lang>/course/`: a link to a configured builder is the
 * shareable reading list. Pure: no DOM.
 *
 * - `items`: the chosen ids in order, `,` between the items of a module, `|` between modules
 *   (`items=math,ex-4-2|example-sgd`);
 * - `title`: the course title;
 * - `variants`: seeded versions per numeric exercise in the quiz exports, a whole number from 1 to
 *   20 (default 5; left out of the URL when 5);
 * - `module.<n>`: the title of the n-th module (1-based), e.g. `module.2=Week 2: optimizers`;
 * - `note.<id>`: the note on an item, e.g. `note.ex-4-2=Before the lab`.
 *
 * Every bad input is dropped and reported (`CourseProblem`), the rest of the list kept: unknown ids,
 * ids that are not sections, exercises or examples, duplicates (the first stays), items beyond
 * the 200th, malformed ids and percent-encoding, variants out of range, notes on ids not in the
 * list, module titles past the last module, texts too long (cut). Values are data only: they are
 * shown as text, never inserted as HTML.
 */
import type { Lang } from '../book/book';
import type { CourseList, CourseModule } from './types';

export const MAX_ITEMS = 200;
export const DEFAULT_VARIANTS = 5;
export const MIN_VARIANTS = 1;
export const MAX_VARIANTS = 20;
/** Longest course title, module title and note kept (characters); longer ones are cut. */
export const MAX_TITLE = 200;
export const MAX_NOTE = 500;
/** How much of a bad value a message quotes. */
const QUOTE = 40;

const ID = /^[a-z0-9][a-z0-9-]*$/;

export type CourseProblem =
  | { kind: 'unknown'; ids: string[] }
  | { kind: 'moved'; pairs: [from: string, to: string][] }
  | { kind: 'not-item'; ids: string[] }
  | { kind: 'duplicate'; ids: string[] }
  | { kind: 'too-many'; count: number; dropped: string[] }
  | { kind: 'malformed-id'; values: string[] }
  | { kind: 'malformed-query'; values: string[] }
  | { kind: 'variants'; value: string }
  | { kind: 'note-orphan'; ids: string[] }
  | { kind: 'module-orphan'; numbers: number[] }
  | { kind: 'too-long'; fields: string[] };

export interface ParsedCourse {
  list: CourseList;
  problems: CourseProblem[];
}

/**
 * What an id may be: `item` (a section, exercise or example of the book), `other` (an id of the
 * book that is not a reading item, e.g. an equation) or `unknown`.
 */
export type IdKind = (id: string) => 'item' | 'other' | 'unknown';

const quote = (s: string) => (s.length > QUOTE ? `${s.slice(0, QUOTE)}…` : s);

function decode(s: string): string | null {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

function cut(s: string, max: number, field: string, long: string[]): string {
  const chars = [...s];
  if (chars.length <= max) return s;
  long.push(field);
  return chars.slice(0, max).join('');
}

/**
 * Reads the state from a query string (`?items=…` or `items=…`), checking every id with `idKind`.
 * A published id never dies: an id the book has moved (`moved`: old → new, src/data/moves.ts) is
 * read as its new id, and the list says so.
 */
export function parseCourse(query: string, idKind: IdKind, moved: ReadonlyMap<string, string> = new Map()): ParsedCourse {
  const problems: CourseProblem[] = [];
  const malformedQuery: string[] = [];
  const params = new Map<string, string>();
  // `items` is split before decoding, so that one badly encoded id does not lose the whole list.
  let rawItems: string | undefined;
  for (const seg of query.replace(/^\?/, '').split('&')) {
    if (seg === '') continue;
    const eq = seg.indexOf('=');
    const key = decode(eq === -1 ? seg : seg.slice(0, eq));
    const rawValue = eq === -1 ? '' : seg.slice(eq + 1);
    if (key === 'items') {
      rawItems ??= rawValue.replace(/%2C/gi, ',').replace(/%7C/gi, '|');
      continue;
    }
    const value = decode(rawValue);
    if (key === null || value === null) {
      malformedQuery.push(quote(seg));
      continue;
    }
    if (!params.has(key)) params.set(key, value);
  }

  const long: string[] = [];
  const title = cut((params.get('title') ?? '').trim(), MAX_TITLE, 'title', long);

  let variants = DEFAULT_VARIANTS;
  const v = params.get('variants');
  if (v !== undefined) {
    const n = /^\d{1,3}$/.test(v.trim()) ? Number(v.trim()) : NaN;
    if (Number.isInteger(n) && n >= MIN_VARIANTS && n <= MAX_VARIANTS) variants = n;
    else problems.push({ kind: 'variants', value: quote(v) });
  }

  const unknown: string[] = [];
  const movedPairs: [string, string][] = [];
  const notItem: string[] = [];
  const duplicate: string[] = [];
  const malformedId: string[] = [];
  const tooMany: string[] = [];
  const seen = new Set<string>();
  const modules: CourseModule[] = [];
  const segments = rawItems === undefined ? [] : rawItems.split('|');
  for (const seg of segments) {
    const mod: CourseModule = { items: [] };
    for (const part of seg.split(',')) {
      const decoded = decode(part);
      let id = (decoded ?? part).trim();
      if (id === '') continue;
      const to = moved.get(id);
      if (to !== undefined) {
        movedPairs.push([id, to]);
        id = to;
      }
      if (decoded === null || !ID.test(id)) malformedId.push(quote(id));
      else if (seen.has(id)) duplicate.push(id);
      else {
        const k = idKind(id);
        if (k === 'unknown') unknown.push(id);
        else if (k === 'other') notItem.push(id);
        else if (seen.size >= MAX_ITEMS) tooMany.push(id);
        else {
          seen.add(id);
          mod.items.push({ id });
        }
      }
    }
    modules.push(mod);
  }

  const orphanModules: number[] = [];
  const orphanNotes: string[] = [];
  for (const [key, value] of params) {
    const m = /^module\.(\d{1,4})$/.exec(key);
    if (m) {
      const n = Number(m[1]);
      const mod = modules[n - 1];
      const text = value.trim();
      if (!mod || n < 1) orphanModules.push(n);
      else if (text !== '') mod.title = cut(text, MAX_TITLE, key, long);
      continue;
    }
    if (key.startsWith('note.')) {
      const named = key.slice('note.'.length);
      const id = moved.get(named) ?? named;
      const item = seen.has(id) ? modules.flatMap((mo) => mo.items).find((i) => i.id === id) : undefined;
      const text = value.trim();
      if (!item) orphanNotes.push(quote(id));
      else if (text !== '') item.note = cut(text, MAX_NOTE, key, long);
    }
  }

  if (movedPairs.length) problems.push({ kind: 'moved', pairs: movedPairs });
  if (unknown.length) problems.push({ kind: 'unknown', ids: unknown });
  if (notItem.length) problems.push({ kind: 'not-item', ids: notItem });
  if (duplicate.length) problems.push({ kind: 'duplicate', ids: [...new Set(duplicate)] });
  if (tooMany.length) problems.push({ kind: 'too-many', count: seen.size + tooMany.length, dropped: tooMany });
  if (malformedId.length) problems.push({ kind: 'malformed-id', values: malformedId });
  if (malformedQuery.length) problems.push({ kind: 'malformed-query', values: malformedQuery });
  if (orphanNotes.length) problems.push({ kind: 'note-orphan', ids: orphanNotes });
  if (orphanModules.length) problems.push({ kind: 'module-orphan', numbers: orphanModules });
  if (long.length) problems.push({ kind: 'too-long', fields: long });
  return { list: { title, modules, variants }, problems };
}

/** A query value: percent-encoded, but `,` `|` `:` and spaces (as `+`) kept readable where safe. */
function enc(s: string): string {
  return encodeURIComponent(s).replace(/%20/g, '+').replace(/%3A/gi, ':');
}

/**
 * The query string of a list (`?items=…&title=…`), "" for an empty list. Parameters in a fixed
 * order: items, title, variants (when not 5), module titles, notes in list order.
 */
export function serializeCourse(list: CourseList): string {
  const parts: string[] = [];
  const mods = list.modules;
  if (mods.length > 0) parts.push(`items=${mods.map((m) => m.items.map((i) => enc(i.id)).join(',')).join('|')}`);
  if (list.title.trim() !== '') parts.push(`title=${enc(list.title.trim())}`);
  if (list.variants !== DEFAULT_VARIANTS) parts.push(`variants=${list.variants}`);
  mods.forEach((m, i) => {
    if (m.title && m.title.trim() !== '') parts.push(`module.${i + 1}=${enc(m.title.trim())}`);
  });
  for (const m of mods) for (const it of m.items) if (it.note && it.note.trim() !== '') parts.push(`note.${enc(it.id)}=${enc(it.note.trim())}`);
  return parts.length ? `?${parts.join('&')}` : '';
}

/** Every id of a list, in order. */
export function courseIds(list: CourseList): string[] {
  return list.modules.flatMap((m) => m.items.map((i) => i.id));
}

/** Messages naming what was dropped, in one language (plain text, shown with textContent). */
export function problemText(p: CourseProblem, lang: Lang): string {
  const zh = lang === 'zh';
  const list = (xs: readonly (string | number)[]) => xs.join(zh ? '、' : ', ');
  switch (p.kind) {
    case 'unknown':
      return zh ? `已删除不在本书中的 id：${list(p.ids)}` : `Dropped ids that are not in the book: ${list(p.ids)}`;
    case 'moved':
      return zh
        ? `以下 id 已按本书声明的移动改为新 id：${list(p.pairs.map(([a, b]) => `${a} → ${b}`))}`
        : `Ids the book has moved now read as their new ids: ${list(p.pairs.map(([a, b]) => `${a} → ${b}`))}`;
    case 'not-item':
      return zh ? `已删除不是章节、练习或示例的 id：${list(p.ids)}` : `Dropped ids that are not a section, exercise or example: ${list(p.ids)}`;
    case 'duplicate':
      return zh ? `已删除重复的条目（保留第一次出现的）：${list(p.ids)}` : `Dropped duplicates (the first one is kept): ${list(p.ids)}`;
    case 'too-many':
      return zh
        ? `列表有 ${p.count} 项，超过 ${MAX_ITEMS} 项的上限：保留前 ${MAX_ITEMS} 项，已删除 ${list(p.dropped)}`
        : `The list had ${p.count} items, over the limit of ${MAX_ITEMS}: the first ${MAX_ITEMS} are kept, dropped ${list(p.dropped)}`;
    case 'malformed-id':
      return zh ? `已删除格式不正确的 id：${list(p.values)}` : `Dropped malformed ids: ${list(p.values)}`;
    case 'malformed-query':
      return zh ? `已忽略无法读取的参数（编码有误）：${list(p.values)}` : `Ignored parameters that could not be read (bad encoding): ${list(p.values)}`;
    case 'variants':
      return zh
        ? `variants 须为 ${MIN_VARIANTS} 到 ${MAX_VARIANTS} 的整数，“${p.value}”无效：改用 ${DEFAULT_VARIANTS}`
        : `variants must be a whole number from ${MIN_VARIANTS} to ${MAX_VARIANTS}; “${p.value}” is not: ${DEFAULT_VARIANTS} is used`;
    case 'note-orphan':
      return zh ? `已删除列表中没有的条目的备注：${list(p.ids)}` : `Dropped notes on ids not in the list: ${list(p.ids)}`;
    case 'module-orphan':
      return zh ? `已删除不存在的模块的标题：${list(p.numbers.map((n) => `module.${n}`))}` : `Dropped titles of modules that do not exist: ${list(p.numbers.map((n) => `module.${n}`))}`;
    case 'too-long':
      return zh
        ? `过长的文字已截短（标题 ${MAX_TITLE} 字、备注 ${MAX_NOTE} 字）：${list(p.fields)}`
        : `Texts too long were cut (titles ${MAX_TITLE} characters, notes ${MAX_NOTE}): ${list(p.fields)}`;
  }
}
