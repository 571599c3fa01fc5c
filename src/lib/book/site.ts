/**
 * Where the site is hosted: `SITE_URL` (the public address, e.g.
 * "https://book.example.net") and `BASE_PATH` (a sub-folder, default "/") from
 * the environment (docs/publishing.md).
 *
 * Without `SITE_URL` the build is a local build: it still succeeds, prints one
 * warning (siteWarning) and invents no address. Whatever must be absolute at
 * build time is left out (canonical links, hreflang alternates, the sitemap,
 * `citation_public_url`) or relative and marked (`/links.json` gets
 * `"local": true`); what the reader copies (the Cite panel) uses the origin the
 * page is served from.
 */
const env = (typeof process !== 'undefined' ? process.env : {}) as Record<string, string | undefined>;

/** The public address from a SITE_URL value: an absolute http(s) URL, or undefined (unset or empty). A bad value is an error. */
export function siteFrom(value: string | undefined): string | undefined {
  const v = value?.trim();
  if (!v) return undefined;
  let u: URL;
  try {
    u = new URL(v);
  } catch {
    throw new Error(`SITE_URL must be an absolute URL such as https://book.example.net (it is "${v}")`);
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') throw new Error(`SITE_URL must be an http(s) URL (it is "${v}")`);
  return u.origin + u.pathname.replace(/\/$/, '');
}

/** The configured public address, or undefined for a local build. */
export const SITE: string | undefined = siteFrom(env.SITE_URL);
export const BASE = env.BASE_PATH ?? '/';

/** The one line a build without SITE_URL prints, or null. */
export function siteWarning(site: string | undefined): string | null {
  return site
    ? null
    : 'SITE_URL is not set: a local build, without canonical links, sitemap or absolute URLs in /links.json (citations use the address the page is served from). Set the public address with SITE_URL=https://your.host npm run build (docs/publishing.md).';
}

/**
 * The URL of a site path ("/en/math/#mse", base path included) as published:
 * absolute under the configured address, or the path itself in a local build.
 */
export function publicUrlOf(path: string, site: string | undefined): string {
  return site ? new URL(path, site).href : path;
}
