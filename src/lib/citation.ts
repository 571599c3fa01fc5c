/**
 * "Cite this section": the citation of one section of the book in BibTeX, APA
 * (7th edition style) and GB/T 7714—2015, in the page's language. One formatter
 * for the Cite panel (src/scripts/cite-panel.ts) and the tests; pure, no DOM.
 *
 * Choices where the styles leave room (see docs/links.md, "Cite this section"):
 * - BibTeX: biblatex-style `@inbook` (section title in `title`, the book in
 *   `booktitle`, the section number in `chapter`), the author braced as one
 *   corporate name, `edition` as a number, `urldate` the access date. Text
 *   fields escape TeX's specials (quotes, braces, %, &, #, $, _, ~, ^, \) in a
 *   way that keeps BibTeX's braces balanced; CJK text stays UTF-8.
 * - APA: "Author. (Year). Section. In Book (2nd ed., Section 4.2.3). Retrieved
 *   <access date>, from <URL>" — a retrieval date because the book is revised.
 * - GB/T 7714—2015: a contribution in an online book, `[M/OL]` with `//`,
 *   edition "2版" / "2nd ed." (the first edition is not stated, per the
 *   standard), the section in place of pages, the access date in brackets.
 *   Place and publisher are omitted (an online edition without a publisher).
 * - Chinese edition: GB/T first, then BibTeX, then APA.
 */
import type { Lang } from './book';

export type CiteFormat = 'bibtex' | 'apa' | 'gbt';

export interface CiteInput {
  lang: Lang;
  /** The section's id (the BibTeX key is `fmbook-<id>`). */
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

const TEX: Record<string, string> = {
  '\\': '{\\textbackslash}',
  '{': '{\\textbraceleft}',
  '}': '{\\textbraceright}',
  '%': '\\%',
  '&': '\\&',
  '#': '\\#',
  $: '\\$',
  _: '\\_',
  '"': '{"}',
  '~': '{\\textasciitilde}',
  '^': '{\\textasciicircum}',
};

/** A text field's value for BibTeX: TeX specials escaped, braces balanced, Unicode kept. */
export function bibtexEscape(s: string): string {
  return s.replace(/[\\{}%&#$_"~^]/g, (c) => TEX[c]!);
}

function ord(n: number): string {
  const t = n % 100;
  const suffix = t >= 11 && t <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function parseDate(iso: string): { y: number; m: number; d: number } {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`not a date (YYYY-MM-DD): ${iso}`);
  return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
}

function year(iso: string): string {
  return String(parseDate(iso).y);
}

export function bibtex(c: CiteInput): string {
  const fields: [string, string][] = [
    ['author', `{${bibtexEscape(c.author)}}`],
    ['title', bibtexEscape(c.section)],
    ['booktitle', bibtexEscape(c.book)],
    ...(c.number ? ([['chapter', c.number]] as [string, string][]) : []),
    ['edition', String(c.edition.number)],
    ['year', year(c.edition.date)],
    ['date', c.edition.date],
    ['url', c.url],
    ['urldate', c.accessed],
    ['language', c.lang === 'zh' ? 'chinese' : 'english'],
  ];
  const key = `fmbook-${c.id.replace(/[^a-z0-9-]/gi, '')}`;
  return `@inbook{${key},\n${fields.map(([k, v]) => `  ${k} = {${v}}`).join(',\n')}\n}`;
}

export function apa(c: CiteInput): string {
  const y = year(c.edition.date);
  const a = parseDate(c.accessed);
  if (c.lang === 'zh') {
    const where = [c.edition.number > 1 ? `第${c.edition.number}版` : '', c.number ? `第${c.number}节` : ''].filter(Boolean).join(', ');
    return `${c.author}. (${y}). ${c.section}. 载于《${c.book}》${where ? `(${where})` : ''}. 检索于${a.y}年${a.m}月${a.d}日, 取自 ${c.url}`;
  }
  const where = [c.edition.number > 1 ? `${ord(c.edition.number)} ed.` : '', c.number ? `Section ${c.number}` : ''].filter(Boolean).join(', ');
  const author = /[.!?]$/.test(c.author) ? c.author : `${c.author}.`;
  return `${author} (${y}). ${c.section}. In ${c.book}${where ? ` (${where})` : ''}. Retrieved ${MONTHS[a.m - 1]} ${a.d}, ${a.y}, from ${c.url}`;
}

export function gbt(c: CiteInput): string {
  const y = year(c.edition.date);
  const zh = c.lang === 'zh';
  const ed = c.edition.number > 1 ? (zh ? `${c.edition.number}版. ` : `${ord(c.edition.number)} ed. `) : '';
  const at = c.number ? (zh ? `: ${c.number}节` : `: Section ${c.number}`) : '';
  return `${c.author}. ${c.section}[M/OL]//${c.author}. ${c.book}. ${ed}${y}${at}[${c.accessed}]. ${c.url}.`;
}

export function citation(format: CiteFormat, c: CiteInput): string {
  return format === 'bibtex' ? bibtex(c) : format === 'apa' ? apa(c) : gbt(c);
}

/** "4.2.3 Momentum" → { number: "4.2.3", title: "Momentum" }. */
export function splitNumber(text: string): { number?: string; title: string } {
  const t = text.replace(/\s+/g, ' ').trim();
  const m = /^(\d+(?:\.\d+)+)\s+(.*)$/.exec(t);
  return m ? { number: m[1]!, title: m[2]! } : { title: t };
}

/** Today's date in the reader's time zone, YYYY-MM-DD. */
export function isoDate(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}
