import { test, expect, type Page } from '@playwright/test';
import { defaultResult, EXAMPLE_NAMES, EXAMPLES } from '../src/lib/examples/examples';
import { dataValue } from '../src/lib/maths/numbers';
import { bringIntoView } from './tools/scroll';
import { htmlOf } from './gates/site';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';

const LANGS = ['en', 'zh'] as const;
const label = (name: (typeof EXAMPLE_NAMES)[number], field: string, lang: 'en' | 'zh') =>
  EXAMPLES[name].fields.find((f) => f.name === field)!.label[lang];

async function hydrated(page: Page, name: string) {
  const fig = page.locator(`figure#example-${name}`);
  await bringIntoView(fig);
  await expect(fig.locator('[data-hydrated="true"]')).toBeAttached();
  return fig;
}

/**
 * An example's own behaviour (editing, bad input, URL data) is tested on its embed page, the same
 * island on a small page; what needs the chapter (the book's values beside its prose, course links,
 * copied links, the page without JavaScript) on chapter 4.
 */
const embed = (lang: string, name: string, query = '') => `/${lang}/embed/${name}/${query}`;

const out = (page: Page, name: string, result: string) => page.locator(`#example-${name} output[data-result="${result}"]`);

const built = (path: string) => fromHtml(htmlOf(path));
const attr = (root: ReturnType<typeof fromHtml>, selector: string) => {
  const e = select(selector, root);
  return e ? String(e.properties.dataValue) : undefined;
};

// The values every reader gets first (and readers without JavaScript keep) are the server's: read
// from the built chapter. The browser recomputes the same code (the embeds' tests below).
test('every example shows the book’s values, computed, and the prose shows the same values (both editions, from the HTML)', () => {
  for (const lang of LANGS) {
    const ch4 = built(`/${lang}/math/`);
    const outOf = (name: string, result: string) => select(`#example-${name} output[data-result="${result}"]`, ch4);
    for (const name of EXAMPLE_NAMES) {
      const fig = select(`figure#example-${name}`, ch4)!;
      expect(select('.calc-formula .katex', fig), `${lang} ${name}: formula`).not.toBeNull();
      expect(selectAll('tbody tr', fig).length, `${lang} ${name}: table`).toBeGreaterThan(0);
      for (const [key, value] of Object.entries(defaultResult(name).results)) expect(String(outOf(name, key)?.properties.dataValue), `${lang} ${name}.${key}`).toBe(dataValue(value));
    }
    expect(toString(outOf('mse', 'mse')!)).toBe('0.056');
    expect(toString(outOf('cross-entropy', 'cross-entropy')!)).toBe('0.137036');
    expect(toString(outOf('sgd', 'theta-next')!)).toBe('[0.999, 2.001, 2.999, 4.001, 4.999]');
    expect(toString(outOf('momentum', 'theta-next')!)).toBe('[1.089, 1.911, 3.089, 3.911, 5.089]');
    // The prose values equal the calculators' defaults.
    for (const [computed, result] of [
      ['mse.mse', 'mse'],
      ['sgd.theta-next', 'theta-next'],
      ['gd.theta-next', 'theta-next'],
      ['cross-entropy.cross-entropy', 'cross-entropy'],
      ['momentum.theta-next', 'theta-next'],
    ] as const) {
      expect(attr(ch4, `[data-computed="${computed}"]`), computed).toBe(String(outOf(computed.split('.')[0]!, result)!.properties.dataValue));
    }
  }
});

