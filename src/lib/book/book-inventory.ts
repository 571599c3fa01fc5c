/**
 * The book's published inventory (/links.json, objects.inv), from the sources
 * read through Vite (src/lib/node/book-sources.ts), the ledger, the moves and the
 * editions. Every kind of link target that `bookTargets()` returns is listed,
 * so exercises (`ex-<chapter>-<n>`) appear as soon as they are link targets.
 */
import { CHAPTERS, BOOK, LANGS, chapterBySlug, type Lang } from './book';
import { bookTargets, headingText, SOURCES, targetLabel } from '../node/book-sources';
import { chapterPath, withBase } from './paths';
import { SITE, BASE, publicUrlOf } from './site';
import { splitNumber } from '../references/cite-text';
import { parseLedger, type Ledger } from './ledger';
import { EXERCISE_LABEL, exerciseNumber, movedEntries, sinceOf, type InventoryTarget, type LinksFile } from './inventory';
import type { LinkTarget } from './link-ids';
import { MOVES } from '../../data/moves';
import { CURRENT_EDITION, EDITIONS } from '../../data/editions';
import { asOfOf } from '../../data/as-of';
import ledgerText from '../../data/published-ids.json?raw';

export const LEDGER: Ledger = parseLedger(ledgerText);

/** The public URL of a path of the site: absolute under SITE_URL, the path itself in a local build. */
export function publicUrl(path: string): string {
  return publicUrlOf(path, SITE);
}

/** The root of an edition, as intersphinx's base URL: "https://host/en/". */
export function editionRoot(lang: Lang): string {
  return publicUrl(withBase(BASE, `${lang}/`));
}

function urls(slug: string, id?: string): Record<Lang, string> {
  return { en: publicUrl(chapterPath(BASE, 'en', slug, id)), zh: publicUrl(chapterPath(BASE, 'zh', slug, id)) };
}

function both(f: (lang: Lang) => string): Record<Lang, string> {
  return { en: f('en'), zh: f('zh') };
}

/** The pages of the book, in book order. */
export function bookPages(): string[] {
  const slugs = Object.keys(SOURCES.en);
  return [...CHAPTERS.map((c) => c.slug).filter((s) => slugs.includes(s)), ...slugs.filter((s) => !chapterBySlug(s)).sort()];
}

function entry(t: LinkTarget): InventoryTarget {
  const e = rawEntry(t);
  // Key order of /links.json.
  const out: InventoryTarget = { id: e.id, kind: e.kind, chapter: e.chapter, number: e.number, title: e.title, url: e.url, since: e.since };
  const asOf = t.kind === 'heading' ? asOfOf(t.id) : undefined;
  if (asOf !== undefined) out.asOf = asOf;
  return out;
}

function rawEntry(t: LinkTarget): InventoryTarget {
  const since = sinceOf(LEDGER, t.id, CURRENT_EDITION.id);
  const base = { id: t.id, kind: t.kind as string, chapter: t.slug, url: urls(t.slug, t.id), since };
  const ex = exerciseNumber(t.id);
  if ((t.kind as string) === 'exercise' || ex) {
    const n = ex ?? t.number ?? t.id;
    return { ...base, kind: 'exercise', number: `Exercise ${n}`, title: both((l) => `${EXERCISE_LABEL[l]} ${n}`) };
  }
  if (t.kind === 'heading') {
    const split = both((l) => headingText(l, t.slug, t.id) ?? t.id);
    return {
      ...base,
      number: splitNumber(split.en).number ?? null,
      title: both((l) => splitNumber(split[l]).title),
    };
  }
  if (t.kind === 'equation') return { ...base, number: `(${t.number})`, title: both((l) => targetLabel(l, t)) };
  return { ...base, number: null, title: both((l) => targetLabel(l, t)) };
}

export function bookInventory(): LinksFile {
  const pages: InventoryTarget[] = bookPages().map((slug) => {
    const c = chapterBySlug(slug);
    return {
      id: slug,
      kind: 'page',
      chapter: slug,
      number: c?.number != null ? String(c.number) : null,
      title: both((l) => c?.title[l] ?? slug),
      url: urls(slug),
      since: sinceOf(LEDGER, slug, CURRENT_EDITION.id),
    };
  });
  const targets = [...pages, ...bookTargets().map(entry)];
  const ed = (e: (typeof EDITIONS)[number]) => ({ id: e.id, name: { ...e.name }, date: e.date });
  return {
    book: both((l) => BOOK.title[l]),
    edition: ed(CURRENT_EDITION),
    editions: EDITIONS.map(ed),
    targets,
    moved: movedEntries(MOVES, targets),
    // A local build (no SITE_URL): the URLs are site paths, not absolute.
    ...(SITE ? {} : { local: true as const }),
  };
}

export { LANGS };
