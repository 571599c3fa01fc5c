/**
 * The published inventory of link targets (/links.json) and the Sphinx
 * inventories made from it (/en/objects.inv, /zh/objects.inv). Pure: the
 * pages (src/pages/links.json.ts, src/pages/[lang]/objects.inv.ts) give it the
 * book's targets and titles.
 */
import type { Lang } from './book';
import type { Ledger, Move } from './ledger';
import type { InventoryItem } from './objects-inv';

export interface InventoryTarget {
  id: string;
  /** page | heading | equation | example | exercise */
  kind: string;
  /** The page (chapter slug) that holds it. */
  chapter: string;
  /** "4", "4.2.3", "(4.12)", "Exercise 4.2"; null when the book prints none. */
  number: string | null;
  title: Record<Lang, string>;
  url: Record<Lang, string>;
  /** The edition it first appeared in. */
  since: string;
  /** Time-sensitive sections only: the month their facts were last checked, `YYYY-MM` (src/data/as-of.ts). */
  asOf?: string;
}

export interface InventoryMove {
  from: string;
  to: string;
  edition: string;
  reason: Record<Lang, string>;
  url: Record<Lang, string>;
}

export interface LinksFile {
  book: Record<Lang, string>;
  edition: { id: string; name: Record<Lang, string>; date: string };
  editions: { id: string; name: Record<Lang, string>; date: string }[];
  targets: InventoryTarget[];
  moved: InventoryMove[];
  /** Only in a local build (no SITE_URL): every `url` is a site path ("/en/math/#mse"), not an absolute URL. */
  local?: true;
}

/** Exercise ids `ex-<chapter>-<n>` → "4.2". */
export function exerciseNumber(id: string): string | undefined {
  const m = /^ex-(\d+)-(\d+)$/.exec(id);
  return m ? `${m[1]}.${m[2]}` : undefined;
}

export const EXERCISE_LABEL: Record<Lang, string> = { en: 'Exercise', zh: '练习' };

/** The edition an id first appeared in: the ledger's, else the current edition (a new id). */
export function sinceOf(ledger: Ledger, id: string, current: string): string {
  return ledger[id]?.since ?? current;
}

export function movedEntries(moves: readonly Move[], targets: readonly InventoryTarget[]): InventoryMove[] {
  const by = new Map(targets.map((t) => [t.id, t]));
  return moves.flatMap((m) => {
    const t = by.get(m.to);
    return t ? [{ from: m.from, to: m.to, edition: m.edition, reason: { ...m.reason }, url: { ...t.url } }] : [];
  });
}

/** The URI of a URL relative to an edition's root ("https://h/en/"), for objects.inv. */
export function relativeUri(url: string, root: string): string {
  if (!url.startsWith(root)) throw new Error(`${url} is not under ${root}`);
  return url.slice(root.length);
}

/** The `std:label` entries of one edition: every target, then every moved id (pointing at its new place). */
export function inventoryItems(file: LinksFile, lang: Lang, root: string): InventoryItem[] {
  const by = new Map(file.targets.map((t) => [t.id, t]));
  const items = file.targets.map((t) => ({
    name: t.id,
    domain: 'std',
    role: 'label',
    priority: -1,
    uri: relativeUri(t.url[lang], root),
    dispname: t.title[lang],
  }));
  for (const m of file.moved) {
    const t = by.get(m.to)!;
    items.push({ name: m.from, domain: 'std', role: 'label', priority: -1, uri: relativeUri(t.url[lang], root), dispname: t.title[lang] });
  }
  return items;
}
