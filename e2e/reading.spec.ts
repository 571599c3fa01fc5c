/**
 * Reading in two languages and linking from courses (issue 7), both editions:
 * heading links that copy their URL, numbered equations, language switches that
 * keep the reader's place, /go/ short links, the parallel view, glossary terms,
 * search, embeds in an iframe, print, page metadata, the 404 page, no cookies.
 */
import { test, expect, type Page, type BrowserContext } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { CHAPTERS, HTML_LANG, LANGS, chapterBySlug, type Lang } from '../src/lib/book/book';
import { readEdition } from '../src/lib/node/parity-fs';
import { headingsOf, shortLinks, siteTargets } from '../src/lib/book/link-ids';
import { EMBED_MESSAGE_TYPE, EMBEDDABLE } from '../src/lib/book/embed';
import { LANG_PREF_KEY } from '../src/lib/book/reading';
import { SITE } from '../src/lib/book/site';
import { GLOSSARY } from '../src/data/glossary';
import { htmlOf } from './gates/site';
import { bringIntoView } from './tools/scroll';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';

const built = (path: string) => fromHtml(htmlOf(path));

const CONTENT = fileURLToPath(new URL('../content/', import.meta.url));
const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
const SOURCES = { en: readEdition(`${CONTENT}en`), zh: readEdition(`${CONTENT}zh`) };
const TARGETS = siteTargets(SOURCES.en);
const SHORT = shortLinks(TARGETS);
const other = (lang: Lang): Lang => (lang === 'en' ? 'zh' : 'en');
const h2Ids = (slug: string) => headingsOf(slug, SOURCES.en[slug]!).filter((h) => h.depth === 2).map((h) => h.id);
// The sections of a page: its MDX h2/h3 headings (a component's headings, such as the bibliography's groups, are not sections).
const h23Ids = (slug: string) => headingsOf(slug, SOURCES.en[slug]!).filter((h) => h.depth <= 3 && !h.component).map((h) => h.id);

async function setPref(context: BrowserContext, lang: Lang | null) {
  await context.addInitScript(
    ([key, value]) => {
      try {
        if (value) localStorage.setItem(key, value);
        else localStorage.removeItem(key);
      } catch {
        /* no storage on this page */
      }
    },
    [LANG_PREF_KEY, lang] as const,
  );
}

const pref = (page: Page) => page.evaluate((k) => localStorage.getItem(k), LANG_PREF_KEY);

