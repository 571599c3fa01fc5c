/**
 * The changelog's one hand-written list: sections whose text was revised in an
 * edition, with a short note in both languages. Everything else on the changes
 * pages (/en/changes/, /zh/changes/) is derived, never typed twice:
 * - added: ids first published in an edition (src/data/published-ids.json);
 * - corrected: errata (src/data/errata.ts, `edition`, default the first);
 * - moved: declared moves (src/data/moves.ts).
 * See src/lib/changelog.ts.
 */
export interface Revision {
  /** The edition that revised it. */
  edition: string;
  /** A heading, example, equation or page id of the book. */
  id: string;
  note: { en: string; zh: string };
}

export const REVISIONS: readonly Revision[] = [];
