/**
 * Quality gates over every built page of both languages: accessible (axe in a browser, light and
 * dark theme, on a sample of one page per template that uses every class any page uses; axe's
 * structural rules read from the HTML of every page), self-contained, no console errors or
 * warnings, no failed request, no CSP violation, every internal link and #fragment resolves, complete
 * without JavaScript (every page's HTML; in a browser on the sample), usable at 360 px (the same page,
 * resized), no section taller than its estimated height at 1280 or 360 px.
 */
import { test, expect } from '@playwright/test';
import { gatedPages, allPages, htmlOf, browserSample } from './gates/site';
import { axeProblems, COLOUR_RULES, estimateProblems, renderAll, noJsProblems, phoneProblems, useTheme, watchPage } from './gates/checks';
import { sampleGaps, staticA11yProblems, staticNoJsProblems } from './gates/static';
import { linkProblems } from './gates/links';
import { SITE } from '../src/lib/book/site';
import { bringIntoView } from './tools/scroll';

const pages = gatedPages();
const sample = browserSample(pages);

test('the crawl covers both editions, the landing, 404, parallel and embed pages', () => {
  const all = allPages();
  for (const p of ['/', '/404.html', '/en/math/', '/zh/math/']) expect(all).toContain(p);
  expect(all.filter((p) => p.startsWith('/en/')).length).toBeGreaterThanOrEqual(12);
  expect(all.filter((p) => p.startsWith('/zh/')).length).toBeGreaterThanOrEqual(12);
});

test('every internal link and #fragment resolves, in both languages', () => {
  // <link rel=canonical|alternate> name the public address; a local build (no SITE_URL) has none.
  const origin = SITE ? new URL(SITE).origin : 'http://site.invalid';
  const problems = allPages().flatMap((p) => linkProblems(p, htmlOf(p), origin));
  expect(problems).toEqual([]);
});

test('every page is complete without JavaScript: its text, formulas and the examples\' results are in the HTML', () => {
  const problems = allPages().flatMap((p) => staticNoJsProblems(p, htmlOf(p)));
  expect(problems).toEqual([]);
});

test("every page passes axe's structural rules in its HTML (names, labels, alt text, ids, lang)", () => {
  const problems = allPages().flatMap((p) => staticA11yProblems(p, htmlOf(p)));
  expect(problems).toEqual([]);
});

test('the browser sample uses every class name the gated pages use in <main>', () => {
  const gaps = sampleGaps(sample, pages, htmlOf);
  expect(gaps.map((g) => `${g}: add that page, or another with that class, to SAMPLE in e2e/gates/site.ts`)).toEqual([]);
  for (const p of sample) expect(pages, p).toContain(p);
});

for (const path of pages) {
  const sampled = sample.includes(path);
  test.describe(`gates ${path}`, () => {
    // axe over the larger pages (chapter 4 holds six islands) takes tens of seconds on 2 busy cores.
    test.describe.configure({ timeout: 240_000 });
    test(sampled ? 'runs clean, accessible (axe) in light and dark theme, self-contained' : 'runs clean, self-contained', async ({ page, baseURL }) => {
      const origin = new URL(baseURL!).origin;
      const watch = await watchPage(page, path, origin);
      await useTheme(page, 'light');
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      // Hydrate every island in its default state (client:visible).
      for (const fig of await page.locator('figure[id^="example-"]').all()) await bringIntoView(fig);
      await page.waitForLoadState('networkidle');
      // axe in the browser on one page per template and every kind of block (the sample); on the
      // others, what their own text could break is read from the HTML (staticA11yProblems, above).
      // Either way every section is rendered now (renderAll): none may be taller than its estimate.
      const problems = sampled ? [...(await axeProblems(page, `${path} [light]`))] : (await renderAll(page), []);
      problems.push(...(await estimateProblems(page, path, 'desktop')));
      if (sampled) {
        await page.evaluate(() => {
          localStorage.setItem('starlight-theme', 'dark');
          document.documentElement.dataset.theme = 'dark';
        });
        await page.emulateMedia({ colorScheme: 'dark' });
        problems.push(...(await axeProblems(page, `${path} [dark]`, COLOUR_RULES)));
      }
      // The same page at 360 px (one page load less per page than a phone of its own: the gates' time
      // budget); every section is rendered by now (axeProblems), so nothing off screen escapes the check.
      await page.setViewportSize({ width: 360, height: 740 });
      await page.waitForLoadState('networkidle');
      problems.push(...(await estimateProblems(page, path, 'phone')));
      problems.push(...(await phoneProblems(page, `${path} [360px]`)));
      problems.push(...(await watch.finish()));
      expect(problems).toEqual([]);
    });

    if (!sampled) return;
    test('works without JavaScript in a browser', async ({ browser }) => {
      const noJs = await browser.newContext({ javaScriptEnabled: false });
      const p1 = await noJs.newPage();
      await p1.goto(path);
      const problems = await noJsProblems(p1, path, htmlOf(path));
      await noJs.close();
      expect(problems).toEqual([]);
    });
  });
}