for (const lang of LANGS) {
  const o = other(lang);
  test.describe(`reading (${lang})`, () => {
    test('every h2/h3 has a visible, focusable link button named in the page language that copies the full URL', async ({
      page,
      context,
      baseURL,
    }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
      // (Chapter 1: the same heading component as every chapter, on a light page.)
      await page.goto(`/${lang}/background/?mse.y=1,2,3,4,6`);
      // (an exercise's own h3 is its title: the exercise has its own link)
      const headings = page.locator('.sl-markdown-content :is(h2, h3)[id]:not(.exercise-title)');
      const n = await headings.count();
      expect(n).toBe(h23Ids('background').length);
      await expect(page.locator('.sl-markdown-content .sl-heading-wrapper:is(.level-h2, .level-h3) > a.sl-anchor-link')).toHaveCount(n);
      const link = page.locator('.sl-heading-wrapper:has(#from-task-specific-to-general-purpose) > a.sl-anchor-link');
      await expect(link).toBeVisible();
      expect(Number(await link.evaluate((a) => getComputedStyle(a).opacity))).toBeGreaterThan(0.3);
      const title = (await page.locator('#from-task-specific-to-general-purpose').textContent())!.trim();
      expect(title).toMatch(/^1\.\d+ \S/);
      await expect(link).toHaveAccessibleName(lang === 'zh' ? `复制“${title}”一节的链接` : `Copy link to section “${title}”`);
      await link.focus();
      await expect(link).toBeFocused();
      await page.keyboard.press('Enter');
      const expected = `${baseURL}/${lang}/background/?mse.y=1,2,3,4,6#from-task-specific-to-general-purpose`;
      await expect(page.locator('.copy-status')).toHaveText(lang === 'zh' ? '链接已复制' : 'Link copied');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
      // The link still works as a link.
      await expect(page).toHaveURL(expected);
    });

    // (Read from the built HTML: numbers and ids are the server's; that equations show is a gate.)
    test('display equations are numbered per chapter with named ids, as in the other edition', () => {
      const ch4 = built(`/${lang}/math/`);
      const eq = select('#eq-mse', ch4)!;
      expect((eq.properties.className as string[]).includes('equation')).toBe(true);
      expect(select('.katex-display', eq)).not.toBeNull();
      expect(toString(select('.eq-number', eq)!)).toBe('(4.1)');
      expect(toString(select('#eq-adam .eq-number', ch4)!)).toBe('(4.15)');
      const numbers = selectAll('.equation .eq-number', ch4).map((e) => toString(e));
      expect(numbers.length).toBeGreaterThan(10);
      expect(numbers).toEqual(Array.from({ length: numbers.length }, (_, i) => `(4.${i + 1})`));
      const ids = (path: string) => selectAll('.equation', built(path)).map((e) => String(e.properties.id));
      expect(ids(`/${o}/math/`)).toEqual(selectAll('.equation', ch4).map((e) => String(e.properties.id)));
      expect(toString(select('#eq-dense-layer .eq-number', built(`/${lang}/algorithms/`))!)).toBe('(3.1)');
    });

    test('the language picker keeps the fragment and the query, and remembers the choice', async ({ page, baseURL }) => {
      await page.goto(`/${lang}/background/?mse.y=1,2,3,4,6&gd.lr=0.1#from-task-specific-to-general-purpose`);
      await page.locator('starlight-lang-select select').first().selectOption({ label: lang === 'en' ? '简体中文' : 'English' });
      await expect(page).toHaveURL(`${baseURL}/${o}/background/?mse.y=1,2,3,4,6&gd.lr=0.1#from-task-specific-to-general-purpose`);
      expect(await pref(page)).toBe(o);
      await expect(page.locator('html')).toHaveAttribute('lang', HTML_LANG[o]);
    });

    test('each h2 and h3 section links to the same section in the other edition, keeping the query', async ({ page, baseURL }) => {
      // In the HTML (so without JavaScript too): one switch per h2 and h3, to the same id.
      const ch4 = built(`/${lang}/math/`);
      expect(selectAll('.sl-heading-wrapper:is(.level-h2, .level-h3) > a.sl-anchor-link + a.section-lang-link', ch4)).toHaveLength(h23Ids('math').length);
      const sw = select('.sl-heading-wrapper:has(#optimizers) > .section-lang-link', ch4)!;
      expect(sw.properties.href).toBe(`/${o}/math/#optimizers`);
      expect(sw.properties.hrefLang).toBe(HTML_LANG[o]);
      expect(toString(sw)).toMatch(new RegExp(`^${o === 'zh' ? '中文' : 'English'}`));
      await page.goto(`/${lang}/math/?gd.lr=0.1`);
      await page.locator('.sl-heading-wrapper:has(#optimizers) > .section-lang-link').click();
      await expect(page).toHaveURL(`${baseURL}/${o}/math/?gd.lr=0.1#optimizers`);
      expect(await pref(page)).toBe(o);
      // The example on the other side took the query.
      await bringIntoView(page.locator('#example-gd'));
      await expect(page.locator('#example-gd [data-hydrated="true"]')).toBeAttached();
      await expect(page.locator('#example-gd input').last()).toHaveValue('0.1');
    });

    test('the chapter page and its parallel view lead to each other', async ({ page, baseURL }) => {
      await page.goto(`/${lang}/background/`);
      const toggle = page.locator('a.view-toggle');
      await expect(toggle).toHaveText(lang === 'zh' ? '中英对照' : 'Side-by-side view');
      await toggle.click();
      await expect(page).toHaveURL(`${baseURL}/parallel/background/`);
      await page.locator(`a[data-view-lang="${lang}"]`).click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/background/(#.*)?$`));
    });

    test('a glossary term shows the other language’s name on hover and on keyboard focus', async ({ page }) => {
      // (A term in chapter 1: the same component as everywhere, on a light page.)
      await page.goto(`/${lang}/background/`);
      const term = page.locator('.term[data-term="large-language-model"]').last();
      const tip = term.locator('.term-tip');
      const expected = GLOSSARY.find((g) => g.id === 'large-language-model')![o];
      await expect(tip).toBeHidden();
      // Far down the page: off-screen blocks are rendered in the frame after a jump
      // (content-visibility), so let the layout settle before the pointer arrives.
      await bringIntoView(term);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      await term.locator('a').hover();
      await expect(tip).toBeVisible();
      await expect(tip).toHaveText(expected);
      await expect(tip).toHaveAttribute('lang', HTML_LANG[o]);
      await expect(tip).toHaveAttribute('role', 'tooltip');
      await page.mouse.move(0, 0);
      await expect(tip).toBeHidden();
      await term.locator('a').focus();
      await expect(tip).toBeVisible();
      await expect(term.locator('a')).toHaveAccessibleDescription(expected);
      await expect(term.locator('a')).toHaveAttribute('href', `/${lang}/glossary/#term-large-language-model`);
    });

    test('printing shows the text only, with link URLs and no breaks inside equations', async ({ page, baseURL }) => {
      await page.goto(`/${lang}/resources/`);
      await page.emulateMedia({ media: 'print' });
      for (const sel of ['#starlight__sidebar', 'header.header', '.right-sidebar', 'site-search', 'starlight-lang-select', 'starlight-theme-select', '.sl-anchor-link', '.section-lang-link', '.view-toggle']) {
        const loc = page.locator(sel).first();
        if ((await loc.count()) > 0) await expect(loc, sel).toBeHidden();
      }
      await expect(page.locator('.sl-markdown-content h1, h1#_top').first()).toBeVisible();
      const ext = page.locator('.sl-markdown-content a[href^="http"]:not(.cite)').first();
      const href = await ext.getAttribute('href');
      expect(await ext.evaluate((a) => getComputedStyle(a, '::after').content)).toBe(`" (${href})"`);
      const internal = page.locator('.sl-markdown-content a[href*="errata"]:not(.cite)').first();
      expect(await internal.evaluate((a) => getComputedStyle(a, '::after').content)).toBe(`" (${baseURL}/${lang}/errata/)"`);
      await page.goto(`/${lang}/math/`);
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('#eq-mse').evaluate((e) => getComputedStyle(e).breakInside)).toBe('avoid');
      expect(await page.locator('#example-mse').evaluate((e) => getComputedStyle(e).breakInside)).toBe('avoid');
      await expect(page.locator('#example-mse .calc-actions')).toBeHidden();
      await expect(page.locator('#example-mse .calc-table')).toBeVisible();
    });

    test('metadata: hreflang alternates, canonical URL, Open Graph in the page language', async ({ page }) => {
      for (const chapter of CHAPTERS.slice(0, 4)) {
        await page.goto(`/${lang}/${chapter.slug}/`);
        if (SITE) {
          const url = (l: Lang) => new URL(`${l}/${chapter.slug}/`, SITE!.endsWith('/') ? SITE : `${SITE}/`).href;
          await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', url(lang));
          await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', url('en'));
          await expect(page.locator('link[rel="alternate"][hreflang="zh-CN"]')).toHaveAttribute('href', url('zh'));
          await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute('href', url('en'));
        } else {
          // A local build (no SITE_URL) invents no address: no canonical link, no hreflang alternates, no og:url.
          await expect(page.locator('link[rel="canonical"], link[rel="alternate"][hreflang], meta[property="og:url"]')).toHaveCount(0);
        }
        await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', chapter.title[lang]);
        await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', lang === 'zh' ? 'zh_CN' : 'en');
        await expect(page.locator('meta[property="og:locale:alternate"]')).toHaveAttribute('content', lang === 'zh' ? 'en' : 'zh_CN');
        const desc = await page.locator('meta[property="og:description"]').getAttribute('content');
        expect(desc && desc.length).toBeGreaterThan(10);
        if (lang === 'zh') expect(desc).toMatch(/[\u4e00-\u9fff]/);
        else expect(desc).not.toMatch(/[\u4e00-\u9fff]/);
      }
    });

    test('search finds the pages of this edition', async ({ page }) => {
      const queries: [string, string][] =
        lang === 'zh'
          ? [
              ['梯度下降', '/zh/math/#gradient-descent'],
              ['均方误差', '/zh/math/#mse'],
              ['交叉熵', '/zh/math/#cross-entropy'],
              // A glossary term typed in English finds the Chinese section (the term's tooltip is indexed).
              ['momentum', '/zh/math/#momentum'],
            ]
          : [
              ['gradient descent', '/en/math/#gradient-descent'],
              ['cross-entropy', '/en/math/#cross-entropy'],
              ['momentum', '/en/math/#momentum'],
            ];
      await page.goto(`/${lang}/background/`);
      await page.locator('site-search button[data-open-modal]').click();
      const input = page.locator('#starlight__search input');
      for (const [q, href] of queries) {
        await input.fill(q);
        await expect(page.locator(`#starlight__search a[href="${href}"]`).first()).toBeVisible();
        const results = await page.locator('#starlight__search a.pagefind-ui__result-link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
        expect(results.every((h) => h?.startsWith(`/${lang}/`)), `${q}: ${results.join(' ')}`).toBe(true);
      }
    });

    test('embeds show their example alone, honour the query, link back and report their height to the parent', async ({ page }) => {
      const built = EMBEDDABLE.filter((e) => existsSync(`${DIST}${lang}/embed/${e}/index.html`));
      expect(built).toEqual([...EMBEDDABLE]);
      for (const example of built) {
        const target = TARGETS.find((t) => t.id === `example-${example}`)!;
        const query = example === 'mse' ? '?mse.y=1,2,3,4,6' : '';
        const src = `${test.info().project.use.baseURL}/${lang}/embed/${example}/${query}`;
        await page.setContent(
          `<!doctype html><html lang="en"><head><title>course</title></head><body><h1>Course</h1>
           <iframe id="f" src="${src}" title="${example}" style="width:700px;border:0" height="200"></iframe>
           <script>window.__msgs=[];addEventListener('message',(e)=>{if(e.data&&e.data.type===${JSON.stringify(EMBED_MESSAGE_TYPE)}){window.__msgs.push(e.data);document.getElementById('f').height=e.data.height;}});</script>
           </body></html>`,
        );
        const msgs = () => page.evaluate(() => (window as unknown as { __msgs: { example: string; height: number }[] }).__msgs);
        await expect.poll(async () => (await msgs()).length).toBeGreaterThan(0);
        const msg = (await msgs()).at(-1)!;
        expect(msg.example).toBe(example);
        expect(msg.height).toBeGreaterThan(150);
        const frame = page.frameLocator('#f');
        await expect(frame.locator(`#example-${example}`)).toBeVisible();
        await expect(frame.locator('html')).toHaveAttribute('lang', HTML_LANG[lang]);
        await expect(frame.locator('header, nav, #starlight__sidebar, site-search')).toHaveCount(0);
        const back = frame.locator('a[data-embed-back]');
        const path = `/${lang}/${target.slug}/${query}#example-${example}`;
        await expect(back).toHaveAttribute('href', new RegExp(`${path.replace(/[?.]/g, '\\$&')}$`));
        if (example === 'mse') {
          await expect(frame.locator('#example-mse input').first()).toHaveValue('1,2,3,4,6');
          // A narrower iframe reflows the example: a new height is reported.
          const count = (await msgs()).length;
          await page.locator('#f').evaluate((f) => ((f as HTMLIFrameElement).style.width = '320px'));
          await expect.poll(async () => (await msgs()).length).toBeGreaterThan(count);
        }
      }
    });

    test('an embed with a bad parameter shows the example’s own error message', async ({ page }) => {
      await page.goto(`/${lang}/embed/mse/?mse.y=1,2,x&unknown=1`);
      const alert = page.locator('#example-mse [role="alert"]');
      await expect(alert).toContainText('x');
      await expect(alert).not.toBeEmpty();
      await page.goto(`/${lang}/embed/optimizer-playground/?playground.lr=banana`);
      await expect(page.locator('#example-optimizer-playground [role="alert"]')).toContainText('playground.lr');
      await page.goto(`/${lang}/embed/training/?training.epochs=banana`);
      await expect(page.locator('#example-training [role="alert"]')).not.toBeEmpty();
    });

    test(`/go/ opens the section in the remembered edition (${lang}), keeping the query`, async ({ browser, baseURL }) => {
      const context = await browser.newContext({ locale: o === 'zh' ? 'zh-CN' : 'en-US' });
      await setPref(context, lang);
      const page = await context.newPage();
      await page.goto('/go/momentum/?momentum.beta=0.5');
      await expect(page).toHaveURL(`${baseURL}/${lang}/math/?momentum.beta=0.5#momentum`);
      await expect(page.locator('#momentum')).toBeVisible();
      await page.goto('/go/gd/');
      await expect(page).toHaveURL(`${baseURL}/${lang}/math/#example-gd`);
      await page.goto('/go/eq-heavy-ball/');
      await expect(page).toHaveURL(`${baseURL}/${lang}/math/#eq-heavy-ball`);
      await expect(page.locator('#eq-heavy-ball')).toBeVisible();
      await context.close();
    });

    test(`/go/ without a remembered choice follows the browser's language (${lang})`, async ({ browser, baseURL }) => {
      const context = await browser.newContext({ locale: lang === 'zh' ? 'zh-CN' : 'en-GB' });
      const page = await context.newPage();
      await page.goto('/go/what-is-a-foundation-model/');
      await expect(page).toHaveURL(`${baseURL}/${lang}/background/#what-is-a-foundation-model`);
      await context.close();
    });
  });
}

test('/go/ without JavaScript shows both editions’ links, in both languages', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/go/mse/');
  await expect(page.locator('a[data-go-lang="zh"]')).toHaveAttribute('href', '/zh/math/#mse');
  await expect(page.locator('a[data-go-lang="en"]')).toHaveAttribute('href', '/en/math/#mse');
  await expect(page.locator('a[data-go-lang="zh"]')).toContainText('4.1.1 均方误差');
  await expect(page.locator('a[data-go-lang="en"]')).toContainText('4.1.1 Mean squared error');
  await expect(page.locator('li[lang="zh-CN"]')).toHaveCount(1);
  await context.close();
});

