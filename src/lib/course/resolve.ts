/**
 * A reading list's ids resolved against the builder's catalog (`catalog.ts`): titles and URLs
 * in both editions, reading time in the chosen edition, module titles filled in ("Week 1" /
 * "第 1 周" when absent), and the input every export receives. Pure.
 */
import type { Lang } from '../book/book';
import type { IdKind } from './state';
import { COURSE_UI } from './ui';
import type { CourseList, ExportInput, LinkTarget, ResolvedModule } from './types';

/** A catalog entry: a `/links.json` target with its reading time per edition (chapters and sections only). */
export interface CourseTarget extends LinkTarget {
  minutes?: Record<Lang, number>;
}

export interface CourseCatalog {
  book: Record<Lang, string>;
  edition: ExportInput['edition'];
  targets: CourseTarget[];
  /** Ids of the book that are not reading items (equations). */
  others: string[];
  /** Declared moves (src/data/moves.ts): old id → new id. */
  moved: Record<string, string>;
}

/** The catalog's moves, as `parseCourse` takes them. */
export function movesOf(cat: CourseCatalog): Map<string, string> {
  return new Map(Object.entries(cat.moved ?? {}));
}

/** The `idKind` of `parseCourse` for a catalog. */
export function idKindOf(cat: CourseCatalog): IdKind {
  const items = new Set(cat.targets.map((t) => t.id));
  const others = new Set(cat.others);
  return (id) => (items.has(id) ? 'item' : others.has(id) ? 'other' : 'unknown');
}

/** The default title of the n-th module (1-based). */
export function moduleTitle(n: number, lang: Lang): string {
  return lang === 'zh' ? `第 ${n} 周` : `Week ${n}`;
}

/** The list's modules resolved in an edition; ids not in the catalog are left out. */
export function resolveModules(list: CourseList, cat: CourseCatalog, lang: Lang): ResolvedModule[] {
  const by = new Map(cat.targets.map((t) => [t.id, t]));
  return list.modules.map((m, i) => ({
    title: m.title?.trim() || moduleTitle(i + 1, lang),
    items: m.items.flatMap((it) => {
      const t = by.get(it.id);
      if (!t) return [];
      const { minutes, ...target } = t;
      return [{ target, ...(it.note ? { note: it.note } : {}), ...(minutes ? { minutes: minutes[lang] } : {}) }];
    }),
  }));
}

/** Total reading time of resolved modules, minutes. */
export function totalMinutes(modules: readonly ResolvedModule[]): number {
  return modules.reduce((s, m) => s + m.items.reduce((a, i) => a + (i.minutes ?? 0), 0), 0);
}

/** The course title shown and exported: the list's, else "Reading list" / "阅读清单". */
export function courseTitle(list: CourseList, lang: Lang): string {
  return list.title.trim() || (lang === 'zh' ? '阅读清单' : 'Reading list');
}

/** What every export receives for a list in an edition. */
export function exportInput(list: CourseList, cat: CourseCatalog, lang: Lang): ExportInput {
  return {
    lang,
    title: courseTitle(list, lang),
    edition: cat.edition,
    book: cat.book,
    modules: resolveModules(list, cat, lang),
    variants: list.variants,
    minutesRule: COURSE_UI[lang].rule,
  };
}

/**
 * Catalog entries matching a search: the id, the number ("4.2", "Exercise 4.2", "(4.1)") or a
 * title in either language, case-insensitively; exact id or number first, then those that start
 * with the query, then the rest, each in book order.
 */
export function searchTargets(targets: readonly CourseTarget[], query: string): CourseTarget[] {
  const q = query.trim().toLowerCase();
  if (q === '') return [];
  const rank = (t: CourseTarget): number => {
    const number = (t.number ?? '').toLowerCase();
    const bare = number.replace(/^exercise\s+/, '');
    const fields = [t.id, number, bare, t.title.en.toLowerCase(), t.title.zh.toLowerCase()];
    if (t.id === q || number === q || bare === q) return 0;
    if (fields.some((f) => f.startsWith(q))) return 1;
    if (fields.some((f) => f.includes(q))) return 2;
    return -1;
  };
  const scored = targets.map((t, i) => ({ t, i, r: rank(t) })).filter((x) => x.r >= 0);
  scored.sort((a, b) => a.r - b.r || a.i - b.i);
  return scored.map((x) => x.t);
}
