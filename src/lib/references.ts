import type { Lang } from './book';
import type { Reference } from '../data/references';

/** "Bommasani et al., 2021" / "Bommasani 等，2021" — the short label of a citation. */
export function citeLabel(ref: Reference, lang: Lang): string {
  const real = ref.authors.filter((a) => a !== 'et al.');
  const surname = (name: string) => {
    // Organizations ("Google Brain") are kept whole; people are cited by surname.
    if (/\b(Inc\.|Team|Research|Brain|Google|OpenAI|Foundation|Project|Union|Parliament|Commission|Council|Workshop|Administration|House|Agency|Court|Legislature|Landgericht)\b/.test(name)) return name;
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
