/**
 * The book's bibliography: one list, rendered in both languages and cited from
 * the chapters with <Cite id="…" />. Every entry is real and checkable: it has a
 * DOI, an arXiv id, an ISBN or a stable URL. `note` says (in both languages) why
 * a reader needs it, or what the original article got wrong about it.
 */
export type ReferenceKind = 'book' | 'article' | 'inproceedings' | 'preprint' | 'software' | 'web';

export interface Reference {
  /** Stable id, lower-case kebab-case, e.g. "bommasani-2021". Anchors are `ref-<id>`. */
  id: string;
  kind: ReferenceKind;
  authors: string[];
  year: number;
  title: string;
  /** Journal, conference, publisher or site. */
  venue: string;
  doi?: string;
  arxiv?: string;
  isbn?: string;
  url?: string;
  note?: { en: string; zh: string };
}

export const REFERENCES: readonly Reference[] = [
  {
    id: 'bommasani-2021',
    kind: 'preprint',
    authors: ['Rishi Bommasani', 'Drew A. Hudson', 'Ehsan Adeli', 'et al.'],
    year: 2021,
    title: 'On the Opportunities and Risks of Foundation Models',
    venue: 'arXiv preprint',
    arxiv: '2108.07258',
    note: {
      en: 'The report that named “foundation models” and describes their socio-technical nature.',
      zh: '提出“基础模型”这一名称并讨论其社会技术性质的报告。',
    },
  },
];
