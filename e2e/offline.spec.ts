/**
 * Offline reading: nothing cached before the reader asks; saving an edition shows progress
 * and the total size; then, with the network off (Playwright's offline mode), two chapters
 * read, the search finds Chinese words, a calculator computes, and the landing page, a URL
 * without its trailing slash, a parallel view and a short link open; "Remove offline copy"
 * empties the caches. Only a complete copy is ever reported as saved (a failed download, a
 * tab closed during a save); two saves at once never undo each other; an interrupted update
 * is announced on every page of the edition and finished on a later visit online; the copies
 * of another base path on the same origin are left alone.
 * Service workers need a fresh browser context per test (Playwright gives one).
 */
import { test, expect, type Page } from '@playwright/test';
import { bringIntoView } from './tools/scroll';
import { cacheName, parseCacheName } from '../src/lib/book/offline';

/** Our offline caches (not the fixtures of another copy of the site under /book2/). */
const ourCaches = async (page: Page) => (await page.evaluate(() => caches.keys())).filter((k) => parseCacheName(k) !== undefined && !OTHER_BASE.includes(k));
/** How many files the saves in progress have written. */
const entriesWritten = (page: Page) =>
  page.evaluate(async () => {
    let n = 0;
    for (const k of await caches.keys()) if (k.startsWith('fm-book') && (await caches.has(k))) n += (await (await caches.open(k)).keys()).length;
    return n;
  });
/** The complete copies (their list stored) and their versions. */
const copies = (page: Page) =>
  page.evaluate(async () => {
    const out: { name: string; version: string }[] = [];
    for (const k of await caches.keys()) {
      if (!k.startsWith('fm-book')) continue;
      const marker = await caches.match('/offline/en.json', { cacheName: k }); // (caches.open would make a deleted cache again)
      if (marker) out.push({ name: k, version: ((await marker.json()) as { version: string }).version });
    }
    return out;
  });
/** An older version's copy of the English edition, as this version names it. */
const OLD_EN = cacheName('/', 'en', '0000000000000000', 'k0');
/** The same, named as before caches carried the base path. */
const LEGACY_OLD_EN = 'fm-book-en-0000000000000000';
/** Copies made by another copy of the site, under /book2/ on the same origin (named before and after caches carried the base path). */
const OTHER_BASE = ['fm-book-en-0000aaaa', 'fm-book|/book2/|en|0000aaaa|k0'];