for (const lang of LANGS) {
  test.describe(`calculators (${lang})`, () => {
    test('editing recomputes every step and updates the URL', async ({ page }) => {
      await page.goto(embed(lang, 'mse'));
      const fig = await hydrated(page, 'mse');
      await fig.getByLabel(label('mse', 'y', lang), { exact: true }).fill('3, -0.5, 2, 7');
      await fig.getByLabel(label('mse', 'yhat', lang), { exact: true }).fill('2.5, 0, 2, 8');
      await expect(out(page, 'mse', 'mse')).toHaveAttribute('data-value', '0.375');
      await expect(fig.locator('tbody tr')).toHaveCount(4);
      await expect(fig.locator('.calc-formula .katex')).toBeVisible();
      await expect(fig.locator('.calc-formula')).toContainText('0.375');
      expect(decodeURIComponent(page.url())).toContain('mse.y=3,-0.5,2,7');
      expect(decodeURIComponent(page.url())).toContain('mse.yhat=2.5,0,2,8');
    });

    test('URL parameters set the example on load (course links)', async ({ page }) => {
      // (Two examples' parameters in one link, as a course link may carry them.)
      await page.goto(`/${lang}/math/?mse.y=3,-0.5,2,7&mse.yhat=2.5,0,2,8&unknown=1&momentum.form=pytorch&momentum.steps=3#mse`);
      await hydrated(page, 'mse');
      await expect(out(page, 'mse', 'mse')).toHaveAttribute('data-value', '0.375');
      await hydrated(page, 'momentum');
      await expect(page.locator('#example-momentum select')).toHaveValue('pytorch');
      const v = JSON.parse((await out(page, 'momentum', 'v-next').getAttribute('data-value'))!) as number[];
      // v ← 0.9 v + g three times from v0 = g = 0.1: 0.1·(0.9³ + 0.9² + 0.9 + 1)
      expect(v[0]).toBeCloseTo(0.1 * (0.729 + 0.81 + 0.9 + 1), 12);
    });

    test('bad input: a clear message naming the field, the last result kept and marked stale', async ({ page }) => {
      await page.goto(embed(lang, 'cross-entropy'));
      const fig = await hydrated(page, 'cross-entropy');
      await fig.getByLabel(label('cross-entropy', 'p', lang), { exact: true }).fill('0.3, 1.7, 0.8, 0.2, 0.9');
      const alert = fig.getByRole('alert');
      await expect(alert).toContainText(label('cross-entropy', 'p', lang));
      await expect(alert).toContainText(lang === 'en' ? 'probabilities must be between 0 and 1' : '概率必须在 0 到 1 之间');
      await expect(out(page, 'cross-entropy', 'cross-entropy')).toHaveAttribute('data-stale', 'true');
      await expect(out(page, 'cross-entropy', 'cross-entropy')).toHaveAttribute('data-value', dataValue(defaultResult('cross-entropy').results['cross-entropy']!));
      await fig.getByLabel(label('cross-entropy', 'p', lang), { exact: true }).fill('abc');
      await expect(alert).toContainText('abc');
      await fig.getByLabel(label('cross-entropy', 'y', lang), { exact: true }).fill('1, 0');
      await expect(fig.locator('output').first()).not.toContainText('NaN');
      // A binary label check in the binary form.
      await fig.getByLabel(label('cross-entropy', 'p', lang), { exact: true }).fill('0.3, 0.7');
      await fig.getByLabel(label('cross-entropy', 'form', lang), { exact: true }).selectOption('binary');
      await fig.getByLabel(label('cross-entropy', 'y', lang), { exact: true }).fill('1, 0.5');
      await expect(alert).toContainText(lang === 'en' ? '0 or 1' : '0 或 1');
      // Lengths that differ.
      await page.goto(embed(lang, 'gd'));
      const gd = await hydrated(page, 'gd');
      await gd.getByLabel(label('gd', 'grad', lang), { exact: true }).fill('0.1, 0.2');
      await expect(gd.getByRole('alert')).toContainText(label('gd', 'grad', lang));
      await gd.getByLabel(label('gd', 'lr', lang), { exact: true }).fill('Infinity');
      await expect(gd.getByRole('alert')).toContainText(label('gd', 'lr', lang));
      await expect(gd.locator('output')).not.toContainText('Infinity');
    });

    test('a zero probability with label 1 is clipped and explained, not Infinity', async ({ page }) => {
      await page.goto(embed(lang, 'cross-entropy', '?cross-entropy.p=0.3,0,0.8,0.2,0.9'));
      const fig = await hydrated(page, 'cross-entropy');
      await expect(fig.locator('.calc-note')).toContainText('1e-7');
      const v = Number(await out(page, 'cross-entropy', 'cross-entropy').getAttribute('data-value'));
      expect(Number.isFinite(v)).toBe(true);
      expect(v).toBeGreaterThan(3);
    });

    test('URL parameters are data, never HTML', async ({ page }) => {
      let dialog = false;
      page.on('dialog', (d) => {
        dialog = true;
        void d.dismiss();
      });
      await page.goto(embed(lang, 'mse', `?mse.y=${encodeURIComponent('<img src=x onerror=alert(1)>')}&momentum.form=${encodeURIComponent('<b>x</b>')}`));
      const fig = await hydrated(page, 'mse');
      await expect(fig.getByRole('alert')).toContainText('<img src=x');
      expect(await page.locator('#example-mse img').count()).toBe(0);
      // The last good (default) result stays.
      await expect(out(page, 'mse', 'mse')).toHaveAttribute('data-value', dataValue(defaultResult('mse').results.mse!));
      await page.goto(embed(lang, 'momentum', `?mse.y=${encodeURIComponent('<img src=x onerror=alert(1)>')}&momentum.form=${encodeURIComponent('<b>x</b>')}`));
      const mom = await hydrated(page, 'momentum');
      await expect(mom.getByRole('alert')).toContainText('<b>x</b>');
      expect(await page.locator('#example-momentum b, img[src="x"]').count()).toBe(0);
      expect(dialog).toBe(false);
    });

    test('copy link produces a URL that restores the example', async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.goto(`/${lang}/math/`);
      const fig = await hydrated(page, 'sgd');
      await fig.getByLabel(label('sgd', 'lr', lang), { exact: true }).fill('0.5');
      await fig.getByRole('button', { name: lang === 'en' ? 'Copy link to this example' : '复制本例链接' }).click();
      await expect(fig.locator('.calc-status')).toHaveText(lang === 'en' ? 'Link copied' : '链接已复制');
      const link = await page.evaluate(() => navigator.clipboard.readText());
      expect(link).toContain('sgd.lr=0.5');
      expect(link).toContain('#example-sgd');
      const fresh = await context.newPage();
      await fresh.goto(link);
      await hydrated(fresh, 'sgd');
      await expect(fresh.locator('#example-sgd output[data-result="theta-next"]')).toHaveAttribute('data-value', '[0.95,2.05,2.95,4.05,4.95]');
    });
  });
}

// (The values and tables are read from both editions' HTML above; here what a browser without
// JavaScript shows, in the Chinese edition: the English chapter is in the gates' no-JS browser sample.)
test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const lang of ['zh'] as const) {
    test(`the worked examples are complete in the static page (${lang})`, async ({ page }) => {
      await page.goto(`/${lang}/math/`);
      for (const name of EXAMPLE_NAMES) {
        const fig = page.locator(`figure#example-${name}`);
        await expect(fig.locator('.calc-formula .katex')).toBeVisible();
        expect(await fig.locator('tbody tr').count()).toBeGreaterThan(0);
        for (const [key, value] of Object.entries(defaultResult(name).results)) {
          await expect(fig.locator(`output[data-result="${key}"]`)).toHaveAttribute('data-value', dataValue(value));
        }
        for (const f of EXAMPLES[name].fields) await expect(fig.getByLabel(f.label[lang], { exact: true })).toBeVisible();
      }
    });
  }
});
