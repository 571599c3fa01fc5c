/**
 * "Cite this section": the citation of one section of the book in BibTeX, APA
 * (7th edition) and GB/T 7714—2015, in the page's language. One formatter for
 * the Cite panel (src/scripts/cite-panel.ts, loaded on demand), the reading
 * list's exports and the tests; pure, no DOM.
 *
 * APA and GB/T come from citeproc-js with the official CSL styles (src/lib/references/csl.ts);
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
import type { Lang } from '../book/book';
import { cslBibliography, cslCitation, type CslItem } from './csl';
import { splitNumber, isoDate } from './cite-text';
import { bibtexEscape, bibtexUrlText } from './bibtex-text';

export { splitNumber, isoDate, bibtexEscape, bibtexUrlText };
export * from './bibtex-entry';
import { bibtex, bibtexKey, parseDate, type CiteFormat, type CiteInput } from './bibtex-entry';

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
