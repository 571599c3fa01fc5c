/** Static link check over dist/: every internal link and #fragment resolves. */
import { fileForPath } from './site';
import { readFileSync } from 'node:fs';

const idCache = new Map<string, Set<string>>();

export function idsOf(file: string): Set<string> {
  let ids = idCache.get(file);
  if (!ids) {
    const html = readFileSync(file, 'utf8');
    ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
    idCache.set(file, ids);
  }
  return ids;
}

/** Problems with the internal links of one page (its site path and HTML). */
export function linkProblems(pagePath: string, html: string, siteOrigin: string, base = 'http://site.invalid'): string[] {
  const out: string[] = [];
  // Only links and resources in the document, not text inside code blocks.
  const refs = [...html.matchAll(/<(a|link|img|script|source|iframe)\b([^>]*?)\s(href|src)="([^"]*)"/g)];
  const selfFile = fileForPath(pagePath);
  for (const [, tag, attrs, , raw] of refs) {
    const href = raw!.replace(/&amp;/g, '&');
    if (/^(mailto:|tel:|javascript:|data:)/.test(href)) continue;
    let url = new URL(href, base + pagePath);
    // <link rel=canonical|alternate|sitemap> name the public site's absolute URLs: check their paths here.
    const meta = tag === 'link' && /rel="(canonical|alternate|sitemap)"/.test(attrs ?? '');
    if (meta && url.origin === siteOrigin) url = new URL(url.pathname + url.search + url.hash, base);
    if (url.origin !== base) {
      if (tag !== 'a') out.push(`${pagePath}: <${tag}> loads from another origin: ${href}`);
      continue; // outbound links are not fetched
    }
    const file = url.pathname === pagePath ? selfFile : fileForPath(url.pathname);
    if (!file) {
      out.push(`${pagePath}: broken link <${tag}> ${href}`);
      continue;
    }
    const frag = decodeURIComponent(url.hash.slice(1));
    if (frag && file.endsWith('.html') && !idsOf(file).has(frag)) {
      out.push(`${pagePath}: link ${href} points to a missing #${frag}`);
    }
  }
  return out;
}
