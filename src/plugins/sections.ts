/**
 * rehype plugin: each h2 of a chapter and everything up to the next h2 in a
 * `<section class="book-section" data-section="<id>">`; inside it, each h3 and
 * what follows it up to the next h3 in a `<section class="book-subsection">`.
 *
 * Why: the sections let the browser skip style, layout and paint of the parts of
 * a long chapter that are off screen (`content-visibility: auto` in
 * src/styles/book.css); subsections, because the maths chapter has only two h2
 * sections, the first of which is on screen when the page opens. On the maths
 * chapter (the largest page, most of its elements KaTeX's; today's count in docs/figures.md),
 * Lighthouse's total blocking time (mobile profile) went from 140–350 ms to 8–110 ms with them
 * when they were introduced (2026-11-28; docs/performance.md, "Long chapters"). The parallel view splits chapters at these
 * sections too (src/lib/book/parallel.ts). Text before the first h2 (the chapter's
 * introduction) stays outside: it is on screen when the page opens.
 *
 * Each section and subsection carries its own estimated height at a phone's and a desktop's
 * width (`style="--est-phone:…px;--est-desktop:…px"`), computed here from its content by
 * src/lib/book/section-estimate.ts: what a skipped section counts with until it is first rendered.
 *
 * MDX `import`/`export` nodes stay at the top level, where MDX needs them.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { langFromPath, slugFromPath } from './heading-ids';
import { YIELD_POINT_TYPE } from '../lib/book/yield-points';
import { addEstimates } from '../lib/book/section-estimate';
import type { Lang } from '../lib/book/book';

/** h2 sections, and the h3 subsections inside them. */
export const SECTION_CLASS = { 2: 'book-section', 3: 'book-subsection' } as const;

interface VFileLike {
  path?: string;
  history?: string[];
}

/** The id of a heading of this level (bare, or already in Starlight's heading wrapper), else undefined. */
function headingId(node: RootContent | ElementContent, level: 2 | 3): string | undefined {
  if (node.type !== 'element') return undefined;
  const tag = `h${level}`;
  const h =
    node.tagName === tag
      ? node
      : node.tagName === 'div' && String(node.properties?.className ?? '').includes(`level-${tag}`)
        ? node.children.find((c): c is Element => c.type === 'element' && c.tagName === tag)
        : undefined;
  const id = h?.properties?.id;
  return typeof id === 'string' && id ? id : undefined;
}

/** Each heading of `level` and what follows it, up to the next one, in a section; then the same one level down. */
function wrap<T extends RootContent | ElementContent>(nodes: T[], level: 2 | 3): T[] {
  const out: T[] = [];
  const made: Element[] = [];
  let section: Element | undefined;
  for (const node of nodes) {
    const id = headingId(node, level);
    if (id !== undefined) {
      section = { type: 'element', tagName: 'section', properties: { className: [SECTION_CLASS[level]], dataSection: id }, children: [] };
      made.push(section);
      out.push(section as T);
    }
    if (section && node.type !== 'mdxjsEsm' && node.type !== 'doctype') section.children.push(node as ElementContent);
    else out.push(node);
  }
  if (level === 2) for (const s of made) s.children = wrap(s.children, 3);
  return out;
}

/** Blocks of at least this many elements (a paragraph with a formula, a table) are marked BLOCK_CLASS. */
export const HEAVY_BLOCK = 10;
/**
 * Sections holding one of these (an island whose static HTML has form controls) are marked
 * EXAMPLE_CLASS. The worked examples, the playground and the exercises render their controls
 * only once hydrated (src/islands/static-field.tsx), so their sections are skipped like any other.
 */
export const EXAMPLE_COMPONENTS = new Set(['TrainingExample', 'TinyLmLab']);
export const EXAMPLE_CLASS = 'has-example';
export const BLOCK_CLASS = 'book-block';
const BLOCK_TAGS = new Set(['p', 'ul', 'ol', 'table', 'blockquote', 'dl']);

/** Element count of a subtree, or Infinity if it holds a glossary term (whose tooltip must not be clipped). */
function weight(node: ElementContent): number {
  if (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') {
    if (node.name === 'Term') return Infinity;
  } else if (node.type !== 'element') return 0;
  let n = 1;
  for (const c of node.children as ElementContent[]) n += weight(c);
  return n;
}

/**
 * Inside sections, text blocks (p, lists, tables) with formulas get BLOCK_CLASS,
 * which lets the browser skip them off screen one by one. Blocks holding a
 * glossary term are left alone, because such a block clips what overflows it
 * (the term's tooltip).
 *
 * Sections holding an island with form controls in its static HTML (EXAMPLE_COMPONENTS)
 * get EXAMPLE_CLASS, and are not skipped as a whole (only their blocks are): when the
 * page has loaded, Chromium checks every form control of the page, and one inside a
 * skipped section forces that section to be laid out, one section after another in
 * one task (700–850 ms under Lighthouse's 4× CPU throttling on the maths chapter).
 */
