/**
 * Completes Astro's Content-Security-Policy <meta> after the build. Astro hashes
 * the scripts it bundles, but not `is:inline` scripts (Starlight's theme and
 * sidebar scripts are such): this adds a sha256 hash for every inline script a
 * page really contains, so the policy stays strict (no 'unsafe-inline' for
 * scripts). No page gets 'wasm-unsafe-eval': TensorFlow.js's WASM backend compiles in the
 * training lab's worker, which a <meta> policy does not govern (a worker takes its policy from its
 * own response headers), so the token only widened the pages' policy. Pure; Node only for hashing.
 */
import { createHash } from 'node:crypto';

const META_RE = /<meta http-equiv="content-security-policy" content="([^"]*)"\s*\/?>/i;
const SCRIPT_RE = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const STYLE_RE = /<style\b([^>]*)>([\s\S]*?)<\/style>/gi;

export function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** A script type the browser runs (HTML's "JavaScript MIME type essence match", module, import map, speculation rules); any other is a data block. */
const RUN_TYPES = /^(|module|importmap|speculationrules|(text|application)\/(x-)?(java|ecma)script|text\/(javascript1\.[0-5]|jscript|livescript|x-javascript))$/i;

/** The hashes of the inline scripts of an HTML page (scripts with a src are skipped, as are data blocks: JSON, parser yield points). */
export function inlineScriptHashes(html: string): string[] {
  const out = new Set<string>();
  for (const m of html.matchAll(SCRIPT_RE)) {
    const attrs = m[1] ?? '';
    if (/\bsrc\s*=/.test(attrs)) continue;
    const type = /\btype\s*=\s*"([^"]*)"/i.exec(attrs)?.[1]?.trim() ?? '';
    if (!RUN_TYPES.test(type)) continue;
    out.add(sha256(m[2] ?? ''));
  }
  return [...out];
}

/** The hashes of the inline <style> elements of an HTML page. */
export function inlineStyleHashes(html: string): string[] {
  return [...new Set([...html.matchAll(STYLE_RE)].map((m) => sha256(m[2] ?? '')))];
}

function addTo(directives: string[], name: string, sources: string[]): void {
  const idx = directives.findIndex((d) => d === name || d.startsWith(`${name} `));
  if (idx < 0) throw new Error(`CSP has no ${name} directive`);
  const parts = directives[idx]!.split(/\s+/);
  const have = new Set(parts);
  for (const s of sources) if (!have.has(s)) parts.push(s);
  directives[idx] = parts.join(' ');
}

/** Returns the page with its CSP completed; a page without a CSP meta is an error (every page must have one). */
export function completeCsp(html: string): string {
  const m = META_RE.exec(html);
  if (!m) throw new Error('page has no Content-Security-Policy meta tag');
  const directives = m[1]!.split(';').map((d) => d.trim()).filter(Boolean);
  addTo(directives, 'script-src', inlineScriptHashes(html));
  const styles = inlineStyleHashes(html);
  if (styles.length) addTo(directives, 'style-src', styles);
  if (directives.find((d) => d.startsWith('script-src '))!.split(/\s+/).includes("'unsafe-inline'")) {
    throw new Error("CSP script-src must not allow 'unsafe-inline'");
  }
  const content = directives.join('; ') + ';';
  return html.replace(META_RE, `<meta http-equiv="content-security-policy" content="${content}">`);
}
