import { describe, expect, it } from 'vitest';
import { langOfHtml, preferredLang, searchWithout, withSearch } from './reading';

describe('preferredLang', () => {
  it('uses the remembered choice first', () => {
    expect(preferredLang('zh', ['en-US'])).toBe('zh');
    expect(preferredLang('en', ['zh-CN'])).toBe('en');
  });
  it('ignores a remembered value that is not an edition', () => {
    expect(preferredLang('<b>fr</b>', ['zh-TW', 'en'])).toBe('zh');
  });
  it('falls back to the first Chinese or English browser language, then English', () => {
    expect(preferredLang(null, ['fr-FR', 'zh-Hans-CN', 'en'])).toBe('zh');
    expect(preferredLang(null, ['de', 'en-GB', 'zh'])).toBe('en');
    expect(preferredLang(undefined, ['ja'])).toBe('en');
    expect(preferredLang(null, [])).toBe('en');
  });
});

describe('withSearch', () => {
  it('puts the query before the fragment, replacing any query', () => {
    expect(withSearch('/zh/math/#mse', '?mse.y=1,2')).toBe('/zh/math/?mse.y=1,2#mse');
    expect(withSearch('/zh/math/?old=1#mse', '?a=b')).toBe('/zh/math/?a=b#mse');
    expect(withSearch('https://x.org/book/en/math/', 'a=b')).toBe('https://x.org/book/en/math/?a=b');
  });
  it('drops the query when there is none', () => {
    expect(withSearch('/zh/math/?old=1#mse', '')).toBe('/zh/math/#mse');
    expect(withSearch('/zh/math/#mse', '?')).toBe('/zh/math/#mse');
  });
});

describe('langOfHtml', () => {
  it('maps html lang attributes to editions', () => {
    expect(langOfHtml('zh-CN')).toBe('zh');
    expect(langOfHtml('en')).toBe('en');
    expect(langOfHtml(null)).toBe('en');
  });
});

describe('searchWithout', () => {
  it('drops one parameter and keeps the others as written', () => {
    expect(searchWithout('?mse.y=1,2,3&theme=dark', 'theme')).toBe('?mse.y=1,2,3');
    expect(searchWithout('?theme=light', 'theme')).toBe('');
    expect(searchWithout('', 'theme')).toBe('');
    expect(searchWithout('?a=%2C&themes=1', 'theme')).toBe('?a=%2C&themes=1');
  });
  it('ignores a malformed percent-encoded key or value instead of throwing, and reads the rest', () => {
    expect(searchWithout('?%E0%A4%A=1&mse.y=1,2,3,4,5', 'theme')).toBe('?%E0%A4%A=1&mse.y=1,2,3,4,5');
    expect(searchWithout('?%=1', 'theme')).toBe('?%=1');
    expect(searchWithout('?theme=light&%ZZ', 'theme')).toBe('?%ZZ');
    expect(searchWithout('?ex.seed=7&%=1&theme=dark', 'theme')).toBe('?ex.seed=7&%=1');
    expect(searchWithout('?theme=%E0%A4%A&a=1', 'theme')).toBe('?a=1');
    expect(searchWithout('?th%65me=dark&a=1', 'theme')).toBe('?a=1');
  });
});
