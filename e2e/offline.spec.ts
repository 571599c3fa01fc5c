/**
 * Offline reading (issue 18): nothing cached before the reader asks; saving an edition
 * shows progress and the total size; then, with the network off (Playwright's offline
 * mode), two chapters read, the search finds Chinese words and a calculator computes;
 * "Remove offline copy" empties the caches; a failed download keeps nothing.
 * Service workers need a fresh browser context per test (Playwright gives one).
 */
import { test, expect, type Page } from '@playwright/test';
import { bringIntoView } from './tools/scroll';

const ourCaches = (page: Page) => page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('fm-book-')));

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

    await context.setOffline(false);
    await page.goto('/zh/');
    await box.getByRole('button', { name: '删除离线副本' }).click();
    await expect(box.locator('[data-offline-status]')).toContainText('离线副本已删除');
    expect(await ourCaches(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('a failed download keeps nothing and says so; the site works online as before', async ({ page }) => {
    await page.goto('/en/');
    const box = page.locator('[data-offline]');
    await expect(box).toBeVisible();
    // One file of the list fails.
    await page.route('**/pagefind/pagefind.js', (r) => r.abort('failed'));
    await box.getByRole('button', { name: 'Save for offline reading' }).click();
    await expect(box.locator('[data-offline-status]')).toContainText('Saving failed', { timeout: 120_000 });
    expect(await ourCaches(page)).toEqual([]);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
    await expect(box.getByRole('button', { name: 'Save for offline reading' })).toBeEnabled();
  });

  test('an older saved copy is reported and replaced by the current version', async ({ page }) => {
    await page.goto('/en/');
    const box = page.locator('[data-offline]');
    await expect(box).toBeVisible();
    // A complete copy of an older version of the site (its list stored as the marker).
    await page.evaluate(async () => {
      const c = await caches.open('fm-book-en-0000000000000000');
      await c.put('/en/', new Response('<p>old</p>', { headers: { 'content-type': 'text/html' } }));
      await c.put('/offline/en.json', new Response(JSON.stringify({ version: '0000000000000000', lang: 'en', files: [{ url: 'en/', size: 10 }], training: [] })));
    });
    await page.reload();
    await expect(box.locator('[data-offline-status]')).toContainText('An older offline copy is saved');
    await box.getByRole('button', { name: 'Save for offline reading' }).click();
    await expect(box.locator('[data-offline-status]')).toContainText('This edition is saved on this device', { timeout: 120_000 });
    const names = await ourCaches(page);
    expect(names).toHaveLength(1);
    expect(names[0]).not.toBe('fm-book-en-0000000000000000');
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
