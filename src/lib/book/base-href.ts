/**
 * Authors write site links from the root (`[errata](/en/errata/#arithmetic)`);
 * when the book is hosted under a sub-folder (BASE_PATH=/book/), they must get
 * the base path: "/book/en/errata/#arithmetic". Pure.
 */
export function baseHref(base: string, href: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  if (b === '/' || !href.startsWith('/') || href.startsWith('//') || href.startsWith(b)) return href;
  return b + href.slice(1);
}
