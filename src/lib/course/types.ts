/**
 * The course kit's shared types: a reading list as the builder holds it (ids in order, grouped
 * into modules) and as the exports receive it (each id resolved against `/links.json`).
 * `state.ts` parses and writes the URL form; `export-*.ts` turn an `ExportInput` into a file.
 */
import type { Lang } from '../book/book';

/** One chosen item: a published id from `/links.json` and the instructor's note. */
export interface CourseItem {
  id: string;
  note?: string;
}

/** A week or module: its items in order, and an optional title ("Week 1" when absent). */
export interface CourseModule {
  title?: string;
  items: CourseItem[];
}

/** The whole builder state: everything lives in the URL. */
export interface CourseList {
  title: string;
  modules: CourseModule[];
  /** Seeded versions per numeric exercise in the quiz exports (default 5). */
  variants: number;
}

/** A `/links.json` target, as the builder and the exports need it. */
export interface LinkTarget {
  id: string;
  kind: 'page' | 'heading' | 'equation' | 'example' | 'exercise';
  chapter: string;
  number: string | null;
  title: Record<Lang, string>;
  url: Record<Lang, string>;
  since: string;
}

/** An item resolved against `/links.json`, with the reading time (minutes) when it is text. */
export interface ResolvedItem {
  target: LinkTarget;
  note?: string;
  minutes?: number;
}

export interface ResolvedModule {
  title: string;
  items: ResolvedItem[];
}

/** What every export receives. `lang` is the chosen edition's language. */
export interface ExportInput {
  lang: Lang;
  title: string;
  /** The edition, as `/links.json` names it: id, name in both languages, date. */
  edition: { id: string; name: Record<Lang, string>; date: string };
  book: Record<Lang, string>;
  modules: ResolvedModule[];
  variants: number;
  /** The access date of the BibTeX entries (`urldate`), YYYY-MM-DD; today when absent. */
  accessed?: string;
  /** How the reading time is estimated (the builder's rule, chosen language): under the total in Markdown and HTML. */
  minutesRule?: string;
}

/** One downloadable file. */
export interface ExportFile {
  filename: string;
  mime: string;
  content: string | Uint8Array;
}
