/**
 * rehype plugin (registered by src/plugins/reading-integration.ts after
 * `rehypeAnchorLabels`): a small "Cite" / "引用" button as the last child of
 * every h2/h3 `.sl-heading-wrapper` of the book's chapters. The button carries
 * no citation text: the panel (src/scripts/cite-panel.ts, loaded on the first
 * click) builds BibTeX, APA and GB/T 7714 from the heading, the page's language
 * and slug, and the current edition (src/lib/references/citation.ts). The heading's text
 * is the button's description (`aria-describedby`), so each of the ~100
 * buttons of a long chapter costs ~110 bytes of HTML. Without JavaScript the
 * buttons are hidden (a <noscript> style in src/overrides/Footer.astro).
 */
import type { Root, Element } from 'hast';
import { visit, SKIP } from 'unist-util-visit';
import type { Lang } from '../lib/book/book';
import { langFromPath, slugFromPath } from './heading-ids';

interface VFileLike {
  path?: string;
  history?: string[];
}

export const CITE_BUTTON_LABEL: Record<Lang, string> = { en: 'Cite', zh: '引用' };

function hasClass(el: Element, name: string): boolean {
  const c = el.properties?.className as unknown;
  return Array.isArray(c) ? c.includes(name) : typeof c === 'string' && c.split(/\s+/).includes(name);
}

export function citeButton(lang: Lang, id: string): Element {
  return {
    type: 'element',
    tagName: 'button',
    properties: { type: 'button', className: ['cite-btn'], ariaExpanded: 'false', ariaDescribedBy: [id], dataPagefindIgnore: '' },
    children: [{ type: 'text', value: CITE_BUTTON_LABEL[lang] }],
  };
}

export function rehypeCiteControls() {
  return (tree: Root, file: VFileLike) => {
    const path = file.path ?? file.history?.[0] ?? '';
    const lang = langFromPath(path);
    if (!lang || !slugFromPath(path)) return;
    visit(tree, 'element', (el: Element) => {
      if (el.tagName !== 'div' || !hasClass(el, 'sl-heading-wrapper')) return;
      const heading = el.children.find((c): c is Element => c.type === 'element');
      if (!heading || (heading.tagName !== 'h2' && heading.tagName !== 'h3')) return SKIP;
      const id = heading.properties?.id;
      if (typeof id !== 'string' || !id) return SKIP;
      el.children.push(citeButton(lang, id));
      return SKIP;
    });
  };
}
