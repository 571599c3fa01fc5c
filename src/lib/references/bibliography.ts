/**
 * The book's bibliography: exactly the works cited in the chapters of both
 * editions (and in data files that hold citations, such as exercises), read at
 * build time through Vite. The unit tests (src/lib/checks/citations.test.ts) check the
 * same rule over the files on disk, naming file and line.
 */
import { REFERENCES, type Reference } from '../../data/references';
import { bibliography, type SourceText } from '../checks/citations';
import { groupedReferences } from './references';

const raw = import.meta.glob(['../../../content/*/*.mdx', '../../data/*.ts', '!../../data/*.test.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

const SOURCES: SourceText[] = Object.entries(raw).map(([path, text]) => ({
  file: path.replace(/^(\.\.\/)+/, (m) => (m.length > 6 ? '' : 'src/')),
  text,
}));

/** The references cited anywhere in the book, in the order of references.ts. */
export function citedReferences(): Reference[] {
  return bibliography(REFERENCES, SOURCES);
}

/** The bibliography in the order of the references page (by kind, then first author, year and title). */
export function orderedReferences(): Reference[] {
  return groupedReferences(citedReferences()).flatMap((g) => g.refs);
}

/** The downloadable files of the bibliography (src/pages/references.*.ts), at the site's root. */
export const BIBLIOGRAPHY_FILES = [
  { file: 'references.bib', format: 'BibTeX', type: 'application/x-bibtex' },
  { file: 'references.ris', format: 'RIS', type: 'application/x-research-info-systems' },
  { file: 'references.json', format: 'CSL-JSON', type: 'application/vnd.citationstyles.csl+json' },
] as const;
