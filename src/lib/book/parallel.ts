import { YIELD_POINT_HTML } from './yield-points';
/**
 * The parallel view (/parallel/<slug>/): a chapter's rendered HTML in both
 * languages, split into its h2 sections and h3 subsections so that they can be
 * aligned pair by pair.
 * Pure string functions over the HTML our Markdown pipeline produces (h2 with
 * an explicit id, wrapped by Starlight in `div.sl-heading-wrapper`).
 */

/** The id of the block before the first h2 (the chapter's introduction). */
export const INTRO_ID = 'intro';

export interface Section {
  /** The h2's or h3's id, or INTRO_ID for the text before the first h2. */
  id: string;
  html: string;
  /** 2 for an h2 section (its heading and text up to its first h3), 3 for an h3 subsection; 1 for the intro. */
  level?: 1 | 2 | 3;
}

const H2_START = /<div class="sl-heading-wrapper level-h2"><h2 id="([^"]+)"|<h2 id="([^"]+)"/g;
/** A chapter's h2 sections as src/plugins/sections.ts wraps them. */
const SECTION_START = /<section class="book-section(?: [^"]*)?" data-section="([^"]+)"[^>]*>/g;
/** …and its h3 subsections, inside them. */
const SUBSECTION_START = /<section class="book-subsection(?: [^"]*)?" data-section="([^"]+)"/g;

/**
 * An h2 section element (`<section class="book-section">…</section>`, possibly
 * followed by white space) as pieces: the h2 and its own text (the wrapper's
 * inside up to the first subsection), then each h3 subsection, whole.
 */
function splitSubsections(id: string, piece: string): Section[] {
  const open = new RegExp(SECTION_START.source).exec(piece);
  const close = piece.lastIndexOf('</section>');
  if (!open || open.index !== 0 || close < 0) return [{ id, html: piece, level: 2 }];
  const inner = piece.slice(open[0].length, close);
  const tail = piece.slice(close + '</section>'.length);
  const subs = [...inner.matchAll(SUBSECTION_START)];
  const out: Section[] = [{ id, html: inner.slice(0, subs[0]?.index ?? inner.length), level: 2 }];
  subs.forEach((m, i) => out.push({ id: m[1]!, html: inner.slice(m.index!, subs[i + 1]?.index ?? inner.length), level: 3 }));
  out[out.length - 1]!.html += tail;
  return out;
}

/**
 * Splits a chapter into the pieces the parallel view aligns: at every h2 and
 * every h3 subsection when the chapter has the sections of
 * src/plugins/sections.ts (each h3 piece is then one whole element, and each h2
 * piece is the h2 section's inside up to its first h3), else at every h2 (with
 * its Starlight wrapper when present). The intro block is always first,
 * possibly empty.
 */
export function splitSections(page: string): Section[] {
  // Parser yield points (src/lib/book/yield-points.ts) sit between sections: dropped, so each piece is whole.
  const html = page.replaceAll(YIELD_POINT_HTML, '');
  const sections = [...html.matchAll(SECTION_START)];
  if (sections.length > 0) {
    const out: Section[] = [{ id: INTRO_ID, html: html.slice(0, sections[0]!.index), level: 1 }];
    sections.forEach((m, i) => out.push(...splitSubsections(m[1]!, html.slice(m.index, sections[i + 1]?.index ?? html.length))));
    return out;
  }
  const cuts = [...html.matchAll(H2_START)].map((m) => ({ at: m.index, id: (m[1] ?? m[2])! }));
  const out: Section[] = [{ id: INTRO_ID, html: html.slice(0, cuts[0]?.at ?? html.length), level: 1 }];
  cuts.forEach((c, i) => out.push({ id: c.id, html: html.slice(c.at, cuts[i + 1]?.at ?? html.length), level: 2 }));
  return out;
}


const ID_REF_ATTRS = ['id', 'for', 'aria-describedby', 'aria-labelledby', 'aria-controls', 'aria-owns', 'aria-activedescendant', 'aria-errormessage'];

/**
 * Prefixes every id of a fragment, and every reference to one (same-page
 * `href="#…"`, `for`, `aria-*` id lists), so that two editions with the same
 * ids can share one page: `id="mse"` → `id="en-mse"`.
 */
export function prefixIds(html: string, prefix: string): string {
  const attrs = new RegExp(`(\\s(?:${ID_REF_ATTRS.join('|')}))="([^"]*)"`, 'g');
  return html
    .replace(attrs, (_m, attr: string, value: string) => {
      const ids = value.split(/\s+/).filter(Boolean).map((v) => `${prefix}-${v}`);
      return `${attr}="${ids.join(' ')}"`;
    })
    .replace(/(\shref)="#([^"]+)"/g, (_m, attr: string, id: string) => `${attr}="#${prefix}-${id}"`);
}

/**
 * Removes scripts (the islands' hydration, components' scripts): examples are
 * shown in their server-rendered, static form in the parallel view. External
 * scripts whose src matches `keep` (Expressive Code's copy button) stay.
 */
export function stripScripts(html: string, keep: RegExp = /\/ec\.[\w-]+\.js"/): string {
  return html.replace(/<script\b([^>]*)>[\s\S]*?<\/script>/gi, (m, attrs: string) => (/\ssrc=/.test(attrs) && keep.test(attrs) ? m : ''));
}

/** Drops repeated `<link rel="stylesheet">` and `<script src>` tags (the second edition repeats the first's). */
export function dedupeAssets(html: string, seen: Set<string>): string {
  return html.replace(/<link\b[^>]*rel="stylesheet"[^>]*>|<script\b[^>]*\ssrc="[^"]*"[^>]*><\/script>/gi, (m) => {
    if (seen.has(m)) return '';
    seen.add(m);
    return m;
  });
}

