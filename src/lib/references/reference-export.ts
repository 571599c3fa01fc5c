/**
 * The bibliography as files (/references.bib, /references.ris, /references.json,
 * written at build time by src/pages/references.*.ts and linked from the
 * references page of both editions): BibTeX, RIS and CSL-JSON, which Zotero and
 * other reference managers import. One entry per cited reference, keyed by its
 * id (the `ref-<id>` anchor's id). Pure.
 *
 * - Names: a person "Given Family" is split before the family name: the last
 *   word, or from a lowercase particle on ("Lopez de Lacalle"); an organization (`isOrganization`) stays whole
 *   (braced in BibTeX, `literal` in CSL-JSON). A list cut with "et al." ends in
 *   BibTeX's `and others`; RIS and CSL-JSON have no such marker and list the names given.
 * - Types: book → @book / BOOK / book; article → @article / JOUR / article-journal;
 *   inproceedings → @inproceedings / CONF / paper-conference; preprint → @misc
 *   with `eprint` / UNPB / article; software → @misc / COMP / software; web →
 *   @misc / ELEC / webpage. `venue` (journal, proceedings, publisher or site,
 *   with volume and pages as written) goes whole into the one field that holds it.
 * - CSL-JSON: the arXiv id is in the URL (no style prints a `number` field right for it);
 *   `language` is zh-CN for a title in Chinese, else en-US.
 * - Text is kept as UTF-8 (CJK included); BibTeX escapes TeX's specials and
 *   braces titles (classic styles would lowercase them); RIS strips line breaks.
 */
import type { Reference } from '../../data/references';
import { bibtexEscape } from './bibtex-text';
import { isOrganization } from './references';
import type { CslItem } from './csl';

export interface PersonName {
  family: string;
  given?: string;
}

/** A person's name parts, or undefined for an organization or "et al.". */
export function personName(name: string): PersonName | undefined {
  const n = name.trim();
  // An organization: a known kind (isOrganization) or a name with a lowercase word ("Ministry of Public Security").
  if (n === 'et al.' || isOrganization(n) || /\s(of|and|for|the|on|in)\s/.test(n)) return undefined;
  const parts = n.split(/\s+/);
  // A lowercase particle starts the family name ("van Gogh"); after a Spanish or Portuguese
  // one, the family name is the two surnames it joins ("Lopez de Lacalle", "Agüera y Arcas").
  let at = parts.findIndex((p, i) => i > 0 && i < parts.length - 1 && /^[a-z]+$/.test(p));
  if (at > 1 && /^(y|e|de|del|da|das|do|dos)$/.test(parts[at]!)) at -= 1;
  if (at < 1) at = parts.length - 1;
  return { given: parts.slice(0, at).join(' '), family: parts.slice(at).join(' ') };
}

const realAuthors = (r: Reference) => r.authors.filter((a) => a !== 'et al.');

const CSL_TYPE: Record<Reference['kind'], CslItem['type']> = {
  book: 'book',
  article: 'article-journal',
  inproceedings: 'paper-conference',
  preprint: 'article',
  software: 'software',
  web: 'webpage',
};

/** One reference as a CSL-JSON item. */
export function cslItem(r: Reference): CslItem {
  const item: CslItem = {
    id: r.id,
    type: CSL_TYPE[r.kind],
    title: r.title,
    author: realAuthors(r).map((a) => personName(a) ?? { literal: a }),
    issued: { 'date-parts': [[r.year]] },
  };
  if (r.kind === 'book' || r.kind === 'software') item.publisher = r.venue;
  else item['container-title'] = r.venue;
  if (r.edition) item.edition = r.edition;
  if (r.doi) item.DOI = r.doi;
  if (r.isbn) item.ISBN = r.isbn;
  // The styles' language rules (GB/T writes "et al." for a Western work, "等" for a Chinese one).
  item.language = /[\u3400-\u9fff]/.test(r.title) ? 'zh-CN' : 'en-US';
  const url = r.url ?? (r.arxiv ? `https://arxiv.org/abs/${r.arxiv}` : undefined);
  if (url) item.URL = url;
  return item;
}

