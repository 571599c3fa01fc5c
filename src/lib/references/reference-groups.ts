/**
 * The groups of the bibliography (src/components/ReferenceList.astro): one per
 * kind of work that has entries, in a fixed order, each under an h3 with the
 * stable id `ref-group-<kind>`. Pure: the component gives it the cited works,
 * the link inventory (src/lib/book/component-headings.ts) the reference list, which
 * holds exactly the cited works (src/lib/checks/citations.test.ts).
 */
import type { Lang } from '../book/book';
import type { Reference, ReferenceKind } from '../../data/references';

export const REFERENCE_KINDS: readonly ReferenceKind[] = ['book', 'article', 'inproceedings', 'preprint', 'software', 'web'];

export const REFERENCE_KIND_LABEL: Record<ReferenceKind, Record<Lang, string>> = {
  book: { en: 'Books and monographs', zh: '书籍与专著' },
  article: { en: 'Journal articles', zh: '期刊论文' },
  inproceedings: { en: 'Conference papers', zh: '会议论文' },
  preprint: { en: 'Preprints', zh: '预印本' },
  software: { en: 'Software', zh: '软件' },
  web: { en: 'Web pages', zh: '网页' },
};

/** The id of a group's heading: `ref-group-book`. */
export function referenceGroupId(kind: ReferenceKind): string {
  return `ref-group-${kind}`;
}

export interface ReferenceGroup<R> {
  kind: ReferenceKind;
  id: string;
  title: Record<Lang, string>;
  refs: R[];
}

/** The non-empty groups of `refs`, in the order of REFERENCE_KINDS; each group's works keep the order of `refs`. */
export function referenceGroups<R extends Pick<Reference, 'kind'>>(refs: readonly R[]): ReferenceGroup<R>[] {
  return REFERENCE_KINDS.map((kind) => ({ kind, id: referenceGroupId(kind), title: REFERENCE_KIND_LABEL[kind], refs: refs.filter((r) => r.kind === kind) })).filter(
    (g) => g.refs.length > 0,
  );
}