function addClass(el: Element, name: string): void {
  const cls = el.properties.className;
  el.properties.className = [...(Array.isArray(cls) ? cls : cls ? [String(cls)] : []), name];
}

/** Whether a section holds a worked example (directly or in a subsection). */
function holdsExample(nodes: readonly (RootContent | ElementContent)[]): boolean {
  return nodes.some(
    (n) =>
      (n.type === 'mdxJsxFlowElement' && EXAMPLE_COMPONENTS.has(n.name ?? '')) ||
      (n.type === 'element' && n.tagName === 'section' && holdsExample(n.children)),
  );
}

function markBlocks(section: Element): void {
  if (holdsExample(section.children)) addClass(section, EXAMPLE_CLASS);
  for (const c of section.children) {
    if (c.type !== 'element') continue;
    if (c.tagName === 'section') markBlocks(c);
    else if (BLOCK_TAGS.has(c.tagName)) {
      const w = weight(c);
      if (w >= HEAVY_BLOCK && w !== Infinity) addClass(c, BLOCK_CLASS);
    }
  }
}

/**
 * Parser yield points. Desktop Chromium's HTML parser yields every 10 ms only for its first
 * few chunks; after that its budget is 500 ms, so the rest of a long chapter (on 2026-11-30, 530 KB
 * of the maths chapter, 30,000 tokens) was parsed in one task: 90–170 ms on this machine, four times
 * that under Lighthouse's mobile CPU. After a `</script>` in the body the parser cuts its budget
 * back to 10 ms from there, whatever the script's type, so an empty data block (never run, no
 * CSP hash) every few hundred elements — before each section, subsection and worked example,
 * and between blocks — ends a chunk about 10 ms later, and the page can answer input while it
 * loads. Only between two children: `:first-child` and `:last-child` rules stay as they were,
 * and Starlight's `* + *` margins give the next block the same space. The exercises
 * (src/components/Exercises.astro) put one between exercises. The parallel view drops them
 * (src/lib/book/parallel.ts).
 */
export { YIELD_POINT_TYPE };
/** Heavy MDX components (a worked example's formula and table, the playground, the exercises): always after a yield point. */
export const YIELD_BEFORE_COMPONENTS = new Set(['Example', 'OptimizerPlayground', 'Exercises', 'TrainingExample', 'TinyLmLab']);
/** Elements (KaTeX's included) parsed between two yield points, at most, where the text allows it (a whole block). */
export const YIELD_EVERY = 300;

function yieldPoint(): Element {
  return { type: 'element', tagName: 'script', properties: { type: YIELD_POINT_TYPE }, children: [] };
}

function size(node: RootContent | ElementContent): number {
  if (node.type !== 'element') return 0;
  let n = 1;
  for (const c of node.children) n += size(c);
  return n;
}

function addYieldPoints<T extends RootContent | ElementContent>(nodes: T[]): T[] {
  const out: T[] = [];
  let since = 0;
  let first = true; // no element yet: a yield point here would change the next one's :first-child rules
  for (const n of nodes) {
    const section = n.type === 'element' && n.tagName === 'section';
    const heavy = section || (n.type === 'mdxJsxFlowElement' && YIELD_BEFORE_COMPONENTS.has(n.name ?? ''));
    const s = section ? 0 : size(n);
    if (!first && (heavy || (since > 0 && since + s > YIELD_EVERY))) {
      out.push(yieldPoint() as T);
      since = 0;
    }
    if (section) n.children = addYieldPoints(n.children);
    out.push(n);
    if (n.type === 'element' || n.type === 'mdxJsxFlowElement') first = false;
    since = heavy ? 0 : since + s;
  }
  return out;
}

/**
 * Wraps a chapter's sections; with `lang`, gives every section and subsection its own estimated
 * heights (src/lib/book/section-estimate.ts), the size it counts with while it is skipped.
 */
export function wrapSections(tree: Root, lang?: Lang): void {
  tree.children = wrap(tree.children, 2);
  for (const c of tree.children) if (c.type === 'element' && c.tagName === 'section') markBlocks(c);
  if (lang) addEstimates(tree, lang);
  tree.children = addYieldPoints(tree.children);
}

export function rehypeSections() {
  return (tree: Root, file: VFileLike) => {
    const path = file.path ?? file.history?.[0] ?? '';
    const slug = slugFromPath(path);
    const lang = langFromPath(path);
    if (slug === undefined || lang === undefined) return; // only the book's chapters
    wrapSections(tree, lang);
  };
}
