/**
 * Highwire Press `citation_*` meta tags for a page of the book (the tags Google
 * Scholar and Zotero read): the page as a part of the book, in the current
 * edition. Pure.
 */
import { BOOK, HTML_LANG, type Lang } from './book';
import { CURRENT_EDITION } from '../data/editions';

/** [name, content] pairs, in the order written in <head>. */
export function citationMeta(lang: Lang, pageTitle: string, publicUrl: string): [string, string][] {
  const book = BOOK.title[lang];
  const title = pageTitle && pageTitle !== book ? pageTitle : book;
  return [
    ['citation_title', title],
    ...(title !== book ? ([['citation_inbook_title', book]] as [string, string][]) : []),
    ['citation_author', BOOK.author[lang]],
    ['citation_publication_date', CURRENT_EDITION.date.replace(/-/g, '/')],
    ['citation_edition', String(CURRENT_EDITION.number)],
    ['citation_language', HTML_LANG[lang]],
    ['citation_public_url', publicUrl],
  ];
}
