/**
 * The depth rule: every section a course may link to carries enough prose to
 * teach something. Pure: it reads MDX source text (both editions), so it runs
 * in Vitest; the rule's numbers and exemptions are data (src/data/depth.ts).
 *
 * Which sections: every h3 section (with the h4s inside it), and every h2
 * section that has no h3 subsection. The intro of an h2 that has h3s is not
 * checked (courses link to its subsections).
 *
 * What counts as prose (decided here, documented in docs/content.md):
 * - text of paragraphs, list items, table cells, block quotes, links and
 *   emphasis, and the text inside components (`<Term>foundation model</Term>`);
 * - inline code, split on whitespace (`model.fit` is one word);
 * - inline math `$…$` and a computed `<Value …/>` count as one word each (they
 *   are read as one word in a sentence);
 * - NOT counted: headings, MDX comments (`{/*id*\/}`), imports/exports,
 *   component attributes (`id="…"`, `name="…"`), display math `$$…$$`,
 *   fenced code blocks, and self-closing components that render no prose
 *   (`<Cite/>`, `<Example/>`).
 *
 * How words are counted, the same function for both editions: Han characters
 * H are counted one by one; the rest of the text is split on whitespace and
 * every token with a letter or digit is one word W. A section's size in
 * English-word equivalents is W + H / hanPerWord, where hanPerWord is the
 * book's own ratio (see measureHanPerWord; the value used is in
 * src/data/depth.ts).
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkMath from 'remark-math';
import { parseIdComment } from '../book/ids';

/** The rule, as data. */
export interface DepthRules {
  /** Minimum size of a checked section, in English words (or equivalents). */
  minWords: number;
  /** Han characters per English word, used to convert Chinese prose. */
  hanPerWord: number;
  /** Pages (chapter slugs) that are not checked at all, with the reason. */
  exemptPages: readonly { page: string; reason: string }[];
  /**
   * Sections not checked. `id` is an exact id, or a prefix ending in `*`
   * (`exercises-*`). An exact exemption must still be needed: the test fails
   * on one whose section now passes (so it is removed once fixed).
   */
  exemptSections: readonly { id: string; reason: string }[];
  /**
   * Sections first published in this edition or later (or not yet published)
   * must cite at least one source with `<Cite id>` in each edition.
   */
  citeFromEdition: number;
}

export interface Size {
  /** Han characters. */
  han: number;
  /** Words outside Han characters (English words, names, numbers). */
  words: number;
}

export interface SectionSize extends Size {
  id: string;
  /** 2 for an h2 without h3s, 3 for an h3. */
  depth: 2 | 3;
  /** 1-based line of the heading in the source. */
  line: number;
  /** `<Cite>` elements in the section. */
  cites: number;
}

const HAN = /\p{Script=Han}/gu;
const WORDISH = /[\p{L}\p{N}]/u;

/** Counts Han characters and other words in a piece of plain text. */
export function measureText(text: string): Size {
  const han = (text.match(HAN) ?? []).length;
  const rest = text.replace(HAN, ' ');
  let words = 0;
  for (const tok of rest.split(/[\s\u3000-\u303f\uff00-\uffef]+/u)) if (WORDISH.test(tok)) words += 1;
  return { han, words };
}

/** Size in English-word equivalents. */
export function equivalentWords(s: Size, hanPerWord: number): number {
  return s.words + s.han / hanPerWord;
}

interface Node {
  type: string;
  value?: string;
  depth?: number;
  name?: string | null;
  children?: Node[];
  position?: { start: { line: number } };
}

/** One word-like placeholder for inline math and computed values. */
const ONE_WORD = ' x ';

/** The prose of a node, as plain text (see the rules at the top of the file). */
export function proseOf(node: Node): string {
  switch (node.type) {
    case 'text':
      return node.value ?? '';
    case 'inlineCode':
      return ` ${node.value ?? ''} `;
    case 'inlineMath':
      return ONE_WORD;
    case 'math':
    case 'code':
    case 'mdxjsEsm':
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
    case 'heading':
    case 'html':
      return ' ';
    case 'mdxJsxTextElement':
    case 'mdxJsxFlowElement':
      if (node.name === 'Value') return ONE_WORD;
      return ` ${(node.children ?? []).map(proseOf).join('')} `;
    case 'break':
      return ' ';
    default:
      if (!node.children) return ' ';
      // Block containers: separate children so words do not run together.
      return ` ${node.children.map(proseOf).join(isBlock(node) ? ' ' : '')} `;
  }
}

function isBlock(node: Node): boolean {
  return ['root', 'list', 'listItem', 'blockquote', 'table', 'tableRow', 'tableCell'].includes(node.type);
}

/** Blanks the YAML frontmatter (keeping line numbers): it is not prose. */
export function withoutFrontmatter(src: string): string {
  const m = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(src);
  return m ? m[0].replace(/[^\n]/g, '') + src.slice(m[0].length) : src;
}

function countCites(node: Node): number {
  const own = (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === 'Cite' ? 1 : 0;
  return own + (node.children ?? []).reduce((n, c) => n + countCites(c), 0);
}

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkMath);

function headingId(h: Node): string | undefined {
  const last = h.children?.[h.children.length - 1];
  if (!last || last.type !== 'mdxTextExpression') return undefined;
  return parseIdComment(last.value ?? '');
}

/**
 * The checked sections of one MDX file, in order, with their prose size:
 * every h3 (h4s included), and every h2 that has no h3.
 */
