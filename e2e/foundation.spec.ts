import { test, expect, type Page } from '@playwright/test';
import { CHAPTER_PAGES } from './pages';
import { htmlOf } from './gates/site';
import { CHAPTERS } from '../src/lib/book/book';

function watch(page: Page) {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`failed request: ${r.url()} ${r.failure()?.errorText}`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  return problems;
}

// Every chapter of both editions: its language, one h1, no raw TeX left (read from the built HTML;
// the browser-level checks of every page — console, requests, CSP, axe — are in gates.spec.ts).
test('every chapter page exists in both editions with its language, one h1 and rendered math', () => {
  const problems: string[] = [];
  for (const { lang, path } of CHAPTER_PAGES) {
    const html = htmlOf(path);
    const htmlLang = /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1];
    if (htmlLang !== (lang === 'zh' ? 'zh-CN' : 'en')) problems.push(`${path}: <html lang="${htmlLang}">`);
    const h1 = (html.match(/<h1\b/g) ?? []).length;
    if (h1 !== 1) problems.push(`${path}: ${h1} h1 elements`);
    const prose = html.replace(/<(script|style|pre|code|annotation)\b[\s\S]*?<\/\1>/g, '').replace(/<[^>]+>/g, '');
    if (prose.includes('$$')) problems.push(`${path}: raw $$ in the text`);
  }
  expect(problems).toEqual([]);
});

test('math renders with KaTeX in both editions', async ({ page }) => {
  for (const lang of ['en', 'zh']) {
    await page.goto(`/${lang}/math/`);
    expect(await page.locator('.katex-display').count()).toBeGreaterThan(3);
    // The square root's svg glyph keeps its height (Starlight's svg{height:auto} clash fixed).
    const sqrt = page.locator('.katex .sqrt svg').first();
    if ((await sqrt.count()) > 0) {
      const box = await sqrt.boundingBox();
      expect(box?.height ?? 0).toBeGreaterThan(5);
    }
  }
});

test('code is highlighted with a copy button', async ({ page }) => {
  await page.goto('/en/practice/');
  const block = page.locator('.expressive-code').first();
  await expect(block).toBeVisible();
  await expect(block.locator('button[data-code]').first()).toBeAttached();
  expect(await block.locator('span[style*="--0"]').count()).toBeGreaterThan(5);
});

test('the sidebar lists every page of the outline in book order and navigates', async ({ page }) => {
  await page.goto('/zh/background/');
  const links = page.locator('#starlight__sidebar a');
  await expect(links).toHaveCount(CHAPTERS.length);
  await expect(links.nth(3)).toHaveAttribute('href', '/zh/math/');
  await links.nth(3).click();
  await expect(page).toHaveURL(/\/zh\/math\/$/);
});

test('the language picker keeps the fragment and the query', async ({ page }) => {
  await page.goto('/en/math/?mse.y=1,2#mse');
  await page.locator('starlight-lang-select select').first().selectOption({ label: '简体中文' });
  await expect(page).toHaveURL(/\/zh\/math\/\?mse\.y=1%2C2#mse$|\/zh\/math\/\?mse\.y=1,2#mse$/);
  // The URL changes when the new page commits; its picker works once its scripts have run.
  await page.waitForLoadState('load');
  await page.locator('starlight-lang-select select').first().selectOption({ label: 'English' });
  await expect(page).toHaveURL(/\/en\/math\/\?mse\.y=1(%2C|,)2#mse$/);
});

test('the landing page is bilingual and links into both editions', async ({ page }) => {
  const problems = watch(page);
  await page.goto('/');
  await expect(page.locator('h1')).toContainText('基础模型的社会技术性质');
  await expect(page.locator('section[lang="zh-CN"] h2')).toHaveText('基础模型的社会技术性质');
  await expect(page.locator('section[lang="en"] h2')).toHaveText('The Socio-Technical Nature of Foundation Models');
  // Both tables of contents list every chapter of the outline.
  await expect(page.locator('section[lang="zh-CN"] .toc:not(.landing-more) a')).toHaveCount(CHAPTERS.length);
  await expect(page.locator('section[lang="en"] .toc:not(.landing-more) a')).toHaveCount(CHAPTERS.length);
  // The society chapter (second edition) is chapter 8 in both editions, between resources and outlook.
  const society = CHAPTERS.find((c) => c.slug === 'society')!; // fixed in the second edition's outline
  for (const [lang, html] of [['en', 'en'], ['zh', 'zh-CN']] as const) {
    const item = page.locator(`section[lang="${html}"] ol.toc li`).filter({ has: page.locator(`a[href="/${lang}/society/"]`) });
    await expect(item).toHaveAttribute('value', '8');
    await expect(item).toHaveText(society.title[lang]);
  }
  await expect(page.locator('a[href="/en/background/"]').first()).toBeVisible();
  await expect(page.locator('a[href="/zh/background/"]').first()).toBeVisible();
  expect(problems).toEqual([]);
});