test('every /go/ id leads to an existing element in both editions', async ({ request }) => {
  expect(SHORT.length).toBeGreaterThan(100);
  const pages = new Map<string, string>();
  const html = async (path: string) => {
    if (!pages.has(path)) {
      const r = await request.get(path);
      expect(r.status(), path).toBe(200);
      pages.set(path, await r.text());
    }
    return pages.get(path)!;
  };
  const missing: string[] = [];
  for (const { key, target } of SHORT) {
    const go = await html(`/go/${key}/`);
    for (const lang of LANGS) {
      const href = new RegExp(`href="(/${lang}/[^"#]+/)#([^"]+)"[^>]*data-go-lang="${lang}"`).exec(go);
      if (!href) {
        missing.push(`/go/${key}/: no ${lang} link`);
        continue;
      }
      expect(href[2]).toBe(target.id);
      if (!(await html(href[1]!)).includes(` id="${target.id}"`)) missing.push(`/go/${key}/ → ${href[1]}#${target.id}: no such element`);
    }
  }
  expect(missing).toEqual([]);
  // Every id of the book, and example names that are not ids, have a short link.
  const keys = new Set(SHORT.map((s) => s.key));
  for (const t of TARGETS) expect(keys.has(t.id)).toBe(true);
  expect(keys.has('gd')).toBe(true);
  expect(keys.has('optimizer-playground')).toBe(true);
});

