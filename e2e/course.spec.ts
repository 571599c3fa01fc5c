/**
 * The reading-list builder (/en/course/, /zh/course/): a list of a section, an exercise and an
 * example built from the URL and the search, in order, with links to both editions; each of the
 * six exports downloaded and compared with the export functions run here on the same list; the
 * handout link (the handout's filter is unit-tested: src/lib/course/handout.test.ts); every bad input named in the page's language, the rest of the list kept; the
 * page without JavaScript.
 */
import { test, expect, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { unzipSync, strFromU8 } from 'fflate';
import { parseCourse, problemText } from '../src/lib/course/state';
import { exportInput, idKindOf, type CourseCatalog } from '../src/lib/course/resolve';
import { itemLabel } from '../src/lib/course/export-common';
import { EXPORTS, EXPORT_FORMATS } from '../src/lib/course/exports';
import type { ExportFile } from '../src/lib/course/types';

const EXTENSION: Record<string, RegExp> = {
  markdown: /\.md$/,
  html: /\.html?$/,
  bibtex: /\.bib$/,
  imscc: /\.imscc$/,
  'moodle-xml': /\.xml$/,
  gift: /\.(gift|txt)$/,
};

async function open(page: Page, path: string): Promise<CourseCatalog> {
  await page.goto(path);
  await expect(page.locator('figure#course-builder')).toHaveAttribute('data-hydrated', 'true');
  return JSON.parse((await page.locator('#course-catalog').textContent())!) as CourseCatalog;
}

const ids = (page: Page) => page.locator('figure#course-builder ol[data-reading-list] li[data-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));

/** A zip's entries as text, by name. */
const entries = (bytes: Uint8Array) => Object.fromEntries(Object.entries(unzipSync(bytes)).map(([k, v]) => [k, strFromU8(v)]));

for (const lang of ['en', 'zh'] as const) {
  test(`${lang}: a section, an exercise and an example; links, handout and every export`, async ({ page }) => {
    const cat = await open(page, `/${lang}/course/?items=momentum,ex-4-2&title=Optimizers&note.ex-4-2=Before+the+lab`);
    // Build: find the example by id and add it to the end.
    await page.getByLabel(/Find a section|查找章节/).fill('example-sgd');
    await page.locator('li[data-result-id="example-sgd"] button').click();
    await expect.poll(() => ids(page)).toEqual(['momentum', 'ex-4-2', 'example-sgd']);
    await expect(page).toHaveURL(/\?items=momentum,ex-4-2,example-sgd&title=Optimizers&note\.ex-4-2=Before\+the\+lab$/);

    const { list, problems } = parseCourse(new URL(page.url()).search, idKindOf(cat));
    expect(problems).toEqual([]);
    const input = exportInput(list, cat, lang);
    const other = lang === 'en' ? 'zh' : 'en';
    for (const [i, item] of input.modules[0]!.items.entries()) {
      const li = page.locator('ol[data-reading-list] li[data-id]').nth(i);
      await expect(li.locator('a').first()).toHaveAttribute('href', item.target.url[lang]);
      await expect(li.locator('a').first()).toHaveText(itemLabel(item, lang));
      await expect(li.locator('a').nth(1)).toHaveAttribute('href', item.target.url[other]);
    }
    expect(input.modules[0]!.items[0]!.minutes).toBeGreaterThan(0);
    await expect(page.locator('[data-course-summary]')).toContainText(lang === 'en' ? '3 items' : '共 3 项');
    await expect(page.locator('a[data-handout]')).toHaveAttribute('href', '/' + lang + '/print/?handout=momentum,ex-4-2,example-sgd&title=Optimizers');

    for (const format of EXPORT_FORMATS) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-export="${format}"]`).click()]);
      const expected: ExportFile = EXPORTS[format](input);
      expect(download.suggestedFilename()).toBe(expected.filename);
      expect(download.suggestedFilename()).toMatch(EXTENSION[format]!);
      const got = await readFile((await download.path())!);
      if (typeof expected.content === 'string') {
        const text = got.toString('utf8');
        expect(text).toBe(expected.content);
        // Every text format names the exercise; the reading formats link the section.
        if (['markdown', 'html', 'bibtex'].includes(format)) expect(text).toContain(input.modules[0]!.items[0]!.target.url[lang]);
      } else {
        const files = entries(new Uint8Array(got));
        expect(files).toEqual(entries(expected.content));
        expect(Object.keys(files)).toContain('imsmanifest.xml');
      }
    }
  });
}

test('bad input: unknown, duplicate, malformed and out-of-range are named, the rest kept; no JavaScript', async ({ page, browser }) => {
  const query = '?items=momentum,nope-nope,momentum,%3Cb%3Ex%3C%2Fb%3E,eq-mse|ex-4-2&variants=99&note.gone=x';
  const cat = await open(page, `/zh/course/${query}`);
  await expect.poll(() => ids(page)).toEqual(['momentum', 'ex-4-2']);
  const alert = page.locator('figure#course-builder [role="alert"]');
  const { problems } = parseCourse(query, idKindOf(cat));
  expect(problems.map((p) => p.kind)).toEqual(['variants', 'unknown', 'not-item', 'duplicate', 'malformed-id', 'note-orphan']);
  for (const p of problems) await expect(alert).toContainText(problemText(p, 'zh'));
  await expect(alert).toContainText('<b>x</b>');
  await expect(alert.locator('b')).toHaveCount(0);

  const ctx = await browser.newContext({ javaScriptEnabled: false });
  const plain = await ctx.newPage();
  await plain.goto('/en/course/');
  await expect(plain.locator('figure#course-builder ol[data-reading-list]')).toBeAttached();
  await expect(plain.locator('figure#course-builder')).toContainText('needs JavaScript');
  await expect(plain.locator('.course-catalog a[href$="/en/math/#momentum"]')).toHaveCount(1);
  await ctx.close();
});
