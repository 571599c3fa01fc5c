/**
 * The printable handout: the print edition (`/<lang>/print/`) with `?handout=<ids>` shows only the
 * chosen chapters, sections, examples and exercises (with their solutions, as the print edition
 * prints them), each under its chapter's title. Pure parts: the link, and reading the parameter.
 */
import { withBase } from '../book/paths';
import type { Lang } from '../book/book';

export const HANDOUT_PARAM = 'handout';

/** The handout's link for ids in order ("" when there are none). */
export function handoutHref(base: string, lang: Lang, ids: readonly string[], title: string): string {
  if (ids.length === 0) return '';
  const t = title.trim() ? `&title=${encodeURIComponent(title.trim())}` : '';
  return `${withBase(base, `${lang}/print/`)}?${HANDOUT_PARAM}=${ids.join(',')}${t}`;
}

/** The ids a print page's query asks for (well-formed ids only, at most 200), or null: the whole book. */
export function handoutIds(search: string): string[] | null {
  const raw = new URLSearchParams(search).get(HANDOUT_PARAM);
  if (raw === null) return null;
  return [...new Set(raw.split(',').map((s) => s.trim()).filter((s) => /^[a-z0-9][a-z0-9-]*$/.test(s)))].slice(0, 200);
}

/** How `toHide` walks a document: a DOM in the page, a small tree in the tests. */
export interface HandoutTree<N> {
  children(n: N): N[];
  /** Whether `a` holds `b` (b inside a). */
  contains(a: N, b: N): boolean;
  /** What always stays: the chapters' titles. */
  isTitle(n: N): boolean;
}

/**
 * The nodes to hide so that only the kept ones show: under each chapter, every child that neither
 * is kept nor holds a kept node is hidden, and those that hold one are pruned the same way; a
 * chapter with nothing kept is hidden whole.
 */
export function toHide<N>(chapters: readonly N[], keep: ReadonlySet<N>, tree: HandoutTree<N>): N[] {
  const out: N[] = [];
  const holds = (n: N) => [...keep].some((k) => n !== k && tree.contains(n, k));
  const prune = (node: N) => {
    for (const child of tree.children(node)) {
      if (keep.has(child) || tree.isTitle(child)) continue;
      if (holds(child)) prune(child);
      else out.push(child);
    }
  };
  for (const c of chapters) {
    if (keep.has(c)) continue;
    if (holds(c)) prune(c);
    else out.push(c);
  }
  return out;
}