test('an unknown /go/ id and an unknown path give the bilingual 404 page with search', async ({ page }) => {
  for (const path of ['/go/no-such-id/', '/no/such/page/']) {
    const r = await page.goto(path);
    expect(r?.status()).toBe(404);
    await expect(page.locator('section[lang="zh-CN"] h2')).toHaveText('找不到这个页面');
    await expect(page.locator('section[lang="en"] h2')).toHaveText('Page not found');
    await expect(page.locator('section[lang="zh-CN"] .nf-actions a[href="/zh/background/"]')).toBeVisible();
    await expect(page.locator('section[lang="en"] .nf-actions a[href="/en/background/"]')).toBeVisible();
    await expect(page.locator('site-search button[data-open-modal]')).toBeEnabled();
  }
});

test('search is built when first wanted: nothing loaded at page load; Ctrl K opens it ready to type', async ({ page }) => {
  // Starlight builds Pagefind's UI at the first idle moment after load: a long task on every
  // page (docs/performance.md, "Long chapters"). Ours builds it on the way to the button or on the shortcut.
  const fetched: string[] = [];
  page.on('request', (r) => {
    if (/\/ui-core\.[^/]*\.js$|\/pagefind\//.test(new URL(r.url()).pathname)) fetched.push(new URL(r.url()).pathname);
  });
  await page.goto('/en/math/');
  // Two idle periods after load: Starlight's own idle callback would have run by then.
  await page.evaluate(() => new Promise<void>((done) => requestIdleCallback(() => requestIdleCallback(() => done()))));
  expect(fetched).toEqual([]);
  await expect(page.locator('#starlight__search input')).toHaveCount(0);
  await page.keyboard.press('Control+k');
  await expect(page.locator('site-search dialog')).toHaveAttribute('open', '');
  const input = page.locator('#starlight__search input');
  await expect(input).toBeFocused();
  await page.keyboard.type('momentum');
  await expect(page.locator('#starlight__search a[href="/en/math/#momentum"]').first()).toBeVisible();
  expect(fetched.some((f) => f.includes('ui-core'))).toBe(true);
});

test('the 404 page searches the reader’s edition', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto('/go/no-such-id/');
  await page.locator('button.nf-search[data-search-lang="zh"]').click();
  await page.locator('#starlight__search input').fill('梯度下降');
  await expect(page.locator('#starlight__search a[href="/zh/math/#gradient-descent"]').first()).toBeVisible();
  // Switching to the other edition's search remembers the choice and reloads.
  await page.keyboard.press('Escape');
  await page.locator('button.nf-search[data-search-lang="en"]').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.locator('button.nf-search[data-search-lang="en"]').click();
  await page.locator('#starlight__search input').fill('gradient descent');
  await expect(page.locator('#starlight__search a[href="/en/math/#gradient-descent"]').first()).toBeVisible();
  await context.close();
});

