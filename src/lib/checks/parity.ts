/**
 * The parity check: both editions must have the same pages, the same heading
 * ids in the same order, the same number of display equations and the same
 * examples. Pure: it reads MDX source text, so it runs in Vitest and at build
 * time alike.
 */
import { contentModel } from '../book/content-model';

export interface PageFacts {
  headingIds: string[];
  displayEquations: number;
  /** The name of each display equation (`{/*eq:name*\/}` before it), "" when unnamed. */
  equationNames: string[];
  /** Embedded examples, in order: "mse", "optimizer-playground", "training", … */
  examples: string[];
}

/** The facts of one page that must agree between the editions (from its content model). */
export function pageFacts(src: string): PageFacts {
  const model = contentModel(src);
  return {
    // A heading whose comment is not an id is left out here; one without a comment is reported.
    headingIds: model.headings.flatMap((h) => (h.id ? [h.id] : h.hasComment ? [] : ['(missing id)'])),
    displayEquations: model.equations.length,
    equationNames: model.equations.map((e) => e.name),
    examples: model.examples.map((e) => e.name ?? '(unnamed)'),
  };
}

export interface ParityProblem {
  slug: string;
  message: string;
}

/**
 * Compares the editions. `en` and `zh` map a page slug to its MDX source.
 * Returns every difference found (empty when in parity).
 */
export function checkParity(en: Record<string, string>, zh: Record<string, string>): ParityProblem[] {
  const problems: ParityProblem[] = [];
  const slugs = new Set([...Object.keys(en), ...Object.keys(zh)]);
  for (const slug of [...slugs].sort()) {
    const a = en[slug];
    const b = zh[slug];
    if (a === undefined || b === undefined) {
      problems.push({
        slug,
        message: `content/${a === undefined ? 'en' : 'zh'}/${slug}.mdx is missing: the page exists only in content/${a === undefined ? 'zh' : 'en'}/`,
      });
      continue;
    }
    const fa = pageFacts(a);
    const fb = pageFacts(b);
    const ids = (xs: string[]) => xs.join(', ');
    if (ids(fa.headingIds) !== ids(fb.headingIds)) {
      const onlyEn = fa.headingIds.filter((x) => !fb.headingIds.includes(x));
      const onlyZh = fb.headingIds.filter((x) => !fa.headingIds.includes(x));
      const detail =
        onlyEn.length || onlyZh.length
          ? `only in en: [${onlyEn.join(', ')}]; only in zh: [${onlyZh.join(', ')}]`
          : `same ids in a different order: en [${ids(fa.headingIds)}] vs zh [${ids(fb.headingIds)}]`;
      problems.push({ slug, message: `${slug}.mdx: heading ids differ — ${detail}` });
    }
    const dupes = (xs: string[]) => xs.filter((x, i) => xs.indexOf(x) !== i);
    for (const [lang, f] of [['en', fa], ['zh', fb]] as const) {
      for (const d of new Set(dupes(f.headingIds))) {
        problems.push({ slug, message: `content/${lang}/${slug}.mdx: heading id "${d}" is used twice` });
      }
    }
    if (fa.displayEquations !== fb.displayEquations) {
      problems.push({
        slug,
        message: `${slug}.mdx: display equations differ — en has ${fa.displayEquations}, zh has ${fb.displayEquations}`,
      });
    }
    if (fa.displayEquations === fb.displayEquations && ids(fa.equationNames) !== ids(fb.equationNames)) {
      const show = (xs: string[]) => xs.map((x, i) => `${i + 1}:${x || '(unnamed)'}`).join(', ');
      problems.push({
        slug,
        message: `${slug}.mdx: equation names differ — en [${show(fa.equationNames)}] vs zh [${show(fb.equationNames)}]`,
      });
    }
    if (ids(fa.examples) !== ids(fb.examples)) {
      problems.push({
        slug,
        message: `${slug}.mdx: embedded examples differ — en [${ids(fa.examples)}] vs zh [${ids(fb.examples)}]`,
      });
    }
  }
  return problems;
}
