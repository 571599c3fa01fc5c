import type { Lang } from './book';

/** Joins the site's base path (from astro.config) and a site path such as "en/math/". */
export function withBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return b + path.replace(/^\//, '');
}

/** The path of a chapter in an edition, with an optional fragment: "/en/math/#mse". */
export function chapterPath(base: string, lang: Lang, slug: string, fragment?: string): string {
  return withBase(base, `${lang}/${slug}/`) + (fragment ? `#${fragment}` : '');
}
