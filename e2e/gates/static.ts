/**
 * Gates that read the built HTML, no browser: what a reader without JavaScript gets is the static
 * page itself, so its text, formulas and the examples' results are checked in dist/ for every page,
 * in milliseconds. What only a browser can tell (that the CSS shows it) is checked on the sample of
 * `browserSample` (e2e/gates.spec.ts).
 */
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Element, Root } from 'hast';

const trees = new Map<string, Root>();
function tree(html: string): Root {
  let t = trees.get(html);
  if (!t) {
    t = fromHtml(html);
    trees.clear(); // one page at a time: the chapters are large
    trees.set(html, t);
  }
  return t;
}

/** Without JavaScript: text, rendered math and the examples' static results are in the page. */
export function staticNoJsProblems(label: string, html: string): string[] {
  const out: string[] = [];
  const root = tree(html);
  const main = select('main', root);
  const text = main ? toString(main).replace(/\s+/g, ' ').trim() : '';
  if (text.length < 40) out.push(`${label}: no-JS: the main text is missing`);
  if (html.includes('class="katex') && selectAll('.katex', root).length === 0) out.push(`${label}: no-JS: math is missing`);
  if (main) {
    // Prose only: quotes of TeX source in code are fine.
    const clone = structuredClone(main) as Element;
    const strip = (e: Element) => {
      e.children = e.children.filter((c) => !(c.type === 'element' && ['code', 'pre', 'script', 'style'].includes(c.tagName)));
      for (const c of e.children) if (c.type === 'element') strip(c);
    };
    strip(clone);
    if (/\$\$/.test(toString(clone))) out.push(`${label}: no-JS: raw $$ left in the text`);
  }
  for (const fig of selectAll('figure[id^="example-"]', root)) {
    const id = String(fig.properties.id);
    const outputs = selectAll('output[data-result]', fig);
    // A lab's output that only the reader's own run fills is marked `data-until-run` (empty until
    // then); the figure must still show some result without JavaScript.
    const shown = outputs.filter((o) => o.properties.dataUntilRun === undefined);
    if (shown.length === 0) out.push(`${label}: no-JS: ${id} shows no static result`);
    for (const o of shown) {
      const value = o.properties.dataValue;
      if (value === undefined || value === null || value === '' || /NaN/.test(String(value))) out.push(`${label}: no-JS: ${id} output ${String(o.properties.dataResult)} has no value`);
    }
  }
  return out;
}

/** The class names used inside <main> (what the browser-only passes must have seen somewhere). */
export function mainClasses(html: string): Set<string> {
  const main = select('main', tree(html));
  const out = new Set<string>();
  if (!main) return out;
  for (const e of selectAll('[class]', main)) {
    for (const c of (e.properties.className as string[] | undefined) ?? []) out.add(String(c));
  }
  return out;
}

/**
 * Class names used in some page's <main> that no page of the sample uses, each with the first page
 * that has it: what a browser-only pass over the sample would never have seen.
 */
export function sampleGaps(sample: string[], pages: string[], htmlOf: (path: string) => string): string[] {
  const seen = new Set(sample.flatMap((p) => [...mainClasses(htmlOf(p))]));
  const missing = new Map<string, string>();
  for (const p of pages) for (const c of mainClasses(htmlOf(p))) if (!seen.has(c) && !missing.has(c)) missing.set(c, p);
  return [...missing].map(([c, p]) => `.${c} (first on ${p})`);
}

const LABELLED = (e: Element) =>
  ['ariaLabel', 'ariaLabelledBy', 'title'].some((k) => String(e.properties[k] ?? '').trim() !== '');
/** The name a screen reader would read from the element's content: its text and its images' alt. */
const contentName = (e: Element): string =>
  (toString(e) + ' ' + selectAll('img[alt], svg[aria-label]', e).map((i) => String(i.properties.alt ?? i.properties.ariaLabel ?? '')).join(' ')).trim();

/**
 * axe's structural rules, read from the built HTML of every page (the browser runs axe itself on one
 * page per template, `browserSample`): what a chapter's own text could break, page by page, whatever
 * its template. Rules, named as axe names them: html-has-lang, duplicate-id, image-alt, link-name,
 * button-name, label (inputs, selects, text areas), frame-title. Hidden inputs, and elements inside
 * <template>, are not read.
 */
export function staticA11yProblems(label: string, html: string): string[] {
  const out: string[] = [];
  const root = tree(html);
  const htmlEl = select('html', root);
  if (!htmlEl || String(htmlEl.properties.lang ?? '').trim() === '') out.push(`${label}: html-has-lang: <html> has no lang`);
  const seen = new Map<string, number>();
  for (const e of selectAll('[id]', root)) {
    const id = String(e.properties.id);
    seen.set(id, (seen.get(id) ?? 0) + 1);
  }
  for (const [id, n] of seen) if (n > 1) out.push(`${label}: duplicate-id: #${id} ×${n}`);
  for (const img of selectAll('img', root)) {
    if (img.properties.alt === undefined && !LABELLED(img) && img.properties.role !== 'presentation')
      out.push(`${label}: image-alt: <img src="${String(img.properties.src ?? '')}"> has no alt`);
  }
  for (const a of selectAll('a[href]', root)) {
    if (!LABELLED(a) && contentName(a) === '') out.push(`${label}: link-name: <a href="${String(a.properties.href)}"> has no name`);
  }
  for (const b of selectAll('button', root)) {
    if (!LABELLED(b) && contentName(b) === '') out.push(`${label}: button-name: a <button>${b.properties.id ? ` #${String(b.properties.id)}` : ''} has no name`);
  }
  const labelFor = new Set(selectAll('label[for]', root).map((l) => String(l.properties.htmlFor)));
  const insideLabel = new Set(selectAll('label input, label select, label textarea', root));
  for (const c of selectAll('input, select, textarea', root)) {
    const type = String(c.properties.type ?? '');
    if (['hidden', 'submit', 'button', 'reset', 'image'].includes(type)) continue;
    const id = c.properties.id ? String(c.properties.id) : '';
    if (!LABELLED(c) && !insideLabel.has(c) && !(id && labelFor.has(id)))
      out.push(`${label}: label: <${c.tagName}${id ? ` id="${id}"` : ''}${c.properties.name ? ` name="${String(c.properties.name)}"` : ''}> has no label`);
  }
  for (const f of selectAll('iframe', root)) if (!LABELLED(f)) out.push(`${label}: frame-title: an <iframe> has no title`);
  return out;
}
