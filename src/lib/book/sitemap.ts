/**
 * Tidies the sitemap written by @astrojs/sitemap (through Starlight): short
 * links (/go/…) and embeds (/<lang>/embed/…) are not pages to index (they are
 * `noindex`), and the bilingual landing page is not the English edition's
 * alternate. Pure string processing of the sitemap XML.
 */
export interface PruneOptions {
  /** The site's root URL with its base path, e.g. "https://example.org/book/". */
  root: string;
}

export function isUnlistedPath(path: string): boolean {
  return /^go\//.test(path) || /^(en|zh)\/embed\//.test(path);
}

export function pruneSitemap(xml: string, { root }: PruneOptions): string {
  const r = root.endsWith('/') ? root : `${root}/`;
  return xml.replace(/<url>([\s\S]*?)<\/url>/g, (whole, inner: string) => {
    const loc = /<loc>([^<]*)<\/loc>/.exec(inner)?.[1] ?? '';
    const path = loc.startsWith(r) ? loc.slice(r.length) : loc;
    if (isUnlistedPath(path)) return '';
    if (loc === r) return `<url><loc>${loc}</loc></url>`;
    return whole.replace(new RegExp(`<xhtml:link rel="alternate" hreflang="[^"]*" href="${escapeRe(r)}"/>`, 'g'), '');
  });
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
