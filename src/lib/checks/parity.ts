/**
 * The parity check: both editions must have the same pages, the same heading
 * ids in the same order, the same number of display equations and the same
 * examples. Pure: it reads MDX source text, so it runs in Vitest and at build
 * time alike.
 */
import { parseIdComment } from '../book/ids';
import { parseEquationComment } from '../book/equations';

export interface PageFacts {
  headingIds: string[];
  displayEquations: number;
  /** The name of each display equation (`{/*eq:name*\/}` before it), "" when unnamed. */
  equationNames: string[];
  /** Embedded examples, in order: "mse", "optimizer-playground", "training", … */
  examples: string[];
}

/** Strips fenced code blocks (``` or ~~~), whose content is not MDX. */
function withoutCode(src: string): string[] {
  const out: string[] = [];
  let fence: string | null = null;
  for (const line of src.split(/\r?\n/)) {
    const m = /^\s*(`{3,}|~{3,})/.exec(line);
    if (fence) {
      if (m && m[1]!.startsWith(fence)) fence = null;
      out.push('');
      continue;
    }
    if (m) {
      fence = m[1]!;
      out.push('');
      continue;
    }
    out.push(line);
  }
  return out;
}

const EXAMPLE_TAGS: Record<string, string | null> = {
  Example: null, // name from its `name` attribute
  OptimizerPlayground: 'optimizer-playground',
  TrainingExample: 'training',
  TinyLmLab: 'tiny-lm',
};

export function pageFacts(src: string): PageFacts {
  const lines = withoutCode(src);
  const headingIds: string[] = [];
  let displayEquations = 0;
  let inMath = false;
  const examples: string[] = [];
  const equationNames: string[] = [];
  let pendingName = '';
  for (const line of lines) {
    const eq = /^\s*\{(\/\*.*?\*\/)\}\s*$/.exec(line);
    const eqName = eq ? parseEquationComment(eq[1]!) : undefined;
    if (eqName !== undefined) pendingName = eqName;
    const h = /^#{2,4}\s+.*?\{(\/\*.*?\*\/)\}\s*$/.exec(line);
    if (h) {
      const id = parseIdComment(h[1]!);
      if (id) headingIds.push(id);
    } else if (/^#{2,4}\s/.test(line)) {
      headingIds.push('(missing id)');
    }
    // Display math: a line that opens (or opens and closes) a $$ block.
    const dollars = (line.match(/\$\$/g) ?? []).length;
    if (dollars > 0) {
      if (!inMath) {
        displayEquations += 1;
        equationNames.push(pendingName);
        pendingName = '';
      }
      if (dollars % 2 === 1) inMath = !inMath;
    }
    for (const m of line.matchAll(/<(\w+)\b([^>]*)/g)) {
      const tag = m[1]!;
      if (!(tag in EXAMPLE_TAGS)) continue;
      const fixed = EXAMPLE_TAGS[tag];
      const name = fixed ?? /\bname="([^"]+)"/.exec(m[2] ?? '')?.[1] ?? '(unnamed)';
      examples.push(name);
    }
  }
  return { headingIds, displayEquations, equationNames, examples };
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
