/**
 * Links that never break across editions (issue 13), both editions: a moved id
 * (`environment` → `development-environment`, src/data/moves.ts) still lands on
 * its section with JavaScript on and off, and through /go/; the Cite panel
 * copies the section's BibTeX with its stable URL; the citation_* meta tags;
 * the edition in the footer; the changes pages; /links.json and objects.inv
 * served; /go/<unknown>/ still the bilingual 404 page.
 */
import { test, expect, type Page } from '@playwright/test';
import { LANGS, HTML_LANG, BOOK, type Lang } from '../src/lib/book/book';
import { SITE } from '../src/lib/book/site';
import { readdirSync, readFileSync } from 'node:fs';
import { bibtex, apa, apaInText, gbt, CITE_LABEL } from '../src/lib/references/citation';
import { useCslFiles } from '../src/lib/references/csl';

// The expected APA and GB/T texts come from the same formatter; outside Vite it is given the CSL files here.
const CSL_DIR = new URL('../src/data/csl/', import.meta.url);
useCslFiles(Object.fromEntries(readdirSync(CSL_DIR).filter((f) => /\.(csl|xml)$/.test(f)).map((f) => [f, readFileSync(new URL(f, CSL_DIR), 'utf8')])));
import { decodeInventory } from '../src/lib/book/objects-inv';
import { CURRENT_EDITION } from '../src/data/editions';
import { AS_OF } from '../src/data/as-of';
import { REVISIONS } from '../src/data/changes';
import { asOfLabel } from '../src/lib/book/as-of';
import { MOVES } from '../src/data/moves';
import { AXE_TAGS, useTheme, axeOn } from './gates/checks';
import { bringIntoView } from './tools/scroll';

const MOVE = MOVES.find((m) => m.from === 'environment')!;

async function landedOn(page: Page, id: string) {
  const target = page.locator(`[id="${id}"]`);
  await expect(target).toBeInViewport();
  // Nothing was scrolled past it: the heading is near the top of the viewport.
  const box = await target.boundingBox();
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.y).toBeLessThan(300);
}

for (const lang of LANGS) {
  test.describe(`moved ids (${lang})`, () => {
    test(`#${MOVE.from} lands on #${MOVE.to} with JavaScript`, async ({ page }) => {
      await page.goto(`/${lang}/practice/#${MOVE.from}`);
      const alias = page.locator(`#${MOVE.from}`);
      await expect(alias).toHaveCount(1);
      // The old id sits inside the new heading.
      expect(await alias.evaluate((el) => el.parentElement?.id)).toBe(MOVE.to);
      await landedOn(page, MOVE.to);
    });

    test(`#${MOVE.from} lands on #${MOVE.to} without JavaScript`, async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`/${lang}/practice/#${MOVE.from}`);
      await landedOn(page, MOVE.to);
      await context.close();
    });
  });
}

test(`/go/${MOVE.from}/ opens the new place, with and without JavaScript`, async ({ page, browser, baseURL }) => {
  await page.goto(`/go/${MOVE.from}/`);
  await expect(page).toHaveURL(`${baseURL}/en/practice/#${MOVE.to}`);
  await landedOn(page, MOVE.to);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const p = await context.newPage();
  await p.goto(`/go/${MOVE.from}/`);
  for (const lang of LANGS) {
    await expect(p.locator(`a[data-go-lang="${lang}"]`)).toHaveAttribute('href', `/${lang}/practice/#${MOVE.to}`);
  }
  await p.locator('a[data-go-lang="zh"]').click();
  await expect(p).toHaveURL(`${baseURL}/zh/practice/#${MOVE.to}`);
  await context.close();
});

test('/go/<unknown>/ is still the bilingual 404 page', async ({ page }) => {
  const r = await page.goto('/go/no-such-id-anywhere/');
  expect(r?.status()).toBe(404);
  await expect(page.locator('section[lang="zh-CN"] h2')).toHaveText('找不到这个页面');
  await expect(page.locator('section[lang="en"] h2')).toHaveText('Page not found');
});

