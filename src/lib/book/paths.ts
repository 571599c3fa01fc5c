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

/**
 * The slug of a chapter page from its address: the last segment of /en/<slug>/ or
 * /parallel/<slug>/, whether the address ends in a slash, in `index.html` or in neither
 * (`/en/math/index.html` and `/en/math` are /en/math/). '' when there is none.
 */
export function slugOfPath(pathname: string): string {
  const parts = pathname.split('/').filter(Boolean);
  if (parts.at(-1) === 'index.html') parts.pop();
  return parts.at(-1) ?? '';
}

/**
 * A localStorage key of this copy of the site: two copies under different base paths on one origin
 * share localStorage, so a key carries the base path, except at the root ("/"), where keys keep the
 * names they had before keys carried it.
 */
export function scopedKey(key: string, base: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return b === '/' ? key : `${key}@${b}`;
}