export function sectionSizes(src: string): SectionSize[] {
  const root = parser.parse(withoutFrontmatter(src)) as unknown as Node;
  interface Open {
    id: string;
    depth: 2 | 3;
    line: number;
    text: string[];
    cites: number;
    hasH3: boolean;
  }
  const all: Open[] = [];
  let h2: Open | undefined;
  let cur: Open | undefined;
  for (const child of root.children ?? []) {
    if (child.type === 'heading' && (child.depth === 2 || child.depth === 3)) {
      const sec: Open = {
        id: headingId(child) ?? '(missing id)',
        depth: child.depth,
        line: child.position?.start.line ?? 0,
        text: [],
        cites: 0,
        hasH3: false,
      };
      if (child.depth === 2) h2 = sec;
      else if (h2) h2.hasH3 = true;
      cur = sec;
      all.push(sec);
      continue;
    }
    // Text before the first h2 (the chapter intro) is not a section.
    if (cur) {
      cur.text.push(proseOf(child));
      cur.cites += countCites(child);
    }
  }
  return all
    .filter((s) => s.depth === 3 || !s.hasH3)
    .map((s) => ({ id: s.id, depth: s.depth, line: s.line, cites: s.cites, ...measureText(s.text.join(' ')) }));
}

export interface DepthProblem {
  /** e.g. content/en/core-concepts.mdx */
  file: string;
  line: number;
  page: string;
  id: string;
  lang: string;
  /** English words (or equivalents, rounded down). */
  count: number;
  missing: number;
  message: string;
}

function exemptionFor(id: string, rules: DepthRules) {
  return rules.exemptSections.find((e) => (e.id.endsWith('*') ? id.startsWith(e.id.slice(0, -1)) : e.id === id));
}

function describe(lang: string, s: Size, eq: number, rules: DepthRules): string {
  if (s.han === 0) return `${Math.floor(eq)} words`;
  return `${s.han} Han characters + ${s.words} other words ≈ ${Math.floor(eq)} English words (at ${rules.hanPerWord} Han characters per word)`;
}

/**
 * Checks one edition: `pages` maps a chapter slug to its MDX source. `dir` is
 * the folder named in messages (content/en).
 */
export function checkDepth(pages: Record<string, string>, lang: string, dir: string, rules: DepthRules): DepthProblem[] {
  const problems: DepthProblem[] = [];
  const exemptPages = new Set(rules.exemptPages.map((p) => p.page));
  for (const [page, src] of Object.entries(pages)) {
    if (exemptPages.has(page)) continue;
    for (const s of sectionSizes(src)) {
      if (exemptionFor(s.id, rules)) continue;
      const eq = equivalentWords(s, rules.hanPerWord);
      if (eq >= rules.minWords) continue;
      const count = Math.floor(eq);
      const missing = Math.ceil(rules.minWords - eq);
      const file = `${dir}/${page}.mdx`;
      problems.push({
        file,
        line: s.line,
        page,
        id: s.id,
        lang,
        count,
        missing,
        message: `${file}:${s.line} ${page}#${s.id} (h${s.depth}): ${describe(lang, s, eq, rules)}; ${missing} short of ${rules.minWords}`,
      });
    }
  }
  return problems;
}

/**
 * Exact exemptions that are no longer needed: the section exists and passes
 * in every edition given.
 */
export function staleExemptions(editions: Record<string, string>[], rules: DepthRules): string[] {
  const out: string[] = [];
  for (const e of rules.exemptSections) {
    if (e.id.endsWith('*')) continue;
    let found = false;
    let thin = false;
    for (const pages of editions)
      for (const src of Object.values(pages))
        for (const s of sectionSizes(src))
          if (s.id === e.id) {
            found = true;
            if (equivalentWords(s, rules.hanPerWord) < rules.minWords) thin = true;
          }
    if (found && !thin) out.push(e.id);
  }
  return out;
}

export interface RatioMeasure {
  median: number;
  pairs: number;
}

/**
 * The book's own ratio of Han characters to English words: for each checked
 * section present in both editions, the zh section's Han characters divided
 * by the English words they translate (the en words minus the zh section's
 * own non-Han words, such as names and numbers kept as they are); the median
 * over sections where that is at least `minWords` words.
 */
export function measureHanPerWord(en: Record<string, string>, zh: Record<string, string>, minWords = 40): RatioMeasure {
  const ratios: number[] = [];
  for (const [page, enSrc] of Object.entries(en)) {
    const zhSrc = zh[page];
    if (zhSrc === undefined) continue;
    const zhById = new Map(sectionSizes(zhSrc).map((s) => [s.id, s]));
    for (const e of sectionSizes(enSrc)) {
      const z = zhById.get(e.id);
      if (!z) continue;
      const translated = e.words - z.words;
      if (translated < minWords || z.han === 0) continue;
      ratios.push(z.han / translated);
    }
  }
  ratios.sort((a, b) => a - b);
  const n = ratios.length;
  const median = n === 0 ? NaN : n % 2 ? ratios[(n - 1) / 2]! : (ratios[n / 2 - 1]! + ratios[n / 2]!) / 2;
  return { median, pairs: n };
}

/**
 * Sections that must cite a source and do not: those for which `mustCite(id)`
 * holds (first published in DepthRules.citeFromEdition or later, or new), in
 * one edition. Messages name file, line and id.
 */
export function uncitedSections(pages: Record<string, string>, dir: string, mustCite: (id: string) => boolean): string[] {
  const out: string[] = [];
  for (const [page, src] of Object.entries(pages)) {
    for (const s of sectionSizes(src)) {
      if (s.cites > 0 || !mustCite(s.id)) continue;
      out.push(`${dir}/${page}.mdx:${s.line} ${page}#${s.id} (h${s.depth}): a section new in this edition cites no source: add <Cite id="…" /> (src/data/references.ts)`);
    }
  }
  return out;
}
