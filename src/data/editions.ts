/**
 * The editions of the book: one list. The last entry is the current edition,
 * shown in every page's footer, in /links.json, in the `citation_*` meta tags
 * and in every citation. Edition 1 is the book as first published on main
 * (2026-11-28, the date of its first build); edition 2 (2026-11-29) added the society chapter; edition 3 (2026-12-06) is current
 * to December 2026 and adds the whole Transformer and the risks a course must teach.
 */
import type { Lang } from '../lib/book/book';

export interface Edition {
  /** "1", "2", … — also the value of `since` in the ledger of published ids. */
  id: string;
  /** Ordinal, for citations: BibTeX `edition = {2}`, APA "2nd ed.", GB/T "2版". */
  number: number;
  name: Record<Lang, string>;
  /** Publication date, ISO 8601 (YYYY-MM-DD). */
  date: string;
}

export const EDITIONS: readonly Edition[] = [
  { id: '1', number: 1, name: { en: 'First edition', zh: '第一版' }, date: '2026-11-28' },
  { id: '2', number: 2, name: { en: 'Second edition', zh: '第二版' }, date: '2026-11-29' },
  { id: '3', number: 3, name: { en: 'Third edition', zh: '第三版' }, date: '2026-12-06' },
];

export const CURRENT_EDITION: Edition = EDITIONS[EDITIONS.length - 1]!;

export function editionById(id: string): Edition | undefined {
  return EDITIONS.find((e) => e.id === id);
}
