/**
 * Heading controls of a chapter, next to each h2/h3 heading's copy-link button
 * (Starlight's `a.sl-anchor-link`): a small "中文" / "English" link to the same
 * section in the other edition (`/zh/<slug>/#<id>`). A plain link, so it works
 * without JavaScript; src/scripts/reading.ts adds the reader's query string
 * (the examples' state) on click and remembers the choice.
 */
import type { Root, Element, ElementContent } from 'hast';
import { visit, SKIP } from 'unist-util-visit';
import { HTML_LANG, type Lang } from '../lib/book/book';
import { chapterPath } from '../lib/book/paths';
import { baseHref } from '../lib/book/base-href';
import { EDITION_NAME, READING_UI, anchorLabel } from '../lib/book/reading';
import { langFromPath, slugFromPath } from './heading-ids';

interface VFileLike {
  path?: string;
  history?: string[];
}

/** The heading levels that get a language link (the ones courses link to, and "On this page" lists). */
export const LANG_LINK_LEVELS = new Set(['h2', 'h3']);

export function sectionLangLink(base: string, lang: Lang, slug: string, id: string): Element {
  const other: Lang = lang === 'en' ? 'zh' : 'en';
  return {
    type: 'element',
    tagName: 'a',
    properties: {
      className: ['section-lang-link'],
      href: chapterPath(base, other, slug, id),
      hrefLang: HTML_LANG[other],
      dataLang: other,
      dataPagefindIgnore: '',
    },
    children: [
      { type: 'element', tagName: 'span', properties: { lang: HTML_LANG[other] }, children: [{ type: 'text', value: EDITION_NAME[other] }] },
      { type: 'element', tagName: 'span', properties: { className: ['sr-only'] }, children: [{ type: 'text', value: READING_UI[lang].sectionIn }] },
    ],
  };
}

/**
 * rehype plugin that runs AFTER Starlight's heading links (registered by
 * `reading()` in src/plugins/reading-integration.ts), on the wrappers Starlight
 * makes (`div.sl-heading-wrapper` holding the heading and its link button):
 * - Starlight cannot tell the language of files in the top-level content/
 *   folder, so its link labels are English on Chinese pages: each heading link
 *   gets its accessible name in the page's language;
 * - h2 and h3 headings get the link to the same section in the other edition,
 *   right after the copy-link button.
 */
export function rehypeHeadingControls(options: { base: string }) {
  return (tree: Root, file: VFileLike) => {
    const path = file.path ?? file.history?.[0] ?? '';
    const lang = langFromPath(path);
    const slug = slugFromPath(path);
    if (!lang || !slug) return;
    visit(tree, 'element', (el: Element) => {
      const cls = el.properties?.className;
      if (el.tagName !== 'div' || !(Array.isArray(cls) && cls.includes('sl-heading-wrapper'))) return;
      const [heading, link] = el.children.filter((c): c is Element => c.type === 'element');
      if (!heading || !link) return;
      const label = link.children.find(
        (c): c is Element => c.type === 'element' && Array.isArray(c.properties?.className) && c.properties.className.includes('sr-only'),
      );
      if (label) label.children = [{ type: 'text', value: anchorLabel(lang, toText(heading)) }];
      const id = heading.properties?.id;
      if (LANG_LINK_LEVELS.has(heading.tagName) && typeof id === 'string' && id) {
        el.children.splice(el.children.indexOf(link) + 1, 0, sectionLangLink(options.base, lang, slug, id));
      }
      return SKIP;
    });
  };
}

function toText(node: Element | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(toText).join('');
  return '';
}

/**
 * rehype plugin: root links written in the chapters (`/en/errata/`) get the
 * site's base path when it is hosted under a sub-folder.
 */
export function rehypeBaseLinks(options: { base: string }) {
  return (tree: Root, file: VFileLike) => {
    const path = file.path ?? file.history?.[0] ?? '';
    if (!slugFromPath(path)) return;
    visit(tree, 'element', (el: Element) => {
      for (const attr of ['href', 'src'] as const) {
        const v = el.properties?.[attr];
        if (typeof v === 'string') el.properties[attr] = baseHref(options.base, v);
      }
    });
  };
}
