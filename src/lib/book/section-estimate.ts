/**
 * Estimated heights of the chapters' sections while the browser skips them, computed by the
 * build from each section's content (src/plugins/sections.ts writes them on every section and
 * subsection as `--est-phone` and `--est-desktop`; src/styles/book.css picks one by width).
 *
 * A section off screen is skipped (`content-visibility: auto`) and counts with its estimate
 * until it is first rendered. A flat 100vh was far off on long sections (chapter 4's
 * "Optimizers" section is many screens tall on a phone): the scroll bar jumped as the reader went down,
 * more sections than needed counted as near the window at load (and were rendered then), and a
 * tool that measures the page without scrolling (axe's target-size in Lighthouse) saw the
 * exercises overflow their box into the footer and reported them as obscured. So an estimate
 * errs long: never shorter than the section as rendered, a little taller is harmless (blank
 * space below its text until it is rendered).
 *
 * The estimate lays the section out roughly, block by block, at the two text-column widths:
 * text is broken into lines word by word (a CJK character is a word of its own) with a width
 * per character class, lines are 28 px; display equations are as tall as KaTeX's struts say;
 * lists, tables, code blocks and headings by their lines; the MDX components by a measured
 * constant (the worked examples, the playground, the training lab) or by a rule over their data
 * (exercises, errata, glossary, bibliography). Every constant below was measured in the built
 * site (headless Chromium, DejaVu Sans and Noto Sans CJK SC, the fonts of the test machines;
 * readers' system fonts are narrower, which only makes an estimate longer) on 2026-12-06.
 * The e2e gates check every section of every gated page against its rendered height at both
 * widths (`estimateProblems`, e2e/gates/checks.ts).
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { Lang } from './book';
import { EXERCISES, exerciseNumber, type Exercise } from '../../data/exercises';
import { ERRATA, type Erratum } from '../../data/errata';
import { GLOSSARY, type GlossaryEntry } from '../../data/glossary';
import { REFERENCES, type Reference } from '../../data/references';
import { citeLabel } from '../references/references';
import { CHAPTERS } from './book';
import { EX_UI } from '../exercises/ui';
import { fillPrompt, paramsFor } from '../exercises/registry';
import { DEFAULT_SEED } from '../exercises/limits';
import { fillComputed } from '../examples/computed-text';
import { valueOf } from '../examples/example-registry';
import { formatNumber } from '../maths/numbers';

export type Width = 'phone' | 'desktop';
export const WIDTHS: readonly Width[] = ['phone', 'desktop'];
export type Heights = Record<Width, number>;

/**
 * The widths the estimates are for: the narrowest phone the site supports (360 px; the phone
 * figure applies up to 30rem, and a wider phone has a wider column, so shorter sections) and
 * the e2e tests' desktop window (1280 × 900).
 */
export const VIEWPORTS: Record<Width, { width: number; height: number }> = {
  phone: { width: 360, height: 740 },
  desktop: { width: 1280, height: 900 },
};
/** Width of the text column (`.sl-markdown-content`) at those viewports, CSS px (measured). */
export const COLUMN: Record<Width, number> = { phone: 328, desktop: 632 };

/** Body text: 16 px, line height 1.75. */
export const FONT = 16;
export const LINE = 28;
/** Space between two blocks (Starlight's `* + *` margin, 1rem). */
export const GAP = 16;

/**
 * A section's estimate: its laid-out height times MARGIN, plus SAFETY (a line of text: the
 * layout above counts lines, and one line too few is 28 px), rounded up to STEP px.
 */
export const MARGIN = 1.05;
export const SAFETY = LINE;
export const STEP = 10;

// ── Text ────────────────────────────────────────────────────────────────────────────────────

