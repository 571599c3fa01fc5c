import type { Lang } from '../book/book';
import type { Reference, ReferenceKind } from '../../data/references';
import { REFERENCE_KINDS } from './reference-groups';

/** An author that is an organization ("Google Brain", "NVIDIA"), not a person: kept whole, never split into names. */
export function isOrganization(name: string): boolean {
  return !/\s/.test(name.trim()) || /\b(Inc\.|Team|Research|Brain|Google|OpenAI|Foundation|Project|Union|Parliament|Commission|Council|Workshop|Administration|House|Agency|Court|Legislature|Landgericht)\b/.test(name);
}

/** "Bommasani et al., 2021" / "Bommasani 等，2021" — the short label of a citation. */
export function citeLabel(ref: Reference, lang: Lang): string {
  const real = ref.authors.filter((a) => a !== 'et al.');
  const surname = (name: string) => {
    // Organizations ("Google Brain") are kept whole; people are cited by surname.
    if (isOrganization(name)) return name;
    const parts = name.trim().split(/\s+/);
    return parts[parts.length - 1] ?? name;
  };
  const first = real[0] ? surname(real[0]) : '';
  let who: string;
  if (real.length === 1 && ref.authors.length === 1) who = first;
  else if (real.length === 2 && ref.authors.length === 2) who = lang === 'zh' ? `${first} 和 ${surname(real[1]!)}` : `${first} & ${surname(real[1]!)}`;
  else who = lang === 'zh' ? `${first} 等` : `${first} et al.`;
  return lang === 'zh' ? `${who}，${ref.year}` : `${who}, ${ref.year}`;
}

/** The checkable link of a reference: DOI, arXiv, then URL. */
export function referenceLink(ref: Reference): string | undefined {
  if (ref.doi) return `https://doi.org/${ref.doi}`;
  if (ref.arxiv) return `https://arxiv.org/abs/${ref.arxiv}`;
  return ref.url;
}

/** The kinds in the order of the references page (defined with the groups' ids and titles). */
export { REFERENCE_KINDS };

const surnameOf = (name: string) => {
  const parts = name.trim().split(/\s+/);
  return parts[parts.length - 1] ?? name;
};
const collator = new Intl.Collator('en', { sensitivity: 'base' });

/** The references grouped by kind (REFERENCE_KINDS order, empty groups left out), each sorted by first author, year and title. */
export function groupedReferences(refs: readonly Reference[]): { kind: ReferenceKind; refs: Reference[] }[] {
  const key = (r: Reference) => `${surnameOf(r.authors[0] ?? '')} ${r.year} ${r.title}`;
  return REFERENCE_KINDS.map((kind) => ({
    kind,
    refs: refs.filter((r) => r.kind === kind).sort((a, b) => collator.compare(key(a), key(b))),
  })).filter((g) => g.refs.length > 0);
}
