/**
 * The changes between editions (/en/changes/, /zh/changes/), derived from the
 * ledger of published ids (added), the errata (corrected), the declared moves
 * (moved) and the one hand-written list of revisions (src/data/changes.ts).
 * Pure.
 */
import type { Lang } from './book';
import type { Ledger, Move } from './ledger';

export type ChangeKind = 'added' | 'revised' | 'corrected' | 'moved';
export const CHANGE_KINDS: readonly ChangeKind[] = ['added', 'revised', 'corrected', 'moved'];

export interface ChangeItem {
  kind: ChangeKind;
  /** The id to link to (the new place for a move). */
  id: string;
  /** Moves: the old id. */
  from?: string;
  /** Corrections: the erratum's id (anchor `erratum-<id>` on the errata page). */
  erratum?: string;
  /** Corrections without a section: the chapter. */
  chapter?: string;
  note?: Record<Lang, string>;
}

export interface EditionChanges {
  edition: string;
  items: ChangeItem[];
}

export interface ChangelogInput {
  editions: readonly { id: string }[];
  ledger: Ledger;
  moves: readonly Move[];
  errata: readonly { id: string; chapter: string; section?: string; edition?: string }[];
  revisions: readonly { edition: string; id: string; note: Record<Lang, string>; kind?: 'revised' | 'corrected' }[];
}

/** Per edition, newest first: what was added, revised, corrected and moved. The first edition adds nothing: it is the book. */
export function changelog(input: ChangelogInput): EditionChanges[] {
  const first = input.editions[0]?.id;
  return [...input.editions].reverse().map(({ id: ed }) => {
    const movedTo = new Set(input.moves.filter((m) => m.edition === ed).map((m) => m.to));
    const added: ChangeItem[] =
      ed === first
        ? []
        : Object.entries(input.ledger)
            .filter(([id, e]) => e.since === ed && !movedTo.has(id))
            .map(([id]) => ({ kind: 'added', id }));
    const ofEdition = input.revisions.filter((r) => r.edition === ed);
    const revised: ChangeItem[] = ofEdition.filter((r) => r.kind !== 'corrected').map((r) => ({ kind: 'revised', id: r.id, note: r.note }));
    // Corrections of the original are errata; corrections of the book's own earlier text are revisions of kind 'corrected'.
    const corrected: ChangeItem[] = [
      ...input.errata
        .filter((e) => (e.edition ?? first) === ed)
        .map((e): ChangeItem => ({ kind: 'corrected', id: e.section ?? e.chapter, erratum: e.id, chapter: e.chapter })),
      ...ofEdition.filter((r) => r.kind === 'corrected').map((r): ChangeItem => ({ kind: 'corrected', id: r.id, note: r.note })),
    ];
    const moved: ChangeItem[] = input.moves
      .filter((m) => m.edition === ed)
      .map((m) => ({ kind: 'moved', id: m.to, from: m.from, note: m.reason }));
    return { edition: ed, items: [...added, ...revised, ...corrected, ...moved] };
  });
}

export const EDITION_UI: Record<
  Lang,
  { changes: string; title: string; description: string; kinds: Record<ChangeKind, string>; none: string; firstEdition: string; erratum: string; was: string }
> = {
  en: {
    changes: 'Changes between editions',
    title: 'Changes between editions',
    description: 'What each edition of the book added, revised, corrected and moved, section by section.',
    kinds: { added: 'Added', revised: 'Revised', corrected: 'Corrected', moved: 'Moved' },
    none: 'Nothing.',
    firstEdition: 'The first edition: the corrected edition of the original article.',
    erratum: 'erratum',
    was: 'formerly',
  },
  zh: {
    changes: '版本变更记录',
    title: '版本变更记录',
    description: '本书每一版新增、修订、更正和移动了什么，逐节列出。',
    kinds: { added: '新增', revised: '修订', corrected: '更正', moved: '移动' },
    none: '无。',
    firstEdition: '第一版：原文的更正版。',
    erratum: '勘误',
    was: '原 id',
  },
};

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "29 November 2026" / "2026 年 11 月 29 日". */
export function editionDate(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`not a date (YYYY-MM-DD): ${iso}`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return lang === 'zh' ? `${y} 年 ${mo} 月 ${d} 日` : `${d} ${MONTHS[mo - 1]} ${y}`;
}