for (const chapter of CHAPTERS) {
  test(`parallel view of ${chapter.slug}: aligned pairs with the chapter's sections, each column in its language`, async ({ page }) => {
    await page.goto(`/parallel/${chapter.slug}/`);
    // A pair per h2 (its heading and own text) and per h3 subsection: the columns realign at each.
    const expected = ['intro', ...h23Ids(chapter.slug)];
    const pairs = page.locator('.parallel .pair[data-section]');
    expect(await pairs.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.section))).toEqual(expected);
    // The chapter pages have the same h2 and h3 sections, in both editions.
    for (const lang of LANGS) {
      const html = await (await page.request.get(`/${lang}/${chapter.slug}/`)).text();
      const ids = [...html.matchAll(/<div class="sl-heading-wrapper level-h[23]"><h[23] id="([^"]+)"/g)].map((m) => m[1]);
      expect(['intro', ...ids]).toEqual(expected);
    }
    // Each pair has one column per language (one round trip for all of them).
    const columns = await pairs.evaluateAll((els) =>
      els.map((e) => `${(e as HTMLElement).dataset.section}: ${e.querySelectorAll(':scope > [lang="zh-CN"]').length} zh, ${e.querySelectorAll(':scope > [lang="en"]').length} en`),
    );
    expect(columns).toEqual(expected.map((id) => `${id}: 1 zh, 1 en`));
    // No id twice on the page.
    const dupes = await page.evaluate(() => {
      const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
      return ids.filter((x, i) => ids.indexOf(x) !== i);
    });
    expect(dupes).toEqual([]);
    if (chapterBySlug(chapter.slug)?.number === 4) {
      // Math renders as on the chapter pages, in both columns; examples in their static form.
      await expect(page.locator('[data-section="mse"] [lang="zh-CN"] #zh-eq-mse .katex-display')).toBeVisible();
      await expect(page.locator('[data-section="mse"] [lang="en"] #en-eq-mse .eq-number')).toHaveText('(4.1)');
      await expect(page.locator('[lang="zh-CN"] #zh-example-mse figcaption')).toHaveText('均方误差');
      await expect(page.locator('[lang="en"] #en-example-mse figcaption')).toHaveText('Mean squared error');
      await expect(page.locator('[lang="zh-CN"] .term-tip').first()).toHaveAttribute('lang', 'en');
    }
  });
}

