import { describe, expect, it } from 'vitest';
import { pruneSitemap } from './sitemap';

const R = 'https://x.org/book/';
const url = (loc: string, ...alts: [string, string][]) =>
  `<url><loc>${R}${loc}</loc>${alts.map(([l, h]) => `<xhtml:link rel="alternate" hreflang="${l}" href="${R}${h}"/>`).join('')}</url>`;

describe('pruneSitemap', () => {
  it('drops short links and embeds, keeps chapters and parallel views', () => {
    const xml = `<urlset>${url('en/math/', ['en', 'en/math/'], ['zh-CN', 'zh/math/'])}${url('go/mse/')}${url('zh/embed/gd/')}${url('parallel/math/')}</urlset>`;
    expect(pruneSitemap(xml, { root: R })).toBe(
      `<urlset>${url('en/math/', ['en', 'en/math/'], ['zh-CN', 'zh/math/'])}${url('parallel/math/')}</urlset>`,
    );
  });
  it('keeps the landing page out of the editions\' alternates', () => {
    const xml = `<urlset>${url('', ['en', ''], ['en', 'en/'], ['zh-CN', 'zh/'])}${url('en/', ['en', ''], ['en', 'en/'], ['zh-CN', 'zh/'])}</urlset>`;
    expect(pruneSitemap(xml, { root: R })).toBe(`<urlset>${url('')}${url('en/', ['en', 'en/'], ['zh-CN', 'zh/'])}</urlset>`);
  });
});
