/**
 * The PDFs written by `npm run pdf`: bookmarks for chapters and sections, word for word
 * the book's headings (none of a lab's interface), every font embedded with CJK glyphs in
 * the Chinese edition, a page count in range, contents with page numbers, the document
 * information (title, author, language, edition), and the download links on the landing
 * page and covers. `npm run pdf` takes longer than npm test's budget, so this spec checks
 * its output and is skipped, saying so, when dist/pdf/ has not been made (CI runs
 * `npm run pdf` and then this spec: see .ci/run).
 * The print edition they are printed from is checked in print media whether or not the
 * PDFs exist: no control shows, every exercise is followed by its open solution.
 */
import { test, expect } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { inspectPdf, isCjkFont } from './tools/pdf-inspect.ts';
import { PAGE_RANGE, checkPdf, printHeadings } from './tools/pdf.ts';
import { CHAPTERS } from '../src/lib/book/book.ts';
import { PDF_NAME } from '../src/lib/book/pdf-links.ts';
import { DIST } from './gates/site.ts';

for (const lang of ['en', 'zh'] as const) {
  const file = `${DIST}pdf/${PDF_NAME}-${lang}.pdf`;
  test(`PDF of the ${lang} edition: bookmarks, embedded fonts, page count, contents, document information`, async ({ page }) => {
    test.skip(!existsSync(file), `${file} is missing: run \`npm run pdf\` after \`npm run build\``);
    const f = await inspectPdf(readFileSync(file));
    // Bookmarks word for word as the headings (none of a lab's interface); title, author, language, edition.
    expect(checkPdf(lang, f, printHeadings(lang))).toEqual([]);
    expect(f.pages).toBeGreaterThanOrEqual(PAGE_RANGE[0]);
    expect(f.pages).toBeLessThanOrEqual(PAGE_RANGE[1]);
    // Every numbered chapter is a bookmark, with its sections under it.
    const top = f.outline.filter((o) => o.depth <= 2).map((o) => o.title);
    for (const c of CHAPTERS.filter((c) => c.number !== null)) {
      expect(top.some((t) => t.startsWith(`${c.number}. `)), `bookmark for chapter ${c.number}`).toBe(true);
    }
    expect(f.outline.some((o) => /^4\.1\.1 /.test(o.title))).toBe(true);
    expect(f.fonts.every((x) => x.embedded)).toBe(true);
    if (lang === 'zh') expect(f.fonts.filter(isCjkFont).length).toBeGreaterThan(0);
    // Internal links resolve to pages: the named destinations of sections.
    expect(f.dests.get('mse')).toBeGreaterThan(2);
    // The download link is on the landing page and the cover.
    await page.goto(`/${lang}/`);
    await expect(page.locator(`[data-pdf-slot="${lang}"] a[href$="/pdf/${PDF_NAME}-${lang}.pdf"]`)).toBeVisible();
    await page.goto('/');
    await expect(page.locator(`[data-pdf-slot="${lang}"] a`)).toHaveAttribute('href', `/pdf/${PDF_NAME}-${lang}.pdf`);
    // Chapter pages point Scholar and Zotero at the full text; pages that are no part of the book do not.
    const pdfMeta = (path: string) => /<meta name="citation_pdf_url" content="([^"]*)"/.exec(readFileSync(new URL(`../dist/${path}index.html`, import.meta.url), 'utf8'))?.[1];
    expect(pdfMeta(`${lang}/math/`)).toMatch(new RegExp(`/pdf/${PDF_NAME}-${lang}\\.pdf$`));
    expect(pdfMeta(`${lang}/changes/`)).toBeUndefined();
  });
}

for (const lang of ['en', 'zh'] as const) {
  test(`print edition (${lang}), as printed: no interactive control shows; every exercise is followed by its open solution`, async ({ page }) => {
    await page.goto(`/${lang}/print/`);
    await page.emulateMedia({ media: 'print' });
    // What a reader could only use on screen: buttons, form fields, disclosure toggles, the labs' control bars.
    const shown = await page.locator('.print-book').evaluate((root) => {
      const controls = root.querySelectorAll(
        'button, input:not([type="hidden"]), select, textarea, [role="button"], [role="slider"], [role="tab"], [contenteditable="true"], .calc-actions, .opg-controls, [class*="controls"], details:not([open]) > summary',
      );
      return [...controls]
        .filter((e) => e.checkVisibility({ visibilityProperty: true, opacityProperty: true }) && e.getBoundingClientRect().width > 0)
        .map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')} "${(e.textContent ?? '').trim().slice(0, 30)}" in #${e.closest('[id]')?.id}`);
    });
    expect(shown).toEqual([]);
    // The worked solutions print in full, open, right after their exercise.
    const exercises = page.locator('.print-book article.exercise');
    expect(await exercises.count()).toBeGreaterThan(30);
    const closed = await exercises.evaluateAll((list) =>
      list
        .filter((ex) => {
          const sol = ex.querySelector('details.exercise-solution');
          return !sol || !sol.hasAttribute('open') || !sol.checkVisibility() || !(sol.textContent ?? '').trim() || (sol.querySelector(':scope > :not(summary)')?.getBoundingClientRect().height ?? 0) === 0;
        })
        .map((ex) => ex.id),
    );
    expect(closed).toEqual([]);
  });
}

test('the PDF check catches a bad PDF: pages out of range, no bookmarks, a font not embedded, no CJK glyphs, wrong bookmarks and document information', () => {
  const bad = {
    pages: 3,
    outline: [
      { title: '基础模型的社会技术性质', depth: 1, page: 1 },
      { title: 'The Socio-Technical Nature ofFoundation Models', depth: 1, page: 1 },
      { title: 'Results', depth: 3, page: 2 },
    ],
    dests: new Map<string, number>(),
    fonts: [{ name: 'LiberationSans', subtype: 'TrueType', embedded: false, cjkGlyphs: 0 }],
    meta: { title: '基础模型的社会技术性质 | 基础模型', lang: 'zh-CN', subject: '第二版' },
  };
  const problems = checkPdf('zh', bad, ['基础模型的社会技术性质', 'The Socio-Technical Nature of Foundation Models']);
  expect(problems.join('\n')).toMatch(/title is "基础模型的社会技术性质 \| 基础模型", expected the book's title "基础模型的社会技术性质"/);
  expect(problems.join('\n')).toMatch(/author is undefined/);
  expect(problems.join('\n')).toMatch(/do not name the edition/);
  expect(problems.join('\n')).toMatch(/2 bookmarks are not a heading of the book as written: "The Socio-Technical Nature ofFoundation Models", "Results"/);
  expect(problems.join('\n')).toMatch(/3 pages, expected 20–400/);
  expect(problems.join('\n')).toMatch(/bookmarks/);
  expect(problems.join('\n')).toMatch(/fonts not embedded.*LiberationSans/);
  expect(problems.join('\n')).toMatch(/no CJK font embedded/);
});
