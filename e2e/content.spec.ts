/**
 * The corrected edition never prints one of the original article's wrong
 * values, except on the errata page, where they are labelled as the original's.
 * Reads the built pages (prose, not code), both languages.
 */
import { test, expect } from '@playwright/test';
import { allPages, htmlOf } from './gates/site';

/** The original's wrong results (chapter 4 examples and chapter 5 output). */
export const WRONG_VALUES = ['0.532', '[0.99, 1.99', '0.99, 1.99, 2.99', '[1.08, 2.08', '1.08, 2.08, 3.08', '0.5537', '55.37', '0.6722'];

/** The visible text of a page, without scripts, styles and the quoted TeX of the errata. */
export function visibleText(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<annotation\b[\s\S]*?<\/annotation>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/\s+/g, ' ');
}

export function wrongValuesIn(path: string, html: string): string[] {
  const text = visibleText(html);
  // Whole numbers only: "-0.5321" in a data table is not "0.532".
  const found = (v: string) => new RegExp(`(?<![\\d.\\-])${v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\d])`).test(text);
  return WRONG_VALUES.filter(found).map((v) => `${path}: prints the original's wrong value "${v}"`);
}

/** The print edition (/<lang>/print/) holds the errata chapter too, which quotes the wrong values: all but that chapter. */
function withoutErrataChapter(html: string): string {
  const start = html.indexOf('<article class="print-chapter" aria-labelledby="chapter-errata"');
  if (start < 0) return html;
  const next = html.indexOf('<article class="print-chapter"', start + 1);
  return html.slice(0, start) + (next < 0 ? '' : html.slice(next));
}

test('no page but the errata prints a wrong value of the original', () => {
  const problems = allPages()
    .filter((p) => !/\/(en|zh)\/errata\/$/.test(p) && !p.startsWith('/parallel/errata/') && !p.includes('/go/'))
    .flatMap((p) => wrongValuesIn(p, withoutErrataChapter(htmlOf(p))));
  expect(problems).toEqual([]);
});

test('the check finds a wrong value, naming the page', () => {
  expect(wrongValuesIn('/en/math/', '<p>CE ≈ 0.532</p>')).toEqual(['/en/math/: prints the original\'s wrong value "0.532"']);
  expect(wrongValuesIn('/en/math/', '<script>var x = "0.532"</script><p>CE ≈ 0.137, -0.5321</p>')).toEqual([]);
  expect(wrongValuesIn('/zh/math/', '<p>θ = [1.08, 2.08, 3.08]</p>')).toHaveLength(2);
});

test('the errata page does show the original’s values, labelled', () => {
  for (const lang of ['en', 'zh']) {
    const text = visibleText(htmlOf(`/${lang}/errata/`));
    expect(text).toContain('0.532');
    expect(text).toContain(lang === 'en' ? 'The original printed' : '原文');
  }
});

/** Ids of the works a page cites (`<a class="cite" data-cite="…">`). */
export function citedOn(html: string): string[] {
  return [...html.matchAll(/<a\b[^>]*\bdata-cite="([^"]+)"/g)].map((m) => m[1]!);
}

/** Ids of the entries a bibliography page lists (`<li id="ref-…">`). */
export function listedOn(html: string): string[] {
  return [...html.matchAll(/<li\b[^>]*\bid="ref-([^"]+)"/g)].map((m) => m[1]!);
}

for (const lang of ['en', 'zh'] as const) {
  test(`the ${lang} bibliography lists exactly the works cited in the ${lang} edition`, () => {
    const pages = allPages().filter((p) => p.startsWith(`/${lang}/`) && !p.includes('/embed/'));
    const cited = new Set(pages.flatMap((p) => citedOn(htmlOf(p))));
    const listed = listedOn(htmlOf(`/${lang}/references/`));
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed].sort()).toEqual([...cited].sort());
  });
}

test('the bibliography check sees a listed work that no page cites', () => {
  const listed = listedOn('<ol><li id="ref-a-2020" class="ref"></li><li id="ref-b-2021" class="ref"></li></ol>');
  const cited = new Set(citedOn('<p><a class="cite" href="#" data-cite="a-2020">(A, 2020)</a></p>'));
  expect(listed.filter((id) => !cited.has(id))).toEqual(['b-2021']);
});
