/**
 * Offline reading, build side (Node only): after the build, writes each edition's
 * list of files (dist/offline/<lang>.json: every page of the edition, the scripts,
 * styles, fonts and search index it needs, with sizes; the training lab's
 * TensorFlow.js files apart) and the service worker (dist/sw.js: src/plugins/offline-sw.ts
 * bundled by Vite into one classic script, with the version and base path filled in). The version
 * is a hash of every listed file's content, so any change of the site gives a new
 * version, a new sw.js, and the browsers that hold a copy replace it.
 * `npm run pdf` calls it again after it has added the PDF links to the covers.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { LANGS } from '../lib/book/book.ts';
import { editionList, listPath, totalSize, type BuiltFile } from '../lib/book/offline.ts';

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walk(p));
    else out.push(p);
  }
  return out;
}

export async function writeOfflineFiles(distDir: string, base: string): Promise<{ version: string; sizes: Record<string, { files: number; training: number }> }> {
  const paths = walk(distDir)
    .map((p) => relative(distDir, p).replace(/\\/g, '/'))
    .filter((p) => !p.startsWith('offline/') && p !== 'sw.js' && !p.startsWith('pdf/'))
    .sort();
  const html = paths.filter((p) => p.endsWith('.html')).map((p) => readFileSync(join(distDir, p), 'utf8'));
  const referencedFromPages = new Set(html.flatMap((h) => [...h.matchAll(/\/_astro\/([^"'\s)?#]+)/g)].map((m) => `_astro/${m[1]}`)));
  const hash = createHash('sha256');
  const files: BuiltFile[] = paths.map((path) => {
    const buf = readFileSync(join(distDir, path));
    hash.update(path).update(buf);
    // TensorFlow.js: its WebAssembly, and the chunks that carry its code and that no page loads by itself
    // (the training lab's island and worker import them when the reader presses Train).
    const tfjs = path.startsWith('_astro/') && (path.endsWith('.wasm') || (path.endsWith('.js') && !referencedFromPages.has(path) && /@tensorflow|tfjs/.test(buf.toString('latin1'))));
    return { path, size: buf.length, tfjs };
  });
  const version = hash.digest('hex').slice(0, 16);
  mkdirSync(join(distDir, 'offline'), { recursive: true });
  const sizes: Record<string, { files: number; training: number }> = {};
  for (const lang of LANGS) {
    const list = editionList(files, lang, version);
    writeFileSync(join(distDir, listPath(lang)), JSON.stringify(list));
    sizes[lang] = { files: totalSize(list.files), training: totalSize(list.training) };
  }
  writeFileSync(join(distDir, 'sw.js'), await serviceWorker(version, base.replace(/\/?$/, '/')));
  return { version, sizes };
}

/** src/plugins/offline-sw.ts and what it imports, as one classic script (a service worker need not support modules). */
export async function serviceWorker(version: string, base: string): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    publicDir: false,
    define: { __OFFLINE_VERSION__: JSON.stringify(version), __OFFLINE_BASE__: JSON.stringify(base) },
    build: {
      write: false,
      minify: false,
      target: 'es2022',
      reportCompressedSize: false,
      lib: { entry: fileURLToPath(new URL('./offline-sw.ts', import.meta.url)), formats: ['iife'], name: 'offlineWorker', fileName: () => 'sw.js' },
    },
  });
  const outputs = Array.isArray(result) ? result : [result];
  for (const out of outputs) {
    if (!('output' in out)) continue;
    const chunk = out.output.find((o) => o.type === 'chunk');
    if (chunk && chunk.type === 'chunk') return chunk.code;
  }
  throw new Error('the service worker was not bundled');
}
