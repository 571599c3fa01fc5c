/**
 * What the builder can put on a reading list, computed at build time from the book's inventory
 * (the same function as `/links.json`, `bookInventory()`) and its MDX sources: every chapter,
 * section, worked example and exercise, with its reading time in each edition
 * (`reading-time.ts`). The course page embeds this list; the island and the exports resolve ids
 * against it.
 */
import { LANGS, type Lang } from '../book/book';
import { bookInventory } from '../book/book-inventory';
import { SOURCES } from '../node/book-sources';
import { sectionMinutes } from './reading-time';
import type { CourseTarget, CourseCatalog } from './resolve';
import type { LinkTarget } from './types';
import { MOVES } from '../../data/moves';

/** The kinds a reading list takes: chapters, sections, examples, exercises (not equations). */
export const ITEM_KINDS: readonly LinkTarget['kind'][] = ['page', 'heading', 'example', 'exercise'];

export function courseCatalog(): CourseCatalog {
  const inv = bookInventory();
  const targets: CourseTarget[] = [];
  const others: string[] = [];
  for (const t of inv.targets) {
    const kind = t.kind as LinkTarget['kind'];
    if (!ITEM_KINDS.includes(kind)) {
      others.push(t.id);
      continue;
    }
    const target: CourseTarget = { id: t.id, kind, chapter: t.chapter, number: t.number, title: t.title, url: t.url, since: t.since };
    if (kind === 'page' || kind === 'heading') {
      const m = {} as Record<Lang, number>;
      for (const l of LANGS) m[l] = sectionMinutes(SOURCES[l][t.chapter] ?? '', l, kind === 'page' ? undefined : t.id);
      target.minutes = m;
    }
    targets.push(target);
  }
  return { book: inv.book, edition: inv.edition, targets, others, moved: Object.fromEntries(MOVES.map((m) => [m.from, m.to])) };
}
