import { describe, expect, it } from 'vitest';
import { baseHref } from './base-href';

describe('baseHref', () => {
  it('prefixes root links with the base path', () => {
    expect(baseHref('/book/', '/en/errata/#arithmetic')).toBe('/book/en/errata/#arithmetic');
    expect(baseHref('/book', '/zh/math/')).toBe('/book/zh/math/');
  });
  it('leaves other links alone', () => {
    expect(baseHref('/', '/en/math/')).toBe('/en/math/');
    expect(baseHref('/book/', '/book/en/math/')).toBe('/book/en/math/');
    expect(baseHref('/book/', '#mse')).toBe('#mse');
    expect(baseHref('/book/', '../errata/')).toBe('../errata/');
    expect(baseHref('/book/', 'https://arxiv.org/abs/2108.07258')).toBe('https://arxiv.org/abs/2108.07258');
    expect(baseHref('/book/', '//cdn.example/x')).toBe('//cdn.example/x');
  });
});