/** Han characters, kana, CJK punctuation and full-width forms: one em each. */
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;
/** Punctuation that never begins a line (it stays with the word before it). */
const NO_BREAK_BEFORE = /[,.;:!?)\]}’”»、。，．：；！？）】》」』〕〉…—%]/;
const NARROW = /[fijlrtI.,;:'!|()[\]{}"‘’“”`\-\/]/;
const WIDER = /[mwMW@%&]/;

/**
 * Width of a Latin character, in em of its font (DejaVu Sans: lower case 0.28–0.97, mean 0.56
 * over English text; capitals and digits 0.64–0.78). A CJK character is 1 em, as is every
 * non-ASCII character in Chinese text (its quotes and dashes are full-width there).
 */
export const EM = { narrow: 0.36, latin: 0.58, upper: 0.74, wider: 0.98, space: 0.32, wide: 1 } as const;

export function charEm(ch: string, lang: Lang): number {
  if (WIDE.test(ch) || (lang === 'zh' && ch.charCodeAt(0) > 0x2000)) return EM.wide;
  if (/\s/.test(ch)) return EM.space;
  if (NARROW.test(ch)) return EM.narrow;
  if (WIDER.test(ch)) return EM.wider;
  if (/[A-Z0-9]/.test(ch)) return EM.upper;
  return EM.latin;
}

/** Width of a string in em, spaces included. */
export function textEm(s: string, lang: Lang): number {
  let em = 0;
  for (const ch of s.replace(/\s+/g, ' ')) em += charEm(ch, lang);
  return em;
}

/** An unbreakable piece of a line: a word, a CJK character, a part of an inline formula. */
interface Unit {
  /** Width in px. */
  w: number;
  /** Space before it when it follows another unit on the same line (px); a break may come there. */
  gap: number;
  /** Whether a line may break before it (after a space, or between CJK characters). */
  breakable: boolean;
  /** How far the unit reaches above and below a normal line box (px), e.g. a fraction. */
  tall: number;
}

/**
 * An inline formula: KaTeX's glyphs at 1.21 em; its parts (`.base`, split where KaTeX allows a
 * break) are units. Height from its struts: a strut of height h em and depth d em (KaTeX em)
 * reaches h - d above the baseline and d below; a line box of body text holds KATEX_ROOM.above
 * px above the baseline and KATEX_ROOM.below below, more makes the line taller, and a line with
 * any formula is at least KATEX_ROOM.line px taller (KaTeX's font sits lower than the text's).
 */
export const KATEX_SCALE = 1.21;
/** Widths of KaTeX's glyphs, em: digits 0.5, punctuation 0.28, brackets 0.39, relations and operators 0.78, letters 0.55–0.75, big operators 1.05, other symbols 0.7. */
export function katexGlyphEm(ch: string): number {
  if (/[0-9]/.test(ch)) return 0.5;
  if (/[.,;:'′!|]/.test(ch)) return 0.28;
  if (/[()[\]{}⟨⟩]/.test(ch)) return 0.39;
  if (/[=+<>≤≥≈≠←→↦×−∓±∈∝∼]/.test(ch)) return 0.78;
  if (/[a-z]/.test(ch)) return 0.55;
  if (/[A-Z]/.test(ch)) return 0.75;
  if (/[∑∏∫⋃⋂]/.test(ch)) return 1.05;
  if (/[⋅·]/.test(ch)) return 0.28;
  return 0.7;
}
export const KATEX_ROOM = { above: 17, below: 6, line: 4 };

/** Inline code: DejaVu Sans Mono at 0.875 em (0.6 em per character; a CJK character 0.875 em), 0.25 em of padding. */
export const CODE_SIZE = 0.875;
export const CODE_EM = 0.53;
/** Bold text is this much wider. */
export const BOLD = 1.1;

interface Style {
  lang: Lang;
  /** Font size px. */
  size: number;
  bold: boolean;
  code: boolean;
}

function cls(el: Element): string[] {
  const c = el.properties?.className;
  return Array.isArray(c) ? c.map(String) : c ? String(c).split(/\s+/) : [];
}

function styleEm(style: unknown, prop: string): number {
  const m = new RegExp(`(?:^|;)\\s*${prop}:\\s*(-?[\\d.]+)em`).exec(String(style ?? ''));
  return m ? Number(m[1]) : 0;
}

/** Strut extent of a KaTeX subtree (the `.katex-html` part): em above and below the baseline. */
function struts(node: ElementContent): { above: number; below: number } {
  let above = 0;
  let below = 0;
  const walk = (n: ElementContent) => {
    if (n.type !== 'element') return;
    const c = cls(n);
    if (c.includes('strut') || c.includes('katex-strut')) {
      const h = styleEm(n.properties.style, 'height');
      const d = -styleEm(n.properties.style, 'vertical-align');
      above = Math.max(above, h - d);
      below = Math.max(below, d);
    }
    if (c.includes('katex-mathml')) return;
    for (const k of n.children) walk(k);
  };
  walk(node);
  return { above, below };
}

/** Width (em of KaTeX's font) of a KaTeX subtree's glyphs and spaces. */
function katexEm(node: ElementContent, scale = 1): number {
  if (node.type === 'text') return [...node.value.replace(/\u200b/g, '')].reduce((em, ch) => em + katexGlyphEm(ch), 0) * scale;
  if (node.type !== 'element') return 0;
  const c = cls(node);
  if (c.includes('katex-mathml')) return 0;
  const s = c.includes('mtight') || c.some((x) => /^reset-size\d+$/.test(x) && !c.includes('size6')) ? 0.7 : scale;
  let em = styleEm(node.properties.style, 'margin-right') + styleEm(node.properties.style, 'margin-left');
  if (c.includes('mfrac')) {
    // Numerator over denominator (both inside one stack): counted as 0.6 of the two, plus the bar's overhang.
    const rows = node.children.flatMap((k) => (k.type === 'element' ? [katexEm(k, s)] : []));
    return em + Math.max(0, ...rows) * 0.6 + 0.2;
  }
  for (const k of node.children) em += katexEm(k, s);
  return em;
}

function katexBases(katex: Element): Element[] {
  const html = katex.children.find((k): k is Element => k.type === 'element' && cls(k).includes('katex-html'));
  if (!html) return [];
  return html.children.filter((k): k is Element => k.type === 'element' && (cls(k).includes('base') || cls(k).includes('katex-base')));
}

/** Flattens inline content into units. */
function units(nodes: readonly (ElementContent | RootContent)[], style: Style, out: Unit[] = [], state = { space: false }): Unit[] {
  const px = (em: number, s: Style) => em * s.size * (s.bold ? BOLD : 1);
  const space = style.code ? CODE_EM * style.size : px(EM.space, style);
  const push = (u: Unit) => out.push(u);
  const attach = (w: number) => {
    const last = out[out.length - 1];
    if (last) last.w += w;
    else push({ w, gap: 0, breakable: false, tall: 0 });
  };
  for (const n of nodes) {
    if (n.type === 'text') {
      let word = 0;
      let started = false;
      const flush = () => {
        if (!started) return;
        if (state.space || !out.length) push({ w: word, gap: state.space ? space : 0, breakable: state.space, tall: 0 });
        else attach(word);
        state.space = false;
        word = 0;
        started = false;
      };
      for (const ch of n.value) {
        if (/\s/.test(ch)) {
          flush();
          state.space = out.length > 0;
          continue;
        }
        const wide = WIDE.test(ch) || (style.lang === 'zh' && ch.charCodeAt(0) > 0x2000);
        // (A bold CJK character is as wide as a regular one.)
        const w = style.code ? (WIDE.test(ch) ? CODE_SIZE : CODE_EM) * style.size : wide ? EM.wide * style.size : px(charEm(ch, style.lang), style);
        if (wide) {
          flush();
          if (NO_BREAK_BEFORE.test(ch) && out.length) attach(w);
          else push({ w, gap: state.space ? space : 0, breakable: true, tall: 0 });
          state.space = false;
        } else if (!started && !state.space && NO_BREAK_BEFORE.test(ch) && out.length) {
          attach(w);
        } else {
          word += w;
          started = true;
        }
      }
      flush();
      continue;
    }
    if (n.type === 'mdxJsxTextElement') {
      const attr = (name: string) => {
        const a = n.attributes.find((x) => x.type === 'mdxJsxAttribute' && x.name === name);
        return a && typeof a.value === 'string' ? a.value : undefined;
      };
      let text: string;
      if (n.name === 'Cite') {
        // "(Bommasani et al., 2021)": one unbreakable unit (`.cite { white-space: nowrap }`).
        const ref = REFERENCES.find((r) => r.id === attr('id'));
        const label = `(${ref ? citeLabel(ref, style.lang) : 'Author et al., 2000'}${attr('at') ? `, ${attr('at')}` : ''})`;
        const w = px(textEm(label, style.lang), style);
        push({ w, gap: state.space ? space : 0, breakable: state.space || out.length === 0 || style.lang === 'zh', tall: 0 });
        state.space = false;
        continue;
      } else if (n.name === 'Value') {
        text = valueText(attr('example'), attr('result'), Number(attrExpr(n, 'digits') ?? 6));
      } else if (n.name === 'RecordedValue' || n.name === 'LmMeasured') {
        text = VALUE_TEXT;
      } else if (n.name === 'Term' && !textOf(n).trim()) {
        // An empty <Term id="…" /> shows the term's name in the page's language.
        const entry = GLOSSARY.find((g) => g.id === attr('id'));
        text = entry ? entry[style.lang] : 'a glossary term';
      } else {
        units(n.children as ElementContent[], style, out, state);
        continue;
      }
      units([{ type: 'text', value: text }], style, out, state);
      continue;
    }
    if (n.type !== 'element') continue;
    const c = cls(n);
    if (n.tagName === 'br') {
      push({ w: 0, gap: 0, breakable: true, tall: 0 });
      out[out.length - 1]!.w = Infinity; // a forced break: handled by `lineCount`
      continue;
    }
    if (c.includes('katex')) {
      const bases = katexBases(n);
      bases.forEach((b, i) => {
        const { above, below } = struts(b);
        const em = FONT * KATEX_SCALE;
        const tall = Math.max(KATEX_ROOM.line, Math.max(0, above * em - KATEX_ROOM.above) + Math.max(0, below * em - KATEX_ROOM.below));
        const w = katexEm(b) * em;
        if (i === 0 && !state.space && out.length) {
          const last = out[out.length - 1]!;
          last.w += w;
          last.tall = Math.max(last.tall, tall);
        } else push({ w, gap: i === 0 ? space : 0, breakable: true, tall });
      });
      state.space = false;
      continue;
    }
    if (c.includes('term-tip') || c.includes('sr-only') || n.tagName === 'script' || n.tagName === 'style') continue;
    const next: Style = {
      ...style,
      bold: style.bold || n.tagName === 'strong' || n.tagName === 'b' || n.tagName === 'th' || n.tagName === 'dfn',
      code: style.code || n.tagName === 'code' || n.tagName === 'kbd',
    };
    const before = out.length;
    units(n.children, next, out, state);
    if (next.code && !style.code && out.length > before) out[before]!.w += 0.5 * style.size; // padding of inline code
  }
  return out;
}

/** What a recorded value (`<RecordedValue>`: an accuracy, a count, a size) shows at most. */
export const VALUE_TEXT = '10,000.0 MB';

/** The text of a computed value (`<Value>`), computed as the component does, or VALUE_TEXT's worth if it cannot be. */
function valueText(example: string | undefined, result: string | undefined, digits: number): string {
  try {
    const v = valueOf(example ?? '', result ?? '', {}) as number | number[];
    return Array.isArray(v) ? `[${v.map((x) => formatNumber(Number(x), digits)).join(', ')}]` : formatNumber(v, digits);
  } catch {
    return VALUE_TEXT;
  }
}

/** An attribute's value, literal or expression (`digits={3}`). */
function attrExpr(n: { attributes: readonly { type: string; name?: string; value?: unknown }[] }, name: string): string | undefined {
  const a = n.attributes.find((x) => x.type === 'mdxJsxAttribute' && x.name === name);
  if (!a) return undefined;
  return typeof a.value === 'string' ? a.value : String((a.value as { value?: string } | null)?.value ?? '');
}

/** A line is filled up to this fraction of its width, 1.5 % less than the column (text that fills a line exactly still wraps in Chromium). */
export const LINE_FILL = { fraction: 0.985 };

/** Lines the units take in a column `column` px wide (greedy, as the browser breaks them), and how much taller formulas make them. */

function lineCount(us: readonly Unit[], column: number): { lines: number; tall: number } {
  const avail = column * LINE_FILL.fraction;
  let lines = 1;
  let x = 0;
  let tallLine = 0;
  let tall = 0;
  for (const u of us) {
    if (u.w === Infinity) {
      lines++;
      tall += tallLine;
      tallLine = 0;
      x = 0;
      continue;
    }
    const need = (x > 0 ? u.gap : 0) + u.w;
    if (x > 0 && u.breakable && x + need > avail) {
      lines++;
      tall += tallLine;
      tallLine = 0;
      x = u.w;
    } else x += need;
    while (x > avail + 1 && u.w > avail) {
      // A word wider than the column (a long address) breaks anywhere (`overflow-wrap`) or overflows.
      lines++;
      x -= avail;
    }
    tallLine = Math.max(tallLine, u.tall);
  }
  return { lines, tall: tall + tallLine };
}

/** Height in px of a run of inline content: lines of `line` px, each as tall as its tallest formula needs. */
export function inlineHeight(nodes: readonly (ElementContent | RootContent)[], avail: number, lang: Lang, size = FONT, line = LINE, bold = false): number {
  const us = units(nodes, { lang, size, bold, code: false });
  if (!us.length) return 0;
  const { lines, tall } = lineCount(us, avail);
  return lines * line + tall;
}

/** Height in px of a plain string. */
export function textHeight(text: string, avail: number, lang: Lang, size = FONT, line = LINE, bold = false): number {
  return inlineHeight([{ type: 'text', value: text }], avail, lang, size, line, bold);
}

// ── Blocks ──────────────────────────────────────────────────────────────────────────────────

/**
 * Headings with their controls (the anchor link, the other edition's link, "Cite", on the same
 * line). Font size px at each width (Starlight's h2 is 1.8125rem on a phone, 2.1875rem from
 * 72rem; h3 1.5rem and 1.8125rem), line height 1.2.
 */
export const HEADING = {
  2: { phone: { size: 29, line: 34.8 }, desktop: { size: 35, line: 42 } },
  3: { phone: { size: 24, line: 28.8 }, desktop: { size: 29, line: 34.8 } },
  4: { phone: { size: 20, line: 24 }, desktop: { size: 24, line: 28.8 } },
} as const;
/** The controls after a heading's text, in em of its font. */
export const HEADING_CONTROLS_EM = 5.5;
/** Bold headings are wider than body text. */
export const HEADING_BOLD = 1.08;

/** A display equation: its tallest strut, padding 0.25rem above and below; a scroll bar when wider than the column. */
export const DISPLAY = { padding: 8, scrollbar: 15, margin: 16 };

/**
 * Lists: items 40 px narrower than the column; 0.25rem between items (Starlight's `li + li`),
 * 1.25rem after an item of paragraphs or code blocks (a loose list).
 */
export const LIST = { indent: 40, itemGap: 4, looseGap: 20 };

/**
 * Code blocks (Expressive Code): 14.4 px text in lines of 23.76 px (monospace, not wrapped: a long
 * line scrolls), 26 px of padding and border, a title bar of 33.8 px on terminal frames, a scroll
 * bar when a line is wider than the block; 1.25rem below.
 */
export const CODE = { line: 23.76, frame: 26, title: 33.8, scrollbar: 15, charPx: 8.67, mb: 20 };

/**
 * Tables: cells padded 0.5rem, with a border; rows as tall as their tallest cell; columns
 * as wide as their text asks, shared out as a browser's automatic table layout does, never
 * narrower than their longest word; text is broken in 95 % of a cell's width (the browser's shares
 * differ from these), 85 % when the longest words do not fit side by side. The table scrolls
 * sideways when it cannot fit.
 */
export const TABLE = { padX: 16, padY: 16, border: 1, scrollbar: 15, fit: 0.95, fitNarrow: 0.85 };

export interface Ctx {
  lang: Lang;
  width: Width;
  /** The page's h2 and h3 texts by id (exercise headers name the sections they practise). */
  headings?: ReadonlyMap<string, string>;
}

function textOf(n: ElementContent | RootContent): string {
  if (n.type === 'text') return n.value;
  if (n.type === 'element' && cls(n).includes('katex-mathml')) return '';
  if ('children' in n) return (n.children as ElementContent[]).map(textOf).join('');
  return '';
}

function isBlock(n: ElementContent | RootContent): boolean {
  if (n.type === 'mdxJsxFlowElement') return true;
  if (n.type !== 'element') return false;
  return /^(p|ul|ol|li|div|section|table|blockquote|pre|h[1-6]|figure|dl|dt|dd|hr|details|summary|aside)$/.test(n.tagName);
}

/** A block's height (without its margins) and its top and bottom margins, px. */
export interface Box {
  h: number;
  mt: number;
  mb: number;
}

/** Height of a run of blocks: margins between them collapse (the larger counts); the outer ones are included. */
function stack(boxes: readonly Box[]): number {
  let h = 0;
  let prevMb = 0;
  boxes.forEach((b, i) => {
    h += (i === 0 ? b.mt : Math.max(prevMb, b.mt)) + b.h;
    prevMb = b.mb;
  });
  return h + prevMb;
}

/** Height of mixed content: runs of inline content become lines, blocks are stacked. */
function flow(nodes: readonly (ElementContent | RootContent)[], avail: number, ctx: Ctx): Box[] {
  const boxes: Box[] = [];
  let inline: (ElementContent | RootContent)[] = [];
  const flushInline = () => {
    if (inline.some((n) => textOf(n).trim() || (n.type === 'element' && cls(n).includes('katex')))) {
      boxes.push({ h: inlineHeight(inline, avail, ctx.lang), mt: 0, mb: 0 });
    }
    inline = [];
  };
  for (const n of nodes) {
    if (n.type === 'element' && n.tagName === 'script') continue;
    if (isBlock(n)) {
      flushInline();
      const b = block(n, avail, ctx);
      if (b) boxes.push(b);
    } else if (n.type !== 'mdxjsEsm' && n.type !== 'comment' && n.type !== 'doctype') inline.push(n);
  }
  flushInline();
  // Starlight's `* + *`: a block after another gets at least 1rem above it.
  return boxes.map((b, i) => (i > 0 ? { ...b, mt: Math.max(b.mt, GAP) } : b));
}

function heading(el: Element, level: 2 | 3 | 4, ctx: Ctx): Box {
  const { size, line } = HEADING[level][ctx.width];
  const us = units(el.children, { lang: ctx.lang, size: size * HEADING_BOLD, bold: false, code: false });
  us.push({ w: HEADING_CONTROLS_EM * size, gap: 0.3 * size, breakable: true, tall: 0 });
  return { h: lineCount(us, COLUMN[ctx.width]).lines * line, mt: 0, mb: 0 };
}

function display(el: Element, avail: number): Box {
  const katex = findClass(el, 'katex-display') ?? el;
  const bases = katexBases(findClass(katex, 'katex') ?? katex);
  let above = 0;
  let below = 0;
  let em = 0;
  for (const b of bases) {
    const s = struts(b);
    above = Math.max(above, s.above);
    below = Math.max(below, s.below);
    em += katexEm(b);
  }
  const kpx = FONT * KATEX_SCALE;
  const number = findClass(el, 'eq-number') ? 4 * FONT + GAP : 0;
  const scroll = em * kpx + number > avail ? DISPLAY.scrollbar : 0;
  return { h: Math.max(LINE, (above + below) * kpx) + 2 * DISPLAY.padding + scroll, mt: DISPLAY.margin, mb: DISPLAY.margin };
}

function findClass(el: Element, name: string): Element | undefined {
  for (const k of el.children) {
    if (k.type !== 'element') continue;
    if (cls(k).includes(name)) return k;
    const f = findClass(k, name);
    if (f) return f;
  }
  return undefined;
}

function list(el: Element, avail: number, ctx: Ctx): Box {
  const items = el.children.filter((k): k is Element => k.type === 'element' && k.tagName === 'li');
  const boxes = items.map((li, i): Box => {
    const loose = li.children.some((k) => k.type === 'element' && isBlock(k));
    const inner = flow(li.children, avail - LIST.indent, ctx);
    // (`stack` counts the last block's margin below it: with a loose item's, the larger one counts.)
    return { h: stack(inner), mt: i ? LIST.itemGap : 0, mb: loose ? Math.max(0, LIST.looseGap - (inner.at(-1)?.mb ?? 0)) : 0 };
  });
  return { h: stack(boxes), mt: 0, mb: 0 };
}

function code(el: Element, avail: number): Box {
  const text = textOf(el).replace(/\n$/, '');
  const rows = text.split('\n');
  const widest = Math.max(...rows.map((r) => r.length)) * CODE.charPx;
  const lang = String((el.children.find((k) => k.type === 'element') as Element | undefined)?.properties?.className ?? '');
  const terminal = /shell|bash|sh\b|powershell|console/.test(lang);
  const scroll = widest + CODE.frame > avail ? CODE.scrollbar : 0;
  return { h: rows.length * CODE.line + CODE.frame + (terminal ? CODE.title : 0) + scroll, mt: 0, mb: CODE.mb };
}

function table(el: Element, avail: number, ctx: Ctx): Box {
  const rows: Element[][] = [];
  const walk = (n: Element) => {
    for (const k of n.children) {
      if (k.type !== 'element') continue;
      if (k.tagName === 'tr') rows.push(k.children.filter((c): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th')));
      else walk(k);
    }
  };
  walk(el);
  const cols = Math.max(1, ...rows.map((r) => r.length));
  const maxW = Array.from({ length: cols }, () => 0);
  const minW = Array.from({ length: cols }, () => 0);
  for (const r of rows) {
    r.forEach((cell, j) => {
      const us = units(cell.children, { lang: ctx.lang, size: FONT, bold: cell.tagName === 'th', code: false });
      const full = us.reduce((s, u, i) => s + u.w + (i ? u.gap : 0), 0);
      maxW[j] = Math.max(maxW[j]!, full + TABLE.padX);
      minW[j] = Math.max(minW[j]!, Math.max(0, ...us.map((u) => u.w)) + TABLE.padX);
    });
  }
  const sumMax = maxW.reduce((a, b) => a + b, 0);
  const sumMin = minW.reduce((a, b) => a + b, 0);
  // Automatic layout: each column gets its minimum, and what is left in proportion to what more it asks.
  const proportional = sumMax <= avail ? maxW : sumMin >= avail ? minW : maxW.map((mx, j) => minW[j]! + ((mx - minW[j]!) * (avail - sumMin)) / (sumMax - sumMin));
  // A table narrower than its longest words is laid out at their widths, which this estimate knows least well.
  const fit = sumMin >= avail ? TABLE.fitNarrow : TABLE.fit;
  const h = rows.reduce((sum, r) => sum + Math.max(LINE, ...r.map((cell, j) => inlineHeight(cell.children, (proportional[j]! - TABLE.padX) * fit, ctx.lang, FONT, LINE, cell.tagName === 'th'))) + TABLE.padY + TABLE.border, 0);
  return { h: h + (sumMin > avail ? TABLE.scrollbar : 0), mt: 0, mb: 0 };
}

function block(n: ElementContent | RootContent, avail: number, ctx: Ctx): Box | undefined {
  if (n.type === 'mdxJsxFlowElement') {
    const attrs: Record<string, string> = {};
    for (const a of n.attributes) {
      if (a.type !== 'mdxJsxAttribute') continue;
      attrs[a.name] = typeof a.value === 'string' ? a.value : String(a.value?.value ?? '');
    }
    return { h: componentHeight(n.name ?? '', attrs, ctx), mt: 0, mb: 0 };
  }
  if (n.type !== 'element') return undefined;
  const c = cls(n);
  switch (n.tagName) {
    case 'section':
      // A subsection: 1.5 × h3's font size above it (src/styles/book.css).
      return { h: sectionHeight(n, ctx), mt: cls(n).includes('book-subsection') ? 1.5 * HEADING[3][ctx.width].size : 0, mb: 0 };
    case 'h2':
    case 'h3':
    case 'h4':
      return heading(n, Number(n.tagName[1]) as 2 | 3 | 4, ctx);
    case 'p':
    case 'dt':
    case 'dd':
    case 'summary':
      return { h: stack(flow(n.children, avail, ctx)), mt: 0, mb: 0 };
    case 'ul':
    case 'ol':
      return list(n, avail, ctx);
    case 'table':
      return table(n, avail, ctx);
    case 'pre':
      return code(n, avail);
    case 'hr':
      return { h: 1, mt: 0, mb: 0 };
    case 'blockquote':
      return { h: stack(flow(n.children, avail - 2 * FONT, ctx)), mt: 0, mb: 0 };
    default:
      if (c.includes('equation') || c.includes('katex-display')) return display(n, avail);
      if (c.includes('expressive-code')) return code(n, avail);
      return { h: stack(flow(n.children, avail, ctx)), mt: 0, mb: 0 };
  }
}

// ── MDX components ──────────────────────────────────────────────────────────────────────────

/**
 * The worked examples (`<Example name="…">`), rendered and hydrated, margins included, px: the
 * taller of the two editions, measured 2026-12-06. A new example without an entry counts as
 * EXAMPLE_DEFAULT (the tallest one); add its figures when it is added.
 */
export const EXAMPLE_HEIGHTS: Record<string, Heights> = {
  mse: { phone: 865, desktop: 746 },
  'cross-entropy': { phone: 923, desktop: 804 },
  gd: { phone: 952, desktop: 776 },
  sgd: { phone: 952, desktop: 776 },
  momentum: { phone: 1390, desktop: 1039 },
  adam: { phone: 1809, desktop: 1234 },
  // With its heads field and head-weights result (measured 2026-12-06).
  attention: { phone: 1919, desktop: 1587 },
  'positional-encoding': { phone: 1004, desktop: 832 },
  perplexity: { phone: 887, desktop: 813 },
  sampling: { phone: 1280, desktop: 975 },
};
export const EXAMPLE_DEFAULT: Heights = { phone: 1919, desktop: 1587 };
/** `<OptimizerPlayground />`: the playground's box (its controls, plots and text), measured. */
export const PLAYGROUND: Heights = { phone: 2380, desktop: 1888 };
/**
 * `<TrainingExample />`: the program in tabs (Python, TensorFlow.js), a paragraph and the
 * training lab, measured.
 */
export const TRAINING_EXAMPLE: Heights = { phone: 3052, desktop: 2338 };
/**
 * `<TinyLmLab />`: the lab's description (settings, held-out sections) and the lab before a run,
 * measured 2026-12-06 (en, the longer edition: 2,585 px at 360 px, 1,566 px at 1280 px) plus 5%.
 */
export const TINY_LM_LAB: Heights = { phone: 2715, desktop: 1645 };

/** Small text (`--sl-text-sm`): 14 px, line height 1.75. */
export const SMALL = { size: 14, line: 24.5 };

/** A flex row that wraps (`flex-wrap: wrap`): items side by side while they fit, `gap` px apart, rows `rowGap` apart. */
interface FlexItem {
  /** Width px (at most the row's width). */
  w: number;
  h: number;
}
function flexRows(items: readonly FlexItem[], avail: number, gap: number, rowGap: number): number {
  let h = 0;
  let rowH = 0;
  let x = -1;
  for (const it of items) {
    const w = Math.min(it.w, avail);
    if (x >= 0 && x + gap + w > avail) {
      h += rowH + rowGap;
      rowH = 0;
      x = -1;
    }
    x = x < 0 ? w : x + gap + w;
    rowH = Math.max(rowH, it.h);
  }
  return h + rowH;
}

/** A run of text as a flex item: its width on one line (at most the row) and its height. */
function textItem(text: string, avail: number, lang: Lang, size: number, line: number, bold = false): FlexItem {
  return { w: textEm(text, lang) * size * (bold ? BOLD : 1), h: textHeight(text, avail, lang, size, line, bold) };
}

/**
 * One exercise (src/components/Exercises.astro, src/islands/Exercise*.tsx, exercises.css): a box
 * with 0.75rem × 1rem of padding and a border; its head (a flex row that wraps: the title at
 * 1.125rem, the kind and difficulty, a 7rem progress slot); the sections it practises (small
 * text: the heading's text when it is on the same page, else SECTION_LINK characters); the prompt (a numeric exercise's with the
 * numbers of seed 1); a choice's options (0.25rem apart, beside their radio button, each with its
 * letter); the answer
 * row (2.25rem fields and buttons; a numeric one wraps to two rows on a phone); a numeric
 * exercise's help (small text); the closed solution. Exercises are 1rem apart.
 */
export const EXERCISE = {
  box: 24 + 2,
  inset: 32 + 2,
  title: { size: 18, line: 31.5 },
  progress: { w: 112, h: 21 },
  sectionLink: 60,
  answer: 38,
  numericAnswer: { phone: 36 + 8 + 38, desktop: 38 },
  solution: 28,
  gap: 16,
  option: { indent: 26, gap: 4, legend: 22 },
};

export function exerciseHeight(e: Exercise, ctx: Ctx): number {
  const { lang } = ctx;
  const ui = EX_UI[lang];
  const avail = COLUMN[ctx.width] - EXERCISE.inset;
  const numeric = e.kind !== 'choice' && e.kind !== 'short';
  const meta = `${ui.kindLabel[numeric ? 'numeric' : e.kind]} · ${ui.difficulty[e.difficulty]}`;
  let h = EXERCISE.box;
  h += flexRows(
    [textItem(`${ui.exercise} ${exerciseNumber(e.id)}`, avail, lang, EXERCISE.title.size, EXERCISE.title.line, true), textItem(meta, avail, lang, SMALL.size, SMALL.line), EXERCISE.progress],
    avail,
    12,
    4,
  );
  const links = e.sections.map((ref) => `§0.0.0 ${ctx.headings?.get(ref.split('#')[1] ?? '')?.replace(/^[\d.]+\s*/, '') ?? 'x'.repeat(EXERCISE.sectionLink)}`).join(', ');
  h += 8 + textHeight(`${ui.practises} ${links}`, avail, lang, SMALL.size, SMALL.line);
  if (e.kind === 'choice') {
    h += 8 + textHeight(e.prompt[lang], avail - EXERCISE.option.legend, lang) + 4;
    for (const c of e.choices) h += EXERCISE.option.gap + textHeight(`A. ${c.text[lang]}`, avail - EXERCISE.option.indent, lang);
    h += 12 + EXERCISE.answer;
  } else if (e.kind === 'short') {
    h += 8 + textHeight(e.prompt[lang], avail, lang) + 12 + EXERCISE.answer;
  } else {
    const prompt = fillPrompt(e.prompt[lang], paramsFor({ id: e.id, kind: e.kind, settings: e.settings, tolerance: e.tolerance }, DEFAULT_SEED));
    h += 8 + textHeight(prompt, avail, lang) + 12 + EXERCISE.numericAnswer[ctx.width];
    h += 8 + textHeight(`${ui.answerHelpVector(10)} ${ui.tolerance(0.001)} ${ui.seed(DEFAULT_SEED)}`, avail, lang, SMALL.size, SMALL.line);
  }
  return h + 12 + EXERCISE.solution;
}

/**
 * An erratum (src/components/ErrataList.astro): in a list indented 1.25rem, 1.25rem apart; where
 * it is now (small text: the chapter and a section title of SECTION_TITLE characters), a label,
 * the original's text (small monospace in lines of 28 px, its line breaks kept, in a box padded
 * 0.5rem × 0.75rem),
 * the correction and the reason, 1rem apart.
 */
export const ERRATUM = { gap: 20, indent: 20, sectionTitle: 40, label: 16 + 28 + 4 + 3, quote: { pad: 16, inset: 24 + 4 }, labels: { en: ['Correction', 'Why'], zh: ['更正', '理由'] } };

/** Lines of preformatted text (`white-space: pre-wrap`: its line breaks kept, wrapped between words) in monospace. */
function preLines(text: string, avail: number): number {
  return text.split('\n').reduce((n, row) => n + lineCount(units([{ type: 'text', value: row }], { lang: 'en', size: FONT, bold: false, code: true }), avail).lines, 0);
}

export function erratumHeight(e: Erratum, ctx: Ctx): number {
  const { lang } = ctx;
  const avail = COLUMN[ctx.width] - ERRATUM.indent;
  const ch = CHAPTERS.find((c) => c.slug === e.chapter);
  const where = `${lang === 'en' ? 'Now in' : '见本版'}: ${ch?.number ?? ''}. ${ch?.title[lang] ?? e.chapter}${e.section ? ` § 0.0 ${'x'.repeat(ERRATUM.sectionTitle)}` : ''}`;
  let h = textHeight(where, avail, lang, SMALL.size, SMALL.line) + ERRATUM.label;
  h += ERRATUM.quote.pad + preLines(e.original, avail - ERRATUM.quote.inset) * LINE; // small code in lines of the quote's 28 px
  const [correction, why] = ERRATUM.labels[lang];
  h += GAP + textHeight(`${correction}: ${fillComputed(e.correction[lang])}`, avail, lang);
  h += GAP + textHeight(`${why}: ${fillComputed(e.why[lang])}`, avail, lang);
  return h;
}

function errataHeight(category: string, ctx: Ctx): number {
  const cats: string[] = category.match(/[a-z]+/g) ?? [];
  const items = ERRATA.filter((e: Erratum) => cats.includes(e.category));
  return items.reduce((h, e) => h + ERRATUM.gap + erratumHeight(e, ctx), 0) + ERRATUM.gap;
}

/**
 * A glossary entry (src/components/GlossaryList.astro): 1rem apart, padded 0.6rem, with a 3 px
 * border and 0.75rem inset; the term (1.125rem, bold), its other name and its aliases (small) in
 * a flex row that wraps; the definition 0.25rem below, indented 1rem. Before the list, a line that counts them.
 */
export const GLOSSARY_ENTRY = { gap: 16, pad: 19.2, indent: 15, term: { size: 18, line: 31.5 }, dd: { top: 4, indent: 16 } };

export function glossaryEntryHeight(e: GlossaryEntry, ctx: Ctx): number {
  const other = ctx.lang === 'en' ? 'zh' : 'en';
  const avail = COLUMN[ctx.width] - GLOSSARY_ENTRY.indent;
  const items = [textItem(e[ctx.lang], avail, ctx.lang, GLOSSARY_ENTRY.term.size, GLOSSARY_ENTRY.term.line, true), textItem(e[other], avail, other, FONT, LINE)];
  if (e.aliases?.length) items.push(textItem(`Also: ${e.aliases.join(', ')}`, avail, 'en', SMALL.size, SMALL.line));
  return GLOSSARY_ENTRY.pad + flexRows(items, avail, 12, 4) + GLOSSARY_ENTRY.dd.top + textHeight(e.definition[ctx.lang], avail - GLOSSARY_ENTRY.dd.indent, ctx.lang);
}

function glossaryHeight(ctx: Ctx): number {
  const count = textHeight(ctx.lang === 'en' ? `${GLOSSARY.length} terms, in alphabetical order.` : `共 ${GLOSSARY.length} 个术语：以字母开头的排在最前，其余按汉语拼音排序。`, COLUMN[ctx.width], ctx.lang);
  return GLOSSARY.reduce((h, e) => h + GLOSSARY_ENTRY.gap + glossaryEntryHeight(e, ctx), count);
}

/**
 * The bibliography (src/components/ReferenceList.astro): a lead paragraph (LEAD lines), then per
 * kind of work an h3 and its entries, 1rem apart, each with a 3 px border and 0.75rem inset: the
 * entry (authors, year, title, venue; in English in both editions), its identifiers and its
 * note (small text).
 */
export const REFERENCE_LIST = { lead: { phone: 5, desktop: 2 }, gap: 16, indent: 15 };

export function referenceHeight(r: Reference, ctx: Ctx): number {
  const avail = COLUMN[ctx.width] - REFERENCE_LIST.indent;
  const entry = `${r.authors.join(', ')} (${r.year}). “${r.title}”${r.edition ? ` (${r.edition})` : ''}. ${r.venue}.`;
  const ids = [r.doi && `DOI ${r.doi}`, r.arxiv && `arXiv ${r.arxiv}`, r.isbn && `ISBN ${r.isbn}`, r.url && `Link ${r.url.replace(/^https?:\/\//, '').replace(/\/$/, '')}`].filter(Boolean).join(' · ');
  return textHeight(entry, avail, 'en') + textHeight(ids, avail, 'en', SMALL.size, SMALL.line) + (r.note ? textHeight(r.note[ctx.lang], avail, ctx.lang, SMALL.size, SMALL.line) : 0);
}

function referencesHeight(ctx: Ctx): number {
  const kinds = new Set(REFERENCES.map((r) => r.kind)).size;
  const group = GAP + HEADING[3][ctx.width].line + GAP;
  return REFERENCES.reduce((h, r) => h + referenceHeight(r, ctx) + REFERENCE_LIST.gap, REFERENCE_LIST.lead[ctx.width] * LINE + kinds * group);
}

/** Height of an MDX component used as a block inside a section, px (margins outside). */
export function componentHeight(name: string, attrs: Record<string, string>, ctx: Ctx): number {
  switch (name) {
    case 'Example':
      return (EXAMPLE_HEIGHTS[attrs.name ?? ''] ?? EXAMPLE_DEFAULT)[ctx.width];
    case 'OptimizerPlayground':
      return PLAYGROUND[ctx.width];
    case 'TrainingExample':
      return TRAINING_EXAMPLE[ctx.width];
    case 'TinyLmLab':
      return TINY_LM_LAB[ctx.width];
    case 'Exercises': {
      const list = EXERCISES.filter((e) => (attrs.chapter === undefined || e.chapter === attrs.chapter) && (attrs.only === undefined || e.id === attrs.only));
      return list.reduce((h, e, i) => h + (i ? EXERCISE.gap : 0) + exerciseHeight(e, ctx), 0) + 24; // 1.5rem below the list
    }
    case 'ErrataList':
      return errataHeight(attrs.category ?? '', ctx);
    case 'GlossaryList':
      return glossaryHeight(ctx);
    case 'ReferenceList':
      return referencesHeight(ctx);
    default:
      // A component without a rule: a screenful, as the stylesheet assumed before estimates.
      return VIEWPORTS[ctx.width].height;
  }
}

// ── Sections ────────────────────────────────────────────────────────────────────────────────

/** The blocks of a section as laid out (height, margins), for tests and calibration. */
export function sectionBlocks(section: Element, lang: Lang, width: Width, headings?: ReadonlyMap<string, string>): Box[] {
  return flow(section.children, COLUMN[width], { lang, width, headings });
}

/** Laid-out height of a section (or subsection) in px, before margin and rounding; its subsections included. */
export function sectionHeight(section: Element, ctx: Ctx): number {
  return stack(flow(section.children, COLUMN[ctx.width], ctx));
}

/** A section's estimate at one width: laid out, times MARGIN, plus SAFETY, rounded up to STEP px. */
export function estimate(height: number): number {
  return Math.ceil((height * MARGIN + SAFETY) / STEP) * STEP;
}

/** A section's two estimates, px. */
export function estimateSection(section: Element, lang: Lang, headings?: ReadonlyMap<string, string>): Heights {
  const out = {} as Heights;
  for (const width of WIDTHS) out[width] = estimate(sectionHeight(section, { lang, width, headings }));
  return out;
}

/** The inline style that carries a section's estimates (the CSP allows style attributes). */
export function estimateStyle(h: Heights): string {
  return `--est-phone:${h.phone}px;--est-desktop:${h.desktop}px`;
}

/** The texts of a tree's h2 and h3 headings by id. */
export function headingTexts(nodes: readonly (RootContent | ElementContent)[]): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (ns: readonly (RootContent | ElementContent)[]) => {
    for (const n of ns) {
      if (n.type !== 'element') continue;
      if ((n.tagName === 'h2' || n.tagName === 'h3') && typeof n.properties.id === 'string') out.set(n.properties.id, textOf(n).trim());
      else walk(n.children);
    }
  };
  walk(nodes);
  return out;
}

/** Every section and subsection of a chapter gets its own estimates (a subsection's never inherited from its section). */
export function addEstimates(tree: Root, lang: Lang): void {
  const headings = headingTexts(tree.children);
  const visit = (nodes: readonly (RootContent | ElementContent)[]) => {
    for (const s of nodes) {
      if (s.type !== 'element' || s.tagName !== 'section') continue;
      s.properties.style = estimateStyle(estimateSection(s, lang, headings));
      visit(s.children);
    }
  };
  visit(tree.children);
}

/** A section as the e2e gate reads it in the browser: its estimate at one width and its rendered height, px. */
export interface RenderedSection {
  id: string;
  /** The section's `--est-phone` or `--est-desktop`, NaN when it has none. */
  estimate: number;
  height: number;
}

/**
 * The gate's verdict (e2e/gates/checks.ts, `estimateProblems`): a problem for each section whose
 * estimate is missing or shorter than its rendered height (half a pixel of rounding allowed).
 */
export function shortEstimates(sections: readonly RenderedSection[], label: string, width: Width): string[] {
  const out: string[] = [];
  for (const s of sections) {
    const rendered = Math.ceil(s.height - 0.5);
    if (!Number.isFinite(s.estimate) || s.estimate <= 0) out.push(`${label}: section ${s.id}: no estimate (${width}; rendered ${rendered} px)`);
    else if (s.height > s.estimate + 0.5) out.push(`${label}: section ${s.id}: estimate ${s.estimate} px < rendered ${rendered} px (${width})`);
  }
  return out;
}