test.describe('offline reading', () => {
  test.setTimeout(180_000);

  test('save the Chinese edition, go offline, read two chapters, search in Chinese, use a calculator, remove the copy', async ({ page, context }) => {
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && !/net::ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(m.text())) errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto('/zh/');
    const box = page.locator('[data-offline]');
    await expect(box).toBeVisible();
    // Nothing is cached, no service worker, before the reader asks.
    expect(await ourCaches(page)).toEqual([]);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
    await expect(box.locator('[data-offline-size]')).toContainText(/总大小：[\d.]+ MB/);
    await expect(box.locator('[data-offline-training-label]')).toContainText(/TensorFlow\.js，[\d.]+ MB/);

    await box.getByRole('button', { name: '保存以便离线阅读' }).click();
    await expect(box.locator('[data-offline-status]')).toContainText('本版已保存在此设备上', { timeout: 120_000 });
    await expect(box.getByRole('button', { name: '删除离线副本' })).toBeVisible();
    expect((await ourCaches(page)).length).toBe(1);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    // The worker controls pages loaded from now on.
    await page.reload();
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

    await context.setOffline(true);
    for (const slug of ['background', 'algorithms']) {
      await page.goto(`/zh/${slug}/`);
      await expect(page.locator('h1')).toBeVisible();
      await expect(page.locator('main h2').first()).toBeVisible();
    }
    // Search in Chinese (Pagefind's code and index come from the saved copy).
    await page.locator('site-search button[data-open-modal]').click();
    await page.locator('#starlight__search input').fill('均方误差');
    await expect(page.locator('#starlight__search a[href="/zh/math/#mse"]').first()).toBeVisible({ timeout: 20_000 });
    await page.keyboard.press('Escape');

    // A calculator.
    await page.goto('/zh/math/');
    const fig = page.locator('figure#example-mse');
    await bringIntoView(fig);
    await expect(fig.locator('[data-hydrated="true"]')).toBeAttached();
    const inputs = fig.locator('.calc-inputs input');
    await inputs.nth(0).fill('3, -0.5, 2, 7');
    await inputs.nth(1).fill('2.5, 0, 2, 8');
    await expect(page.locator('#example-mse output[data-result="mse"]')).toHaveAttribute('data-value', '0.375');

    // What else a saved edition opens offline: the landing page, a URL without its trailing slash,
    // a parallel view, and a short link, which goes to the saved edition although the browser prefers English.
    await page.goto('/');
    await expect(page.locator('h1')).toBeVisible();
    await page.goto('/zh/background');
    await expect(page).toHaveURL(/\/zh\/background\/$/);
    await expect(page.locator('h1')).toBeVisible();
    await page.goto('/parallel/faq/');
    await expect(page.locator('h1')).toContainText('10.');
    await page.goto('/go/ex-1-1/');
    await expect(page).toHaveURL(/\/zh\/background\/#ex-1-1$/);
    await expect(page.locator('h1')).toBeVisible();

    await context.setOffline(false);
    await page.goto('/zh/');
    await box.getByRole('button', { name: '删除离线副本' }).click();
    await expect(box.locator('[data-offline-status]')).toContainText('离线副本已删除');
    expect(await ourCaches(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('a failed download keeps nothing and says so; a save interrupted by closing its tab is never reported as saved', async ({ page, request }) => {
    const list = (await (await request.get('/offline/en.json')).json()) as { files: { url: string }[] };
    await page.goto('/en/');
    const box = page.locator('[data-offline]');
    const status = box.locator('[data-offline-status]');
    await expect(box).toBeVisible();
    // The first file of the list fails.
    const first = `**/${list.files[0]!.url}`;
    await page.route(first, (r) => r.abort('failed'));
    await box.getByRole('button', { name: 'Save for offline reading' }).click();
    await expect(status).toContainText('Saving failed', { timeout: 120_000 });
    await page.unroute(first);
    expect(await ourCaches(page)).toEqual([]);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
    await expect(box.getByRole('button', { name: 'Save for offline reading' })).toBeEnabled();

    // A save interrupted by closing its tab (one file never answers, the rest is written): the cover
    // says that the save did not finish, and drops what it left.
    const other = await page.context().newPage();
    await other.route('**/pagefind/pagefind.js', () => {}); // never answered
    await other.goto('/en/');
    await other.locator('[data-offline]').getByRole('button', { name: 'Save for offline reading' }).click();
    await expect.poll(() => entriesWritten(page), { timeout: 60_000 }).toBeGreaterThan(20);
    await other.close();
    await page.reload();
    await expect(status).toContainText('The last save of this edition did not finish');
    await expect(status).not.toContainText('saved on this device');
    await expect(box.getByRole('button', { name: 'Remove offline copy' })).toBeHidden();
    await expect.poll(() => ourCaches(page)).toEqual([]);
  });

  test('two saves at once (both editions, two tabs) over an older copy: neither undoes the other, the older copy is replaced, another base path is left alone', async ({ context }) => {
    const en = await context.newPage();
    const zh = await context.newPage();
    // Each saves a part of its edition (its cover and a chapter, the search's code): the caches and
    // their clean-up are what is tested here, the whole edition is in the first test.
    for (const [page, lang] of [[en, 'en'], [zh, 'zh']] as const) {
      const list = (await (await page.request.get(`/offline/${lang}.json`)).json()) as { files: { url: string }[] };
      const part = { ...list, files: list.files.filter((f) => [`${lang}/`, `${lang}/background/`, 'pagefind/pagefind.js'].includes(f.url)) };
      await page.route(`**/offline/${lang}.json`, (r) => r.fulfill({ json: part }));
      await page.goto(`/${lang}/`);
    }
    const enBox = en.locator('[data-offline]');
    const zhBox = zh.locator('[data-offline]');
    const enStatus = enBox.locator('[data-offline-status]');
    const zhStatus = zhBox.locator('[data-offline-status]');
    // A complete copy of an older version of the English edition, named as before caches carried the
    // base path (its list stored as the marker); and complete copies of another copy of the site,
    // under /book2/ on the same origin, named both ways: never reported, replaced nor removed here.
    await en.evaluate(
      async ([old, others]) => {
        const c = await caches.open(old!);
        await c.put('/en/', new Response('<p>old</p>', { headers: { 'content-type': 'text/html' } }));
        await c.put('/offline/en.json', new Response(JSON.stringify({ version: '0000000000000000', lang: 'en', files: [{ url: 'en/', size: 10 }], training: [] })));
        for (const name of others as string[]) {
          const o = await caches.open(name);
          await o.put('/book2/en/', new Response('<p>book2</p>', { headers: { 'content-type': 'text/html' } }));
          await o.put('/book2/offline/en.json', new Response(JSON.stringify({ version: '0000aaaa', lang: 'en', files: [{ url: 'en/', size: 11 }], training: [] })));
        }
      },
      [LEGACY_OLD_EN, OTHER_BASE] as const,
    );
    await en.reload();
    // The status comes once the page's script has read every cache of the origin; on two busy cores
    // (the other test worker on a chapter page) that once took more than the default 10 s.
    await expect(enStatus).toContainText('An older offline copy is saved', { timeout: 30_000 });
    // The English save waits on one file until the Chinese save is done and its service worker is active.
    let release = () => {};
    const held = new Promise<void>((r) => (release = r));
    let reached = () => {};
    const waiting = new Promise<void>((r) => (reached = r));
    await en.route('**/pagefind/pagefind.js', async (r) => {
      reached();
      await held;
      await r.continue();
    });
    await enBox.getByRole('button', { name: 'Save for offline reading' }).click();
    await waiting;
    await expect.poll(() => entriesWritten(en)).toBeGreaterThan(6); // the planted caches' 6 entries, and some of the save's
    await zhBox.getByRole('button', { name: '保存以便离线阅读' }).click();
    await expect(zhStatus).toContainText('本版已保存在此设备上', { timeout: 120_000 });
    // The worker has activated (it claims the open pages last).
    await expect.poll(() => en.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    release();
    await expect(enStatus).toContainText('This edition is saved on this device', { timeout: 60_000 });
    await en.reload();
    await expect(enStatus).toContainText('This edition is saved on this device');
    await zh.reload();
    await expect(zhStatus).toContainText('本版已保存在此设备上');
    const names = await ourCaches(en);
    expect(names.map((n) => parseCacheName(n)?.lang).sort()).toEqual(['en', 'zh']);
    expect(names).not.toContain(LEGACY_OLD_EN);
    const others = () => en.evaluate(async (names) => Promise.all(names.map((n) => caches.has(n))), OTHER_BASE);
    expect(await others()).toEqual([true, true]);
    await enBox.getByRole('button', { name: 'Remove offline copy' }).click();
    await expect(enStatus).toContainText('The offline copy was removed');
    expect((await ourCaches(en)).map((n) => parseCacheName(n)?.lang)).toEqual(['zh']);
    expect(await others()).toEqual([true, true]);
  });

  test('an interrupted update of the copy: every page of the edition says so, and a later visit online finishes it', async ({ page, context, request }) => {
    const list = (await (await request.get('/offline/en.json')).json()) as { version: string; files: { url: string }[] };
    // The edition's list, for the page and the service worker: the cover and one chapter with every
    // script and style (a smaller download than the whole edition, which the first test saves).
    const some = { ...list, files: list.files.filter((f) => f.url.startsWith('_astro/') || f.url === 'en/' || f.url === 'en/background/') };
    await context.route('**/offline/en.json', (r) => r.fulfill({ json: some }));
    await page.goto('/en/');
    const box = page.locator('[data-offline]');
    await box.getByRole('button', { name: 'Save for offline reading' }).click();
    await expect(box.locator('[data-offline-status]')).toContainText('This edition is saved on this device', { timeout: 120_000 });
    // What an update interrupted by the network leaves: a complete copy of an older version, with the
    // current service worker active. (The copy's files are this version's: its pages carry the notice.)
    await page.evaluate(async ([oldName]) => {
      const name = (await caches.keys()).find((k) => k.startsWith('fm-book'))!;
      const from = await caches.open(name);
      const to = await caches.open(oldName!);
      for (const req of await from.keys()) await to.put(req, (await from.match(req))!);
      const stored = await (await to.match('/offline/en.json'))!.json();
      await to.put('/offline/en.json', new Response(JSON.stringify({ ...stored, version: '0000000000000000' }), { headers: { 'content-type': 'application/json' } }));
      await caches.delete(name);
    }, [OLD_EN]);
    const notice = page.locator('[data-offline-notice]');
    await context.setOffline(true);
    for (const path of ['/en/', '/en/background/']) {
      await page.goto(path);
      await expect(notice).toBeVisible();
      await expect(notice).toContainText('update of this offline copy has not finished');
      if (path === '/en/') await expect(box.locator('[data-offline-status]')).toContainText('An older offline copy is saved');
    }
    await context.setOffline(false);
    // A later visit online: the worker downloads this version and only then deletes the older copy.
    await page.goto('/en/background/');
    await expect.poll(async () => (await copies(page)).map((c) => c.version), { timeout: 120_000 }).toEqual([list.version]);
    await page.goto('/en/');
    await expect(box.locator('[data-offline-status]')).toContainText('This edition is saved on this device');
    await expect(notice).toBeHidden();
  });

  test('without service workers the control stays hidden', async ({ browser }) => {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.addInitScript(() => {
      // A browser without service workers.
      delete (Navigator.prototype as unknown as { serviceWorker?: unknown }).serviceWorker;
    });
    await page.goto('/en/');
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.locator('[data-offline]')).toBeHidden();
    await context.close();
  });
});
