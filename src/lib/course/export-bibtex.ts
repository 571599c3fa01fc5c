/**
 * The reading list as BibTeX: one entry per listed target (a target listed twice gives one entry),
 * in list order, each exactly what the section's Cite panel gives (`bibtex(CiteInput)` from
 * src/lib/references/citation.ts): the chosen edition's title and URL, the book, author and edition.
 * Chapters and sections carry their number (`chapter` field); equations, examples and exercises have
 * it in their title already ("Equation (4.3)", "Exercise 4.1").
 */
import { BOOK } from '../book/book';
import { bibtex, type CiteInput } from '../references/bibtex-entry';
import { isoDate } from '../references/cite-text';
import { EDITIONS } from '../../data/editions';
import type { ExportFile, ExportInput, ResolvedItem } from './types';
import { fileStem } from './export-common';

/** The edition's number: from the book's list of editions, else the id when it is a whole number. */
function editionNumber(input: ExportInput): number {
  const e = EDITIONS.find((x) => x.id === input.edition.id);
  if (e) return e.number;
  const n = Number(input.edition.id);
  return Number.isInteger(n) && n > 0 ? n : 1;
}

export function citeInputOf(item: ResolvedItem, input: ExportInput, accessed: string): CiteInput {
  const { lang } = input;
  const t = item.target;
  const numbered = (t.kind === 'page' || t.kind === 'heading') && t.number ? t.number : undefined;
  return {
    lang,
    id: t.id,
    section: t.title[lang],
    ...(numbered ? { number: numbered } : {}),
    url: t.url[lang],
    accessed,
    book: input.book[lang],
    author: BOOK.author[lang],
    edition: { number: editionNumber(input), date: input.edition.date },
  };
}

export function exportBibtex(input: ExportInput): ExportFile {
  const accessed = input.accessed ?? isoDate(new Date());
  const seen = new Set<string>();
  const entries: string[] = [];
  for (const m of input.modules) {
    for (const it of m.items) {
      if (seen.has(it.target.id)) continue;
      seen.add(it.target.id);
      entries.push(bibtex(citeInputOf(it, input, accessed)));
    }
  }
  return {
    filename: `${fileStem(input.title)}.bib`,
    mime: 'application/x-bibtex;charset=utf-8',
    content: entries.length ? `${entries.join('\n\n')}\n` : '',
  };
}