test('parallel view: the columns realign at every h3 (chapter 4, "4.2.3 Momentum")', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await page.goto('/parallel/math/');
  for (const id of ['mse', 'cross-entropy', 'sgd', 'momentum', 'adam']) {
    const zh = (await page.locator(`#zh-${id}`).boundingBox())!;
    const en = (await page.locator(`#en-${id}`).boundingBox())!;
    expect(Math.abs(en.y - zh.y), id).toBeLessThan(2);
    await expect(page.locator(`.pair[data-section="${id}"][data-level="3"]`)).toHaveCount(1);
  }
  await context.close();
});

test('parallel view: two columns on wide screens, alternating blocks on narrow ones', async ({ browser }) => {
  for (const [width, sideBySide] of [
    [1400, true],
    [500, false],
  ] as const) {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    await page.goto('/parallel/background/');
    const pair = page.locator('[data-section="what-is-a-foundation-model"]');
    const zh = (await pair.locator(':scope > [lang="zh-CN"]').boundingBox())!;
    const en = (await pair.locator(':scope > [lang="en"]').boundingBox())!;
    if (sideBySide) {
      expect(en.x).toBeGreaterThan(zh.x + zh.width - 1);
      expect(Math.abs(en.y - zh.y)).toBeLessThan(5);
    } else {
      expect(en.y).toBeGreaterThanOrEqual(zh.y + zh.height - 1);
    }
    await context.close();
  }
});