export function cslJson(refs: readonly Reference[]): string {
  return `${JSON.stringify(refs.map(cslItem), null, 1)}\n`;
}

function bibName(name: string): string {
  const p = personName(name);
  if (!p) return `{${bibtexEscape(name)}}`;
  // A family name of several words is braced, or BibTeX would read its lowercase particle as a "von" part.
  const family = /\s/.test(p.family) ? `{${bibtexEscape(p.family)}}` : bibtexEscape(p.family);
  return `${family}, ${bibtexEscape(p.given ?? '')}`;
}

const BIB_TYPE: Record<Reference['kind'], string> = {
  book: 'book',
  article: 'article',
  inproceedings: 'inproceedings',
  preprint: 'misc',
  software: 'misc',
  web: 'misc',
};
const VENUE_FIELD: Record<Reference['kind'], string> = {
  book: 'publisher',
  article: 'journal',
  inproceedings: 'booktitle',
  preprint: 'howpublished',
  software: 'howpublished',
  web: 'howpublished',
};

/** One reference as a BibTeX entry (readable by classic BibTeX and biblatex). */
export function bibtexEntry(r: Reference): string {
  const names = r.authors.map((a) => (a === 'et al.' ? 'others' : bibName(a)));
  const fields: [string, string][] = [
    ['author', names.join(' and ')],
    ['title', `{${bibtexEscape(r.title)}}`],
    // A proceedings title is a title: braced like `title`, so that no one changes its case.
    [VENUE_FIELD[r.kind], r.kind === 'inproceedings' ? `{${bibtexEscape(r.venue)}}` : bibtexEscape(r.venue)],
    ['year', String(r.year)],
  ];
  if (r.edition) fields.push(['edition', bibtexEscape(r.edition)]);
  if (r.doi) fields.push(['doi', r.doi]);
  if (r.arxiv) fields.push(['eprint', r.arxiv], ['archiveprefix', 'arXiv']);
  if (r.isbn) fields.push(['isbn', r.isbn]);
  if (r.url) fields.push(['url', r.url]);
  return `@${BIB_TYPE[r.kind]}{${r.id},\n${fields.map(([k, v]) => `  ${k} = {${v}}`).join(',\n')}\n}`;
}

export function bibtexFile(refs: readonly Reference[], header: string): string {
  return `${header
    .split('\n')
    .map((l) => `% ${l}`)
    .join('\n')}\n\n${refs.map(bibtexEntry).join('\n\n')}\n`;
}

const RIS_TYPE: Record<Reference['kind'], string> = {
  book: 'BOOK',
  article: 'JOUR',
  inproceedings: 'CONF',
  preprint: 'UNPB',
  software: 'COMP',
  web: 'ELEC',
};

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/** One reference as a RIS record (TY first, ER last, "XX  - value" lines). */
export function risRecord(r: Reference): string {
  const lines: [string, string][] = [['TY', RIS_TYPE[r.kind]]];
  for (const a of realAuthors(r)) {
    const p = personName(a);
    lines.push(['AU', p ? `${p.family}, ${p.given ?? ''}` : a]);
  }
  lines.push(['TI', r.title]);
  lines.push([r.kind === 'book' || r.kind === 'software' ? 'PB' : 'T2', r.venue]);
  lines.push(['PY', String(r.year)]);
  if (r.edition) lines.push(['ET', r.edition]);
  if (r.doi) lines.push(['DO', r.doi]);
  if (r.isbn) lines.push(['SN', r.isbn]);
  if (r.arxiv) lines.push(['M1', `arXiv:${r.arxiv}`]);
  const url = r.url ?? (r.arxiv ? `https://arxiv.org/abs/${r.arxiv}` : undefined);
  if (url) lines.push(['UR', url]);
  lines.push(['ID', r.id]);
  return [...lines.map(([k, v]) => `${k}  - ${oneLine(v)}`), 'ER  - '].join('\r\n');
}

export function risFile(refs: readonly Reference[]): string {
  return `${refs.map(risRecord).join('\r\n\r\n')}\r\n`;
}
