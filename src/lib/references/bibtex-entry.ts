/**
 * The BibTeX entry of a section of the book, and the input every citation format takes: no
 * citation engine here, so the reading list's BibTeX export does not load citeproc and the CSL
 * styles (half a megabyte) with the course builder. `src/lib/references/citation.ts` re-exports all of it and
 * adds APA and GB/T through citeproc (see its header for the entry's model).
 */
import type { Lang } from '../book/book';
import { bibtexEscape, bibtexUrlText } from './bibtex-text';

export type CiteFormat = 'bibtex' | 'apa' | 'gbt';

export interface CiteInput {
  lang: Lang;
  /** The section's id (the BibTeX key is `fmbook-<lang>-<id>`). */
  id: string;
  /** The section's title without its number. */
  section: string;
  /** "4.2.3", when the section is numbered. */
  number?: string;
  /** The stable URL of the section in this edition, with its #fragment. */
  url: string;
  /** YYYY-MM-DD. */
  accessed: string;
  book: string;
  author: string;
  edition: { number: number; date: string };
}

export const CITE_ORDER: Record<Lang, readonly CiteFormat[]> = {
  en: ['bibtex', 'apa', 'gbt'],
  zh: ['gbt', 'bibtex', 'apa'],
};

export const CITE_LABEL: Record<CiteFormat, string> = {
  bibtex: 'BibTeX',
  apa: 'APA',
  gbt: 'GB/T 7714—2015',
};

/** The BibTeX key of a section in one edition: ASCII, different per edition. */
export function bibtexKey(lang: Lang, id: string): string {
  return `fmbook-${lang}-${id.replace(/[^a-z0-9-]/gi, '')}`;
}

const ORDINAL_WORDS = ['First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth', 'Ninth', 'Tenth'];

function ord(n: number): string {
  const t = n % 100;
  const suffix = t >= 11 && t <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** BibTeX's documented form of `edition`: the capitalized ordinal word ("Second"), which plain.bst follows with "edition". */
export function editionWord(n: number): string {
  return ORDINAL_WORDS[n - 1] ?? ord(n);
}

export function parseDate(iso: string): [number, number, number] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`not a date (YYYY-MM-DD): ${iso}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

const NOTE: Record<Lang, (url: string, accessed: string) => string> = {
  en: (url, accessed) => `Online at ${url}, accessed ${accessed}`,
  zh: (url, accessed) => `网址：${url}，访问日期：${accessed}`,
};

export function bibtex(c: CiteInput): string {
  const [y] = parseDate(c.edition.date);
  parseDate(c.accessed);
  const fields: [string, string][] = [
    ['author', `{${bibtexEscape(c.author)}}`],
    // Braced twice: classic styles and reference managers change the case of titles ("Rag"); the braces keep the book's.
    ['title', `{${bibtexEscape(c.section)}}`],
    ['booktitle', `{${bibtexEscape(c.book)}}`],
    ...(c.number
      ? ([
          ['type', c.lang === 'zh' ? '节' : 'Section'],
          ['chapter', c.number],
        ] as [string, string][])
      : []),
    ['edition', c.edition.number > 1 ? editionWord(c.edition.number) : ''],
    ['year', String(y)],
    ['date', c.edition.date],
    ['url', c.url],
    ['urldate', c.accessed],
    ['note', NOTE[c.lang](bibtexUrlText(c.url), c.accessed)],
    ['language', c.lang === 'zh' ? 'chinese' : 'english'],
    // biblatex: the note already gives the address; do not print it twice (classic BibTeX ignores this field).
    ['options', 'url=false'],
  ];
  const shown = fields.filter(([, v]) => v !== '');
  return `@incollection{${bibtexKey(c.lang, c.id)},\n${shown.map(([k, v]) => `  ${k} = {${v}}`).join(',\n')}\n}`;
}
