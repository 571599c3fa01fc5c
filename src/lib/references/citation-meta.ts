/**
 * Highwire Press `citation_*` meta tags (the tags Google Scholar and Zotero
 * read), on chapter pages only: the chapter as a part of the book, in the
 * current edition. Other pages (the landing page, progress, changes, parallel
 * views, embeds) are not parts of the book and carry none. Pure.
 *
 * `citation_public_url` only with a public address (SITE_URL); a local build
 * has none. `citation_pdf_url` is added by `npm run pdf` once the edition's PDF
 * exists (addPdfMeta), since the build cannot know it will.
 */
import { BOOK, HTML_LANG, chapterBySlug, type Lang } from '../book/book.ts';
import { CURRENT_EDITION } from '../../data/editions.ts';

/** The chapter a site path (after the base path) is the page of: "en/math/" → math; else undefined. */
export function chapterPageSlug(path: string): string | undefined {
  const m = /^(en|zh)\/([a-z0-9-]+)\/(?:index\.html)?$/.exec(path);
  return m && chapterBySlug(m[2]!) ? m[2] : undefined;
}

/** [name, content] pairs, in the order written in <head>. */
export function citationMeta(lang: Lang, pageTitle: string, publicUrl: string | undefined): [string, string][] {
  const book = BOOK.title[lang];
  const title = pageTitle && pageTitle !== book ? pageTitle : book;
  return [
    ['citation_title', title],
    ...(title !== book ? ([['citation_inbook_title', book]] as [string, string][]) : []),
    ['citation_author', BOOK.author[lang]],
    ['citation_publication_date', CURRENT_EDITION.date.replace(/-/g, '/')],
    ['citation_edition', String(CURRENT_EDITION.number)],
    ['citation_language', HTML_LANG[lang]],
    ...(publicUrl ? ([['citation_public_url', publicUrl]] as [string, string][]) : []),
  ];
}

const PDF_META = /<meta name="citation_pdf_url" content="[^"]*"\s*\/?>/;

/**
 * A chapter page's HTML with `citation_pdf_url` (after its last `citation_*` tag, or
 * replacing the one a previous run wrote). Pages without `citation_*` tags are left alone.
 */
export function addPdfMeta(html: string, pdfUrl: string): string {
  const tag = `<meta name="citation_pdf_url" content="${pdfUrl.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}">`;
  if (PDF_META.test(html)) return html.replace(PDF_META, tag);
  const all = [...html.matchAll(/<meta name="citation_[a-z_]+" content="[^"]*"\s*\/?>/g)];
  const last = all[all.length - 1];
  if (!last) return html;
  const at = last.index + last[0].length;
  return html.slice(0, at) + tag + html.slice(at);
}