test('non-edition pages carry no false hreflang; the sitemap lists chapters, not short links or embeds', async ({ page, request }) => {
  for (const path of ['/parallel/math/', '/']) {
    await page.goto(path);
    await expect(page.locator('link[rel="alternate"][hreflang]')).toHaveCount(0);
  }
  if (!SITE) {
    // A local build (no SITE_URL): no sitemap, which needs absolute URLs.
    expect((await request.get('/sitemap-index.xml')).status()).toBe(404);
    return;
  }
  await page.goto('/en/');
  await expect(page.locator('link[rel="alternate"][hreflang="zh-CN"]')).toHaveAttribute('href', new URL('zh/', `${SITE.replace(/\/?$/, '/')}`).href);
  const index = await (await request.get('/sitemap-index.xml')).text();
  const sitemapUrl = /<loc>([^<]+)<\/loc>/.exec(index)![1]!;
  const xml = await (await request.get(new URL(sitemapUrl).pathname)).text();
  for (const lang of LANGS) for (const c of CHAPTERS) expect(xml).toContain(`/${lang}/${c.slug}/</loc>`);
  expect(xml).not.toContain('/go/');
  expect(xml).not.toContain('/embed/');
});

test('preferences stay in localStorage: no cookies', async ({ page, context }) => {
  await page.goto('/en/math/');
  await page.locator('starlight-theme-select select').first().selectOption('light');
  await page.locator('.sl-heading-wrapper:has(#optimizers) > .section-lang-link').click();
  await expect(page).toHaveURL(/\/zh\/math\/#optimizers$/);
  await page.goto('/go/mse/');
  await expect(page).toHaveURL(/\/zh\/math\/#mse$/);
  expect(await page.evaluate(() => document.cookie)).toBe('');
  expect(await context.cookies()).toEqual([]);
  expect(await page.evaluate(() => localStorage.getItem('starlight-theme'))).toBe('light');
  expect(await pref(page)).toBe('zh');
});

test.describe('"On this page" (our lighter table-of-contents script, src/overrides/toc)', () => {
  const tocLink = (page: Page, id: string) => page.locator(`starlight-toc a[href="#${id}"]`);
  test('marks the section being read, also from the middle of a long section', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/en/math/#momentum');
    await expect(tocLink(page, 'momentum')).toHaveAttribute('aria-current', 'true');
    await page.evaluate(() => document.getElementById('adam')!.scrollIntoView({ block: 'start' }));
    await expect(tocLink(page, 'adam')).toHaveAttribute('aria-current', 'true');
    await expect(page.locator('starlight-toc a[aria-current="true"]')).toHaveCount(1);
    // A paragraph in the middle of the SGD subsection (not its heading): SGD is current.
    await page.evaluate(() => {
      const p = [...document.querySelectorAll('section[data-section="sgd"] > p')].at(-1)!;
      window.scrollTo(0, p.getBoundingClientRect().top + window.scrollY - 110);
    });
    await expect(tocLink(page, 'sgd')).toHaveAttribute('aria-current', 'true');
  });

  test('on a phone: the bar shows the current section; a link or Escape closes the list', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto('/zh/math/#momentum');
    const toc = page.locator('mobile-starlight-toc');
    await expect(toc.locator('.display-current')).toHaveText(await page.locator('#momentum').innerText());
    const summary = toc.locator('summary');
    await summary.click();
    await expect(toc.locator('details')).toHaveAttribute('open', '');
    await toc.locator('a[href="#adam"]').click();
    await expect(toc.locator('details')).not.toHaveAttribute('open', '');
    await expect(page).toHaveURL(/#adam$/);
    await expect(toc.locator('.display-current')).toHaveText(await page.locator('#adam').innerText());
    await summary.focus();
    await page.keyboard.press('Enter');
    await expect(toc.locator('details')).toHaveAttribute('open', '');
    await page.keyboard.press('Escape');
    await expect(toc.locator('details')).not.toHaveAttribute('open', '');
    await expect(summary).toBeFocused();
  });
});

test.describe('long chapters are rendered section by section (src/plugins/sections.ts)', () => {
  test('no form control in the static HTML of a chapter outside the training lab: sections with examples are skipped too', () => {
    // Chromium checks every text field, select, checkbox and radio button once a page has loaded, and one
    // inside a skipped section makes it lay that section out (src/islands/static-field.tsx).
    const control = /<(?:select|textarea)\b|<input\b(?![^>]*\btype="(?:range|hidden|button|submit)")/g;
    for (const lang of LANGS)
      for (const c of CHAPTERS) {
        // The chapter's text (Starlight's theme and language selects are in the header and sidebar).
        const page = htmlOf(`/${lang}/${c.slug}/`);
        const start = page.indexOf('<div class="sl-markdown-content">');
        expect(start, `${lang}/${c.slug}: the chapter's text`).toBeGreaterThan(0);
        const html = page.slice(start, page.indexOf('<footer', start));
        const lab = html.includes('book-section has-example') || html.includes('book-subsection has-example');
        if (lab) expect(html, `${lang}/${c.slug}: only the training lab keeps its controls`).toContain('id="example-training"');
        else expect(html.match(control) ?? [], `${lang}/${c.slug}`).toEqual([]);
      }
    expect(htmlOf('/en/math/')).toMatch(/<output id="ex-mse-y" class="field-static">1, 2, 3, 4, 5<\/output>/);
  });
  for (const lang of LANGS) {
    test(`${lang}: one <section> per h2 and h3; off-screen ones are skipped; links and print still reach them`, async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(`/${lang}/math/`);
      const ids = h2Ids('math');
      await expect(page.locator('.sl-markdown-content > section.book-section')).toHaveCount(ids.length);
      for (const id of ids) await expect(page.locator(`section.book-section[data-section="${id}"] h2#${id}`)).toHaveCount(1);
      await expect(page.locator('section.book-subsection[data-section="adam"] h3#adam')).toHaveCount(1);
      // Far below the fold, the Adam subsection's text is not rendered yet …
      // (the subsection holds a worked example, so it is laid out; its text blocks are skipped: their contents are not rendered)
      const adamText = page.locator('section[data-section="adam"] .book-block > *').first();
      expect(await adamText.evaluate((el) => el.checkVisibility({ contentVisibilityAuto: true }))).toBe(false);
      // … a link brings it in view, rendered …
      await page.locator('starlight-toc a[href="#adam"]').click();
      await expect(page.locator('#adam')).toBeInViewport();
      await expect.poll(() => adamText.evaluate((el) => el.checkVisibility({ contentVisibilityAuto: true }))).toBe(true);
      // … and printing renders every part of the chapter.
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.emulateMedia({ media: 'print' });
      const skipped = await page.evaluate(
        // Shown (not display: none in print) but skipped by content-visibility: none may be.
        () => [...document.querySelectorAll('.sl-markdown-content p')].filter((p) => p.checkVisibility() && !p.checkVisibility({ contentVisibilityAuto: true })).length,
      );
      expect(skipped).toBe(0);
      // Code blocks are skipped on their own, also inside sections with an example (practice:
      // Expressive Code's token spans are most of the chapter), and printed whole.
      await page.emulateMedia({ media: 'screen' });
      await page.goto(`/${lang}/practice/`);
      // The code blocks of (sub)sections that are themselves never skipped (they hold an example).
      const codeVisibility = () =>
        page.evaluate(() =>
          [...document.querySelectorAll('.sl-markdown-content .expressive-code')]
            .filter((b) => b.closest('section')?.classList.contains('has-example'))
            .map((b) => getComputedStyle(b).contentVisibility),
        );
      const onScreen = await codeVisibility();
      expect(onScreen.length).toBeGreaterThan(1);
      expect(new Set(onScreen)).toEqual(new Set(['auto']));
      await page.emulateMedia({ media: 'print' });
      expect(new Set(await codeVisibility())).toEqual(new Set(['visible']));
      const codeSkipped = await page.evaluate(
        () => [...document.querySelectorAll('.sl-markdown-content .ec-line')].filter((l) => l.checkVisibility() && !l.checkVisibility({ contentVisibilityAuto: true })).length,
      );
      expect(codeSkipped).toBe(0);
    });
  }
});
