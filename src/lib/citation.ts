/**
 * "Cite this section": the citation of one section of the book in BibTeX, APA
 * (7th edition) and GB/T 7714—2015, in the page's language. One formatter for
 * the Cite panel (src/scripts/cite-panel.ts, loaded on demand), the reading
 * list's exports and the tests; pure, no DOM.
 *
 * APA and GB/T come from citeproc-js with the official CSL styles (src/lib/csl.ts);
 * BibTeX is written here (CSL has no BibTeX output). Choices (docs/links.md,
 * "Cite this section"):
 * - BibTeX: `@incollection` (the section's own title in `title`, the book in
 *   `booktitle`, `type = {Section}` + `chapter` for its number), which classic
 *   BibTeX (plain, unsrt and the natbib styles) and biblatex/biber both print as
 *   "Section. In Book, section 4.2.3". Classic styles have no URL field, so the
 *   address and access date are in `note`; `url`/`urldate` are there for Zotero
 *   and biber, and `options = {url=false}` keeps biblatex from printing the
 *   address twice. `edition` is BibTeX's ordinal word ("Third").
 *   Keys differ by edition: `fmbook-en-<id>`, `fmbook-zh-<id>`.
 * - APA 7: a section of an authored book is cited as the book (the reference
 *   entry, with the section's URL); the section is named in the in-text
 *   citation (`apaInText`).
 * - GB/T 7714—2015 (author-date): the section as a contribution to an online
 *   book, `[M/OL]//`.
 * - Chinese edition: GB/T first, then BibTeX, then APA.
 */
import type { Lang } from './book';
import { cslBibliography, cslCitation, type CslItem } from './csl';
import { splitNumber, isoDate } from './cite-text';
import { bibtexEscape, bibtexUrlText } from './bibtex-text';

export { splitNumber, isoDate, bibtexEscape, bibtexUrlText };

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

function parseDate(iso: string): [number, number, number] {
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

function cslAuthor(c: CiteInput): CslItem['author'] {
  return [{ literal: c.author }];
}

/** The book, for APA: APA 7 references an authored book as a whole (the section goes in the in-text citation). */
export function apaItem(c: CiteInput): CslItem {
  const issued = parseDate(c.edition.date);
  return {
    id: bibtexKey(c.lang, c.id),
    type: 'book',
    title: c.book,
    author: cslAuthor(c),
    ...(c.edition.number > 1 ? { edition: String(c.edition.number) } : {}),
    issued: { 'date-parts': [issued] },
    accessed: { 'date-parts': [parseDate(c.accessed)] },
    URL: c.url,
    language: c.lang === 'zh' ? 'zh-CN' : 'en-US',
  };
}

/** The section as a contribution to the online book, for GB/T 7714—2015. */
export function gbtItem(c: CiteInput): CslItem {
  return {
    ...apaItem(c),
    type: 'chapter',
    title: c.section,
    'container-title': c.book,
    // GB/T names the book's author after "//" (专著主要责任者), here the same as the section's.
    'container-author': cslAuthor(c),
  };
}

export function apa(c: CiteInput): string {
  return cslBibliography('apa', c.lang, [apaItem(c)])[0]!;
}

/** APA's in-text citation naming the section, e.g. "(Author, 2026, Section 4.2.3)". */
export function apaInText(c: CiteInput): string {
  return cslCitation('apa', c.lang, apaItem(c), c.number ? { label: 'section', value: c.number } : undefined);
}

export function gbt(c: CiteInput): string {
  return cslBibliography('gbt', c.lang, [gbtItem(c)])[0]!;
}

export function citation(format: CiteFormat, c: CiteInput): string {
  return format === 'bibtex' ? bibtex(c) : format === 'apa' ? apa(c) : gbt(c);
}
