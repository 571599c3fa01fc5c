/** What JavaScript a built page loads: at page load, and per island (read from dist/). */
import { readFileSync, existsSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST } from './site.ts';

const IMPORT_RE = /(?:^|[;\s}])import\s*(?:[\w*${}\s,]+from\s*)?["']([^"']+)["']|(?:^|[;\s}])export\s*(?:\*|\{[^}]*\})\s*from\s*["']([^"']+)["']/g;

export function gz(bytes: Buffer | string): number {
  return gzipSync(bytes, { level: 9 }).length;
}

/** Static imports of a JS module (dynamic import() is not followed: it loads on demand). */
export function staticImports(code: string, from: string): string[] {
  const out: string[] = [];
  for (const m of code.matchAll(IMPORT_RE)) {
    const spec = m[1] ?? m[2];
    if (!spec || !(spec.startsWith('.') || spec.startsWith('/'))) continue;
    out.push(spec.startsWith('/') ? spec : posix.join(posix.dirname(from), spec));
  }
  return out;
}

/** The closure of site paths of JS modules reachable by static imports from the entries. */
export function closure(entries: string[]): Set<string> {
  const seen = new Set<string>();
  const stack = [...entries];
  while (stack.length) {
    const p = stack.pop()!;
    if (seen.has(p)) continue;
    const file = join(DIST, p);
    if (!existsSync(file)) continue;
    seen.add(p);
    stack.push(...staticImports(readFileSync(file, 'utf8'), p));
  }
  return seen;
}

export interface PageJs {
  /** Modules loaded at page load (external module scripts, and imports of inline ones). */
  atLoad: Set<string>;
  /** Gzipped bytes of inline scripts. */
  inlineGz: number;
  /** Per island (component-url): the modules it loads when it hydrates, beyond those loaded at page load. */
  islands: Map<string, Set<string>>;
}

export function pageJs(pagePath: string, html: string): PageJs {
  const entries: string[] = [];
  let inlineGz = 0;
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attrs = m[1] ?? '';
    const src = /\ssrc="([^"]+)"/.exec(attrs)?.[1];
    if (src) entries.push(new URL(src, 'http://x' + pagePath).pathname);
    else {
      inlineGz += gz(m[2] ?? '');
      entries.push(...staticImports(m[2] ?? '', pagePath));
    }
  }
  for (const m of html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) entries.push(new URL(m[1]!, 'http://x' + pagePath).pathname);
  const atLoad = closure(entries);
  const islands = new Map<string, Set<string>>();
  for (const m of html.matchAll(/<astro-island\b([^>]*)>/g)) {
    const attrs = m[1] ?? '';
    const comp = /component-url="([^"]+)"/.exec(attrs)?.[1];
    const renderer = /renderer-url="([^"]+)"/.exec(attrs)?.[1];
    if (!comp) continue;
    const mods = closure([comp, ...(renderer ? [renderer] : [])]);
    for (const a of atLoad) mods.delete(a);
    islands.set(comp, mods);
  }
  return { atLoad, inlineGz, islands };
}

export function gzOf(paths: Iterable<string>): number {
  let n = 0;
  for (const p of paths) n += gz(readFileSync(join(DIST, p)));
  return n;
}

export function read(path: string): string {
  return readFileSync(join(DIST, path), 'utf8');
}
