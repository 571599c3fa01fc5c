import { describe, expect, it } from 'vitest';
import {
  ABANDONED_AFTER_MS,
  cacheName,
  editionList,
  formatBytes,
  newSaveId,
  parseCacheName,
  parseList,
  planEdition,
  requestPath,
  saveStarted,
  savedForm,
  stillSaving,
  totalSize,
  type Copy,
} from './offline';
import { offlineLang, parseStateReply } from './offline-state';

const built = [
  { path: 'index.html', size: 10 },
  { path: 'en/index.html', size: 100 },
  { path: 'en/math/index.html', size: 200 },
  { path: 'en/print/index.html', size: 5000 },
  { path: 'zh/math/index.html', size: 210 },
  { path: 'go/mse/index.html', size: 1 },
  { path: 'parallel/math/index.html', size: 300 },
  { path: '_astro/Calculator.abc.js', size: 20 },
  { path: '_astro/KaTeX_Main-Regular.x.woff2', size: 30 },
  { path: '_astro/dist-tf.js', size: 500, tfjs: true },
  { path: '_astro/tfjs-backend-wasm.wasm', size: 400, tfjs: true },
  { path: 'pagefind/pagefind.js', size: 40 },
  { path: 'pagefind/pagefind-entry.json', size: 1 },
  { path: 'pagefind/index/en_abc.pf_index', size: 50 },
  { path: 'pagefind/index/zh-cn_def.pf_index', size: 60 },
  { path: 'pagefind/wasm.en.pagefind', size: 70 },
  { path: 'pagefind/wasm.zh-cn.pagefind', size: 80 },
  { path: 'pagefind/wasm.unknown.pagefind', size: 90 },
  { path: 'pagefind/fragment/en_1.pf_fragment', size: 5 },
  { path: 'favicon.svg', size: 3 },
  { path: 'sitemap-0.xml', size: 3 },
  { path: 'pdf/foundation-models-book-en.pdf', size: 9999 },
  { path: '404.html', size: 7 },
  { path: 'offline/en.json', size: 7 },
  { path: 'sw.js', size: 7 },
];

describe('editionList', () => {
  it("holds the edition's pages, the shared pages and assets and the search index; TensorFlow.js apart; nothing of the other edition", () => {
    const en = editionList(built, 'en', 'abc123');
    const urls = en.files.map((f) => f.url);
    expect(urls).toContain('en/');
    expect(urls).toContain('en/math/');
    expect(urls).toContain('_astro/Calculator.abc.js');
    expect(urls).toContain('_astro/KaTeX_Main-Regular.x.woff2');
    expect(urls).toContain('pagefind/pagefind.js');
    expect(urls).toContain('pagefind/index/en_abc.pf_index');
    expect(urls).toContain('pagefind/fragment/en_1.pf_fragment');
    expect(urls).toContain('favicon.svg');
    // Saved with either edition: the landing page, the short links, the parallel views.
    for (const shared of ['', 'go/mse/', 'parallel/math/']) {
      expect(urls).toContain(shared);
      expect(editionList(built, 'zh', 'abc123').files.map((f) => f.url)).toContain(shared);
    }
    for (const not of ['zh/math/', 'en/print/', 'pdf/foundation-models-book-en.pdf', 'sitemap-0.xml', '404.html', 'offline/en.json', 'sw.js']) {
      expect(urls).not.toContain(not);
    }
    expect(en.training.map((f) => f.url)).toEqual(['_astro/dist-tf.js', '_astro/tfjs-backend-wasm.wasm']);
    const zh = editionList(built, 'zh', 'abc123');
    expect(zh.files.map((f) => f.url)).toContain('pagefind/index/zh-cn_def.pf_index');
    expect(zh.files.map((f) => f.url)).toContain('pagefind/wasm.zh-cn.pagefind');
    expect(totalSize(en.training)).toBe(900);
  });

  it('request paths', () => {
    expect(requestPath('en/math/index.html')).toBe('en/math/');
    expect(requestPath('index.html')).toBe('');
    expect(requestPath('_astro/a.js')).toBe('_astro/a.js');
  });
});

