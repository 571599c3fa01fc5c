/**
 * Every `message` listener of the site checks where a message comes from and
 * what it holds. A listener on the window (any page may post to it) must start
 * with `acceptMessage(event, { origin, source }, isShape)` (src/lib/book/embed.ts),
 * which returns data only: never HTML, a URL or a selector. Listeners that only
 * their own side can reach need no origin: a dedicated worker's scope (only the
 * page that created it posts to it) and the page's own Worker and MessagePort
 * objects. The snippet for course pages (`parentSnippet`) is run by embed.test.ts.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

interface Source {
  path: string;
  text: string;
}

const WINDOW_LIKE = new Set(['', 'window', 'self', 'globalThis', 'top', 'parent']);
/** Files whose listener is text for other pages, checked by their own tests. */
const SNIPPETS = new Set(['src/lib/book/embed.ts']);

/** The files that run as dedicated workers: `new Worker(new URL('<file>', import.meta.url))`. */
function workerFiles(files: Source[]): Set<string> {
  const out = new Set<string>();
  for (const f of files) {
    for (const m of f.text.matchAll(/new\s+Worker\(\s*new\s+URL\(\s*['"]([^'"]+)['"]\s*,\s*import\.meta\.url/g)) {
      out.add(join(dirname(f.path), m[1]!).replace(/\\/g, '/'));
    }
  }
  return out;
}

/** Each window-level message listener that does not start with acceptMessage, as "file:line: code". */
function messageListenerProblems(files: Source[]): string[] {
  const workers = workerFiles(files);
  const problems: string[] = [];
  const LISTENER = /(?:([\w$.]+)\s*\.\s*)?(?:addEventListener\(\s*['"]message(?:error)?['"]\s*,|onmessage(?:error)?\s*=(?!=))/g;
  for (const f of files) {
    if (SNIPPETS.has(f.path)) continue;
    for (const m of f.text.matchAll(LISTENER)) {
      const receiver = m[1] ?? '';
      if (!WINDOW_LIKE.has(receiver)) continue; // the page's own Worker or MessagePort
      if (workers.has(f.path) && (receiver === '' || receiver === 'self')) continue; // a dedicated worker's scope
      // The listener's body must begin by calling acceptMessage.
      const after = f.text.slice(m.index + m[0].length, m.index + m[0].length + 400);
      const body = /^\s*(?:async\s*)?(?:function\s*\w*\s*)?\(?\s*(\w+)?\s*(?::\s*\w+(?:<[^>]*>)?)?\s*\)?\s*(?:=>)?\s*\{\s*([^;]*)/.exec(after);
      if (body && /\bacceptMessage\(\s*\w+\s*,/.test(body[2] ?? '')) continue;
      const line = f.text.slice(0, m.index).split('\n').length;
      problems.push(`${f.path}:${line}: ${f.text.slice(m.index, m.index + 80).split('\n')[0]}`);
    }
  }
  return problems;
}

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

function sources(dir: string): Source[] {
  const out: Source[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...sources(p));
    else if (/\.(ts|tsx|astro|js|mjs)$/.test(name) && !/\.(test|bench)\.ts$/.test(name)) {
      out.push({ path: relative(ROOT, p).replace(/\\/g, '/'), text: readFileSync(p, 'utf8') });
    }
  }
  return out;
}

describe('message listeners', () => {
  it('the rule reports a window listener that does not check origin, source and shape', () => {
    const bad: Source[] = [
      { path: 'src/scripts/a.ts', text: "addEventListener('message', (e) => {\n  document.body.innerHTML = e.data;\n});" },
      { path: 'src/scripts/b.ts', text: 'window.onmessage = (e) => { if (e.data.type === "x") go(e.data.url); };' },
      { path: 'src/scripts/c.ts', text: "window.addEventListener('message', function (e) { const d = e.data; if (!acceptMessage(e, x, y)) return; });" },
      { path: 'src/lib/training/not-a-worker.ts', text: 'self.onmessage = (event) => { run(event.data); };' },
    ];
    expect(messageListenerProblems(bad).map((p) => p.replace(/: .*/s, ''))).toEqual(['src/scripts/a.ts:1', 'src/scripts/b.ts:1', 'src/scripts/c.ts:1', 'src/lib/training/not-a-worker.ts:1']);
  });
  it('the rule accepts acceptMessage first, a dedicated worker’s scope, and the page’s own ports and workers', () => {
    const good: Source[] = [
      { path: 'src/scripts/a.ts', text: "addEventListener('message', (e: MessageEvent) => {\n  const d = acceptMessage(e, { origin, source: frame.contentWindow }, isHeightMessage);\n  if (!d) return;\n});" },
      { path: 'src/islands/Lab.tsx', text: "const w = new Worker(new URL('../lib/w.ts', import.meta.url), { type: 'module' });\nw.onmessage = (e) => f(e.data);" },
      { path: 'src/lib/w.ts', text: 'self.onmessage = (event) => { run(event.data); };\nchannel.port1.onmessage = () => next();' },
    ];
    expect(messageListenerProblems(good)).toEqual([]);
  });
  it('every message listener of the site follows it', () => {
    const files = sources(join(ROOT, 'src'));
    expect(files.length).toBeGreaterThan(50);
    expect(messageListenerProblems(files)).toEqual([]);
  });
});
