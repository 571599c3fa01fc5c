import { describe, expect, it } from 'vitest';
import { cacheName, editionList, formatBytes, parseCacheName, parseList, requestPath, totalSize } from './offline';

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
];

describe('editionList', () => {
  it("holds the edition's pages, the shared assets and the search index; TensorFlow.js apart; nothing of the other edition", () => {
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
    for (const not of ['zh/math/', 'en/print/', 'go/mse/', 'parallel/math/', 'pdf/foundation-models-book-en.pdf', 'sitemap-0.xml', '']) {
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
  it('cache names carry edition and version', () => {
    expect(parseCacheName(cacheName('zh', '0a1b'))).toEqual({ lang: 'zh', version: '0a1b' });
    expect(parseCacheName('other-cache')).toBeUndefined();
    expect(parseCacheName('fm-book-fr-0a1b')).toBeUndefined();
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
