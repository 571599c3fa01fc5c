import { describe, expect, test } from 'vitest';
import { publicUrlOf, siteFrom, siteWarning } from './site';

describe('the public address (SITE_URL)', () => {
  test('unset or empty: a local build, with one warning that says how to set it', () => {
    expect(siteFrom(undefined)).toBeUndefined();
    expect(siteFrom('  ')).toBeUndefined();
    const w = siteWarning(undefined)!;
    expect(w).toContain('SITE_URL=https://');
    expect(w).toContain('docs/publishing.md');
    expect(w.split('\n')).toHaveLength(1);
    expect(siteWarning('https://book.test')).toBeNull();
  });
  test('set: normalized to an origin (and path) without a trailing slash; a bad value is an error', () => {
    expect(siteFrom('https://book.test/')).toBe('https://book.test');
    expect(siteFrom('https://user.github.io/repo/')).toBe('https://user.github.io/repo');
    expect(() => siteFrom('book.test')).toThrow(/absolute URL/);
    expect(() => siteFrom('ftp://book.test')).toThrow(/http/);
  });
  test('URLs: absolute under the address; in a local build the site path itself, never an invented host', () => {
    expect(publicUrlOf('/en/math/#mse', 'https://book.test')).toBe('https://book.test/en/math/#mse');
    expect(publicUrlOf('/book/en/math/', 'https://user.github.io')).toBe('https://user.github.io/book/en/math/');
    expect(publicUrlOf('/en/math/#mse', undefined)).toBe('/en/math/#mse');
  });
});