export interface Pair {
  id: string;
  level: 1 | 2 | 3;
  zh: string;
  en: string;
}

/** Aligns the sections of the two editions by id; throws when their ids differ. */
export function alignSections(zh: Section[], en: Section[], where = ''): Pair[] {
  const a = zh.map((s) => s.id).join(', ');
  const b = en.map((s) => s.id).join(', ');
  if (a !== b) throw new Error(`${where}: the editions' sections differ — zh [${a}] vs en [${b}]`);
  if (zh.slice(1).some((s) => s.id === INTRO_ID)) throw new Error(`${where}: a heading may not use the id "${INTRO_ID}"`);
  return zh.map((s, i) => ({ id: s.id, level: s.level ?? (i === 0 ? 1 : 2), zh: s.html, en: en[i]!.html }));
}

/**
 * Examples in their static form: their fields read-only, their selects and
 * buttons disabled (they would do nothing without their script).
 */
export function staticControls(html: string): string {
  return html
    .replace(/<input\b(?![^>]*\sreadonly)/g, '<input readonly')
    .replace(/<(select|button)\b(?![^>]*\sdisabled)(?![^>]*\sdata-code=)/g, '<$1 disabled');
}

/**
 * Islands made inert: `<astro-island …>` (whose attributes name the component's
 * source file and props) becomes a plain `<div class="static-island">`.
 */
export function inertIslands(html: string): string {
  return html.replace(/<astro-island\b[^>]*>/g, '<div class="static-island">').replace(/<\/astro-island>/g, '</div>');
}

/** An edition's rendered chapter as the parallel view shows it: static examples, no scripts, no repeated assets. */
export function staticEdition(html: string, seenAssets: Set<string>): string {
  return inertIslands(staticControls(dedupeAssets(stripScripts(html), seenAssets)));
}

/**
 * Relative links of a chapter (`../errata/`) resolved against the chapter's own
 * path (`/en/resources/`): in the parallel view (/parallel/resources/) they
 * would otherwise lead to the wrong page.
 */
export function absolutizeLinks(html: string, pagePath: string): string {
  return html.replace(/(\s(?:href|src))="([^"]*)"/g, (m, attr: string, href: string) => {
    if (href === '' || /^(?:[a-z][a-z0-9+.-]*:|\/|#|\?)/i.test(href)) return m;
    const u = new URL(href, `http://book.invalid${pagePath}`);
    return `${attr}="${u.pathname}${u.search}${u.hash}"`;
  });
}
