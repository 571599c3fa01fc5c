import { describe, expect, it } from 'vitest';
import { chapterPath, slugOfPath, withBase } from './paths';

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