for (const lang of LANGS) {
  test.describe(`Cite this section (${lang})`, () => {
    test('the Cite panel copies the BibTeX with the section’s stable URL; GB/T first in Chinese; Escape closes', async ({
      page,
      context,
      baseURL,
    }) => {
      // citeproc builds its APA engine twice here (in the page and for the expected text), seconds each on a loaded machine.
      test.slow();
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
      await page.goto(`/${lang}/math/`);
      const headings = await page.locator('.sl-markdown-content .sl-heading-wrapper:is(.level-h2, .level-h3)').count();
      await expect(page.locator('.sl-heading-wrapper:is(.level-h2, .level-h3) > button.cite-btn:last-child')).toHaveCount(headings);
      const btn = page.locator('.sl-heading-wrapper:has(#momentum) > button.cite-btn');
      await expect(btn).toHaveText(lang === 'zh' ? '引用' : 'Cite');
      await expect(btn).toHaveAccessibleDescription(/4\.2\.3/);
      await bringIntoView(btn);
      // The heading's place in the page (focus moving into the panel may scroll the window).
      const placeOf = () => page.locator('#momentum').evaluate((e) => e.getBoundingClientRect().top + scrollY);
      const before = await placeOf();
      await btn.focus();
      await page.keyboard.press('Enter');
      const panel = page.locator('#cite-momentum');
      await expect(panel).toBeVisible();
      await expect(btn).toHaveAttribute('aria-expanded', 'true');
      await expect(btn).toHaveAttribute('aria-controls', 'cite-momentum');
      await expect(panel).toHaveAttribute('aria-label', new RegExp(`^${lang === 'zh' ? '引用本节' : 'Cite this section'}: 4\\.2\\.3 `));
      // Nothing above the heading moved.
      expect(await placeOf()).toBeCloseTo(before, 0);
      const order = await panel.locator('.cite-format').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.format));
      expect(order).toEqual(lang === 'zh' ? ['gbt', 'bibtex', 'apa'] : ['bibtex', 'apa', 'gbt']);
      // Focus moved into the panel, on the first copy button.
      await expect(panel.locator('.cite-copy').first()).toBeFocused();

      // The configured address, or in a local build (no SITE_URL) the origin the page is served from.
      const url = new URL(`/${lang}/math/#momentum`, SITE ?? new URL(page.url()).origin).href;
      const text = await panel.locator('[data-format="bibtex"] pre').textContent();
      const accessed = /urldate = \{(\d{4}-\d{2}-\d{2})\}/.exec(text ?? '')?.[1];
      expect(accessed).toBeDefined();
      const input = {
        lang,
        id: 'momentum',
        section: lang === 'zh' ? '动量法' : 'Momentum',
        number: '4.2.3',
        url,
        accessed: accessed!,
        book: BOOK.title[lang],
        author: BOOK.author[lang],
        edition: { number: CURRENT_EDITION.number, date: CURRENT_EDITION.date },
      };
      expect(text).toBe(bibtex(input));
      // APA and GB/T by citeproc, filled in once the panel is open; APA names the section in its in-text citation.
      await expect(panel.locator('[data-format="apa"] pre')).toHaveText(apa(input));
      await expect(panel.locator('[data-format="gbt"] pre')).toHaveText(gbt(input));
      await expect(panel.locator('[data-format="apa"] .cite-intext')).toHaveText(`${lang === 'zh' ? '文内引用：' : 'In the text:'} ${apaInText(input)}`);
      expect(text).toContain(`@incollection{fmbook-${lang}-momentum,`);

      await panel.locator('[data-format="bibtex"] .cite-copy').click();
      await expect(panel.locator('.cite-status')).toHaveText(lang === 'zh' ? `已复制 ${CITE_LABEL.bibtex}` : `${CITE_LABEL.bibtex} copied`);
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toBe(bibtex(input));
      expect(copied).toContain(`url = {${url}}`);

      await page.keyboard.press('Escape');
      await expect(panel).toHaveCount(0);
      await expect(btn).toHaveAttribute('aria-expanded', 'false');
      await expect(btn).toBeFocused();
      // Opening another closes the first; the Close button closes too.
      await btn.click();
      const mseBtn = page.locator('.sl-heading-wrapper:has(#mse) > button.cite-btn');
      await bringIntoView(mseBtn);
      await mseBtn.click();
      await expect(page.locator('.cite-panel')).toHaveCount(1);
      await expect(page.locator('#cite-mse')).toBeVisible();
      const close = page.locator('#cite-mse .cite-close');
      await bringIntoView(close);
      await close.click();
      await expect(page.locator('.cite-panel')).toHaveCount(0);
    });

    for (const theme of ['light', 'dark'] as const) {
      test(`the open Cite panel is axe-clean (${theme})`, async ({ page }) => {
        await useTheme(page, theme);
        await page.goto(`/${lang}/math/`);
        await page.locator('.sl-heading-wrapper:has(#momentum) > button.cite-btn').click();
        await expect(page.locator('#cite-momentum')).toBeVisible();
        const results = await axeOn(page).include('#cite-momentum').include('.sl-heading-wrapper:has(#momentum)').withTags(AXE_TAGS).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      });
    }

    test('without JavaScript the Cite buttons are hidden', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`/${lang}/math/`);
      await expect(page.locator('button.cite-btn').first()).toBeHidden();
      await context.close();
    });

    test('citation_* meta tags, and the edition in the footer of every kind of page', async ({ page }) => {
      await page.goto(`/${lang}/math/`);
      const meta = async (name: string) => page.locator(`meta[name="${name}"]`).getAttribute('content');
      expect(await meta('citation_title')).toBe(lang === 'zh' ? '数学模型和公式' : 'Mathematical Models and Formulas');
      expect(await meta('citation_inbook_title')).toBe(BOOK.title[lang]);
      expect(await meta('citation_author')).toBe(BOOK.author[lang]);
      expect(await meta('citation_publication_date')).toBe(CURRENT_EDITION.date.replaceAll('-', '/'));
      expect(await meta('citation_edition')).toBe(CURRENT_EDITION.number.toString());
      expect(await meta('citation_language')).toBe(HTML_LANG[lang]);
      // citation_public_url only with a public address (a local build has none).
      if (SITE) expect(await meta('citation_public_url')).toBe(new URL(`/${lang}/math/`, SITE).href);
      else await expect(page.locator('meta[name="citation_public_url"]')).toHaveCount(0);
      // Only chapter pages are parts of the book: the cover and the changes page carry no citation_* tags.
      const CHAPTER_PAGE: Record<string, boolean> = { [`/${lang}/math/`]: true, [`/${lang}/`]: false, [`/${lang}/glossary/`]: true, [`/${lang}/changes/`]: false };
      for (const path of [`/${lang}/math/`, `/${lang}/`, `/${lang}/glossary/`, `/${lang}/changes/`]) {
        await page.goto(path);
        const line = page.locator('footer .edition-line, .edition-line').first();
        await expect(line).toContainText(CURRENT_EDITION.name[lang]);
        await expect(line.locator('time')).toHaveAttribute('datetime', CURRENT_EDITION.date);
        await expect(line.locator('a')).toHaveAttribute('href', `/${lang}/changes/`);
        expect(await page.locator('meta[name^="citation_"]:not([name="citation_pdf_url"])').count(), path).toBe(CHAPTER_PAGE[path] ? (SITE ? 7 : 6) : 0);
      }
    });

    test('the changes page lists the move and the corrections, by section with links', async ({ page }) => {
      await page.goto(`/${lang}/changes/`);
      await expect(page.locator('h1')).toHaveText(lang === 'zh' ? '版本变更记录' : 'Changes between editions');
      const moved = page.locator(`#edition-2 ~ ul[data-kind="moved"] li[data-from="${MOVE.from}"]`);
      await expect(moved).toContainText(MOVE.reason[lang]);
      await expect(moved.locator('a').first()).toHaveAttribute('href', `/${lang}/practice/#${MOVE.to}`);
      const corrected = page.locator('section[data-edition="1"] ul[data-kind="corrected"] li');
      expect(await corrected.count()).toBeGreaterThan(10);
      await expect(corrected.locator(`a[href="/${lang}/errata/#erratum-mse-example"]`)).toHaveCount(1);
      await expect(page.locator('section[data-edition="1"] a[href="/' + lang + '/math/#mse"]').first()).toBeVisible();
      // A correction of the book's own earlier text: under Corrected in the edition that made it, with its note.
      const own = REVISIONS.find((r) => r.kind === 'corrected')!;
      const item = page.locator(`section[data-edition="${own.edition}"] ul[data-kind="corrected"] li[data-id="${own.id}"]`);
      await expect(item).toContainText(own.note[lang]);
      await expect(item.locator('a').first()).toHaveAttribute('href', new RegExp(`#${own.id}$`));
    });
  });
}