describe('caches and lists', () => {
  it('cache names carry the base path, the edition, the version and the save', () => {
    expect(parseCacheName(cacheName('/', 'zh', '0a1b', 'k0'))).toEqual({ base: '/', lang: 'zh', version: '0a1b', id: 'k0' });
    expect(parseCacheName(cacheName('/book/', 'en', '0a1b', 'k0'))?.base).toBe('/book/');
    expect(cacheName('/', 'en', '0a1b', 'k0')).not.toBe(cacheName('/book/', 'en', '0a1b', 'k0'));
    // The naming before the base path: the base is told by the cache's content.
    expect(parseCacheName('fm-book-en-0a1b')).toEqual({ base: undefined, lang: 'en', version: '0a1b', id: '' });
    for (const bad of ['other-cache', 'fm-book-fr-0a1b', 'fm-book|/|fr|0a1b|k0', 'fm-book|book/|en|0a1b|k0', 'fm-book|/|en|XYZ|k0', 'fm-book|/|en|0a1b|K-0']) {
      expect(parseCacheName(bad), bad).toBeUndefined();
    }
  });
  it('save ids: sortable by start, with the start time readable', () => {
    const a = newSaveId(1_800_000_000_000, 0.5);
    const b = newSaveId(1_800_000_000_001, 0);
    expect(a).toMatch(/^[0-9a-z]{15}$/);
    expect(a < b).toBe(true);
    expect(saveStarted(a)).toBe(1_800_000_000_000);
    expect(newSaveId(1, 0.999999999)).toMatch(/^[0-9a-z]{15}$/);
    expect(saveStarted('k0')).toBeUndefined();
  });
  it('a save is in progress while its lock is held; without Web Locks, for a while after it started', () => {
    const now = 1_800_000_000_000;
    const id = newSaveId(now - 1000, 0.1);
    const name = cacheName('/', 'en', 'ab', id);
    const info = parseCacheName(name)!;
    expect(stillSaving(name, info, new Set([name]), now)).toBe(true);
    expect(stillSaving(name, info, new Set(), now)).toBe(false); // its tab was closed
    expect(stillSaving(name, info, undefined, now)).toBe(true);
    expect(stillSaving(name, info, undefined, now + ABANDONED_AFTER_MS)).toBe(false);
    expect(stillSaving('fm-book-en-ab', parseCacheName('fm-book-en-ab')!, new Set(['fm-book-en-ab']), now)).toBe(false);
  });
  it('a list from the network is validated', () => {
    const ok = { version: 'ab12', lang: 'en', files: [{ url: 'en/', size: 1 }], training: [] };
    expect(parseList(ok, 'en')).toEqual(ok);
    expect(() => parseList({ ...ok, lang: 'zh' }, 'en')).toThrow();
    expect(() => parseList({ ...ok, files: [{ url: 'https://evil.example/x', size: 1 }] }, 'en')).toThrow();
    expect(() => parseList({ ...ok, files: [{ url: 'en/', size: Number.NaN }] }, 'en')).toThrow();
    expect(() => parseList(null, 'en')).toThrow();
  });
  it('sizes read well in both languages and never show NaN', () => {
    expect(formatBytes(3.25 * 1024 * 1024, 'en')).toBe('3.3 MB');
    expect(formatBytes(2048, 'zh')).toBe('2 KB');
    expect(formatBytes(Number.NaN, 'en')).toBe('—');
  });
});

const copy = (name: string, version: string, id: string, complete: boolean, saving = false): Copy => ({ name, version, id, complete, saving });

describe('planEdition: which copy is saved, which caches go', () => {
  const CUR = 'cccc';
  it('only a complete copy is ever reported as saved: the leftover of a save whose tab was closed is "interrupted" and dropped', () => {
    const partial = copy('p', CUR, 'b', false);
    expect(planEdition([partial], CUR)).toEqual({ state: 'interrupted', use: undefined, drop: [partial] });
    expect(planEdition([copy('p', 'aaaa', 'b', false)], CUR).state).toBe('interrupted');
    expect(planEdition([], CUR)).toEqual({ state: 'none', use: undefined, drop: [] });
  });
  it('a save in progress (another tab, the service worker) is never dropped, whatever else is saved', () => {
    const running = copy('r', CUR, 'c', false, true);
    expect(planEdition([running], CUR)).toEqual({ state: 'saving', use: undefined, drop: [] });
    const done = copy('d', CUR, 'b', true);
    expect(planEdition([done, running], CUR)).toEqual({ state: 'saved', use: done, drop: [] });
    expect(planEdition([done, running], undefined).drop).toEqual([]);
  });
  it('an update in progress or interrupted keeps the older copy, which is read and reported as older', () => {
    const old = copy('o', 'aaaa', 'a', true);
    expect(planEdition([old, copy('u', CUR, 'b', false, true)], CUR)).toEqual({ state: 'older', use: old, drop: [] });
    const left = copy('u', CUR, 'b', false);
    expect(planEdition([old, left], CUR)).toEqual({ state: 'older', use: old, drop: [left] });
  });
  it('a complete copy of the current version replaces the others; of two, the newest stays', () => {
    const old = copy('o', 'aaaa', 'a', true);
    const legacy = copy('fm-book-en-aaaa', 'aaaa', '', true);
    const first = copy('n1', CUR, 'b', true);
    const second = copy('n2', CUR, 'c', true);
    expect(planEdition([old, legacy, first, second], CUR)).toEqual({ state: 'saved', use: second, drop: [first, old, legacy] });
    // Older copies only: the newest is read, the rest go.
    expect(planEdition([legacy, old], CUR)).toEqual({ state: 'older', use: old, drop: [legacy] });
  });
  it('when the current version is not known, no complete copy is dropped', () => {
    const a = copy('a', 'aaaa', 'a', true);
    const b = copy('b', 'bbbb', 'b', true);
    expect(planEdition([a, b], undefined)).toEqual({ state: 'saved', use: b, drop: [] });
  });
});

describe('offline lookups', () => {
  it('a page asked for without its trailing slash or as index.html is looked up in its saved form', () => {
    expect(savedForm('/en/math')).toBe('/en/math/');
    expect(savedForm('/en/math/index.html')).toBe('/en/math/');
    expect(savedForm('/book/go/mse')).toBe('/book/go/mse/');
    expect(savedForm('/index.html')).toBe('/');
    for (const same of ['/en/math/', '/', '/favicon.svg', '/_astro/a.js']) expect(savedForm(same), same).toBeUndefined();
  });
  it('a short link offline opens the preferred edition if saved, else the saved one', () => {
    expect(offlineLang('en', ['zh'])).toBe('zh');
    expect(offlineLang('en', ['en', 'zh'])).toBe('en');
    expect(offlineLang('zh', [])).toBe('zh');
  });
  it("the service worker's answer is validated", () => {
    const ok = { version: 'ab12', editions: { en: 'older', zh: 'none' } };
    expect(parseStateReply(ok)).toEqual(ok);
    expect(parseStateReply({ ...ok, editions: { en: '<b>older</b>', zh: 'none' } })).toBeUndefined();
    expect(parseStateReply({ ...ok, version: 'x y' })).toBeUndefined();
    expect(parseStateReply(null)).toBeUndefined();
    expect(parseStateReply('older')).toBeUndefined();
  });
});
