import { describe, expect, it } from 'vitest';
import { chapterPath, scopedKey, slugOfPath, withBase } from './paths';

describe('paths', () => {
  it('joins the base and a site path', () => {
    expect(withBase('/book', 'en/math/')).toBe('/book/en/math/');
    expect(chapterPath('/', 'zh', 'math', 'mse')).toBe('/zh/math/#mse');
  });

  it('takes a chapter slug from every form of its address, index.html included', () => {
    for (const p of ['/en/math/', '/en/math', '/en/math/index.html', '/book/en/math/index.html', '/parallel/math/']) expect(slugOfPath(p), p).toBe('math');
    expect(slugOfPath('/')).toBe('');
    expect(slugOfPath('/index.html')).toBe('');
  });
});

describe('localStorage keys of two copies of the site on one origin', () => {
  it('carry the base path, except at the root where they keep their names', () => {
    expect(scopedKey('foundation-models-book:exercises', '/')).toBe('foundation-models-book:exercises');
    expect(scopedKey('foundation-models-book:exercises', '/book2/')).toBe('foundation-models-book:exercises@/book2/');
    expect(scopedKey('foundation-models-book:lang', '/book2')).toBe('foundation-models-book:lang@/book2/');
    expect(scopedKey('k', '/a/')).not.toBe(scopedKey('k', '/b/'));
  });
});