test('/links.json and both objects.inv are served and agree', async ({ request }) => {
  const file = await (await request.get('/links.json')).json();
  // A local build (no SITE_URL) says so, and its URLs are site paths; with SITE_URL they are absolute.
  expect(file.local).toBe(SITE ? undefined : true);
  expect(file.targets[0].url.en.startsWith(SITE ? `${SITE}/` : '/en/')).toBe(true);
  expect(file.edition).toEqual({ id: CURRENT_EDITION.id, name: CURRENT_EDITION.name, date: CURRENT_EDITION.date });
  expect(file.moved.map((m: { from: string }) => m.from)).toContain(MOVE.from);
  // Time-sensitive sections carry their "as of" month (src/data/as-of.ts), and only they do.
  const dated = Object.fromEntries(
    file.targets.filter((t: { asOf?: string }) => t.asOf !== undefined).map((t: { id: string; asOf: string }) => [t.id, t.asOf]),
  );
  expect(dated).toEqual(Object.fromEntries(AS_OF.map((e) => [e.id, e.asOf])));
  // … and show it right under their heading, in the page's language, without JavaScript.
  for (const lang of LANGS as readonly Lang[]) {
    for (const e of AS_OF) {
      const target = file.targets.find((t: { id: string }) => t.id === e.id);
      const html = await (await request.get(new URL(target.url[lang], 'http://local.invalid').pathname)).text();
      const after = html.slice(html.indexOf(`id="${e.id}"`));
      const next = after.slice(0, after.slice(1).search(/<h[2-4][ >]/) + 1);
      expect(next, `${lang} #${e.id}`).toContain(`<p class="as-of"><time datetime="${e.asOf}">${asOfLabel(e.asOf!, lang)}</time></p>`);
    }
  }
  for (const lang of LANGS as readonly Lang[]) {
    const r = await request.get(`/${lang}/objects.inv`);
    expect(r.ok()).toBe(true);
    const inv = decodeInventory(new Uint8Array(await r.body()));
    expect(inv.items.length).toBe(file.targets.length + file.moved.length);
    expect(inv.items.find((i) => i.name === 'momentum')).toMatchObject({ uri: 'math/#momentum', domain: 'std', role: 'label' });
    expect(inv.items.find((i) => i.name === MOVE.from)?.uri).toBe(`practice/#${MOVE.to}`);
  }
});
