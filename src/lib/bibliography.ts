/**
 * The book's bibliography: exactly the works cited in the chapters of both
 * editions (and in data files that hold citations, such as exercises), read at
 * build time through Vite. The unit tests (src/lib/citations.test.ts) check the
 * same rule over the files on disk, naming file and line.
 */
import { REFERENCES, type Reference } from '../data/references';
import { bibliography, type SourceText } from './citations';

const raw = import.meta.glob(['../../content/*/*.mdx', '../data/*.ts', '!../data/*.test.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

const SOURCES: SourceText[] = Object.entries(raw).map(([path, text]) => ({
  file: path.replace(/^(\.\.\/)+/, (m) => (m.length > 3 ? '' : 'src/')),
  text,
}));

/** The references cited anywhere in the book, in the order of references.ts. */
export function citedReferences(): Reference[] {
  return bibliography(REFERENCES, SOURCES);
}
