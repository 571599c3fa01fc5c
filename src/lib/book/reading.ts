/**
 * Reading across the two editions: the remembered language, links that keep the
 * reader's place (fragment and the examples' query parameters), and the
 * bilingual strings of the reading controls. Pure: no DOM, no storage.
 */
import { HTML_LANG, LANGS, type Lang } from './book';
import { queryKey, querySegments } from '../examples/url-state';

/** localStorage key of the reader's chosen edition ("en" | "zh"). Never a cookie. */
export const LANG_PREF_KEY = 'foundation-models-book:lang';

export function isLang(x: unknown): x is Lang {
  return typeof x === 'string' && (LANGS as readonly string[]).includes(x);
}

/**
 * The edition to open for a reader: the remembered choice when there is one,
 * else the first of the browser's languages that is Chinese or English, else
 * English.
 */
export function preferredLang(stored: string | null | undefined, browserLanguages: readonly string[]): Lang {
  if (isLang(stored)) return stored;
  for (const l of browserLanguages) {
    const t = l.toLowerCase();
    if (t === 'zh' || t.startsWith('zh-')) return 'zh';
    if (t === 'en' || t.startsWith('en-')) return 'en';
  }
  return 'en';
}

/**
 * `href` with the query string `search` ("?mse.y=1,2" or "") put in place of its
 * own; the fragment is kept. Works on absolute and root-relative hrefs and
 * returns the same form.
 */
export function withSearch(href: string, search: string): string {
  const hashAt = href.indexOf('#');
  const beforeHash = hashAt === -1 ? href : href.slice(0, hashAt);
  const hash = hashAt === -1 ? '' : href.slice(hashAt);
  const qAt = beforeHash.indexOf('?');
  const path = qAt === -1 ? beforeHash : beforeHash.slice(0, qAt);
  const q = search === '' || search === '?' ? '' : search.startsWith('?') ? search : `?${search}`;
  return `${path}${q}${hash}`;
}

/** A query string without one parameter, the others kept exactly as written ("?a=1,2&theme=x" → "?a=1,2"). */
export function searchWithout(search: string, name: string): string {
  // A segment whose percent-encoding is malformed ("%E0%A4%A", "%") is not `name`: kept, never thrown on.
  const kept = querySegments(search).filter((p) => queryKey(p) !== name);
  return kept.length ? `?${kept.join('&')}` : '';
}

/** The language of an html `lang` attribute ("zh-CN" → "zh"). */
export function langOfHtml(htmlLang: string | null | undefined): Lang {
  return htmlLang && htmlLang.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** Strings of the reading controls, in each edition's language. */
export const READING_UI = {
  en: {
    copied: 'Link copied',
    copyFailed: 'Copy failed: the link is in the address bar',
    /** Hidden text after the visible "中文" of the section switch. */
    sectionIn: ': this section in Chinese',
    parallel: 'Side-by-side view',
    single: 'Single-language view',
    parallelHint: 'Chinese and English, section by section',
  },
  zh: {
    copied: '链接已复制',
    copyFailed: '复制失败：链接已在地址栏中',
    sectionIn: '：本节英文版',
    parallel: '中英对照',
    single: '单语阅读',
    parallelHint: '中文与英文逐节对照',
  },
} as const satisfies Record<Lang, Record<string, string>>;

/** The visible name of each edition, written in its own language. */
/** Accessible name of a heading's link button ("4.1 Loss functions" → …). */
export function anchorLabel(lang: Lang, title: string): string {
  return lang === 'zh' ? `复制“${title}”一节的链接` : `Copy link to section “${title}”`;
}

export const EDITION_NAME: Record<Lang, string> = { en: 'English', zh: '中文' };

export { HTML_LANG };
