import { test, expect, type Page, type Locator } from '@playwright/test';
import { axeOn } from './gates/checks';
import { gzipSync } from 'node:zlib';
import {
  DEFAULTS,
  SURFACE_INFO,
  defaultSettings,
  fieldText,
  finalResult,
  nudge,
  nudgeStep,
  parseUrlState,
  run,
  type Settings,
} from '../src/lib/playground';
import { STRINGS } from '../src/lib/playground/strings';
import { pageJs } from './gates/js';
import { htmlOf } from './gates/site';
import { bringIntoView } from './tools/scroll';

const FIG = '#example-optimizer-playground';
const LANGS = ['en', 'zh'] as const;

function watch(page: Page) {
  const problems: string[] = [];
  page.on('console', (m) => {
    // The site has no favicon yet (not this island's concern).
    if (m.type() === 'error' && !/favicon|status of 404/.test(m.text())) problems.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.protocol.startsWith('http') && u.hostname !== '127.0.0.1')
      problems.push(`request to another origin: ${r.url()}`);
  });
  return problems;
}

/**
 * The playground on its embed page: the same island as in chapter 4, on a small page instead of the
 * chapter, the largest page of the book (the chapter's own copy is tested without JavaScript and for when it loads, below).
 * The fragment only checks that the URL keeps it.
 */
async function open(page: Page, lang: string, query = '', hash = '#optimizers'): Promise<Locator> {
  await page.goto(`/${lang}/embed/optimizer-playground/${query}${hash}`);
  const fig = page.locator(FIG);
  await bringIntoView(fig);
  await expect(fig).toHaveAttribute('data-ready', 'true');
  return fig;
}

/** The expected outputs for a setting, from the same src/lib code. */
function expected(s: Settings) {
  return run(s).map(finalResult);
}

async function expectOutputs(fig: Locator, s: Settings) {
  const exp = expected(s);
  await expect(fig.locator('output[data-result^="final-loss-"]')).toHaveCount(exp.length);
  for (const f of exp) {
    const lossOut = fig.locator(`output[data-result="final-loss-${f.opt}"]`);
    const pointOut = fig.locator(`output[data-result="final-point-${f.opt}"]`);
    await expect(lossOut).toHaveAttribute('data-value', /.+/);
    const lv = Number(await lossOut.getAttribute('data-value'));
    if (Number.isFinite(f.loss)) expect(lv).toBeCloseTo(f.loss, 9);
    else expect(lv).toBe(f.loss);
    const pv = JSON.parse((await pointOut.getAttribute('data-value'))!) as number[];
    expect(pv).toHaveLength(2);
    expect(pv[0]).toBeCloseTo(f.point[0], 9);
    expect(pv[1]).toBeCloseTo(f.point[1], 9);
  }
}

async function noNaN(fig: Locator) {
  expect(await fig.innerText()).not.toMatch(/NaN/);
  const attrs = await fig.evaluate((el) =>
    [...el.querySelectorAll('*')].flatMap((n) => [...n.attributes].map((a) => `${n.tagName}[${a.name}]=${a.value}`)),
  );
  expect(attrs.filter((a) => /NaN/.test(a))).toEqual([]);
}

for (const lang of LANGS) {
  const t = STRINGS[lang];

  test(`${lang}: default setting renders and hydrates with the contract outputs`, async ({ page }) => {
    const problems = watch(page);
    const fig = await open(page, lang);
    await expect(fig.locator('figcaption')).toHaveText(t.caption(defaultSettings()));
    expect(await fig.locator('.opg-contours path').count()).toBeGreaterThan(5);
    await expect(fig.locator('.opg-path')).toHaveCount(4);
    await expectOutputs(fig, defaultSettings());
    await expect(fig.locator('[role="alert"]')).toBeEmpty();
    await noNaN(fig);
    expect(problems).toEqual([]);
  });

  test(`${lang}: driven by the controls; the URL follows (other params and #fragment kept)`, async ({ page }) => {
    const problems = watch(page);
    const fig = await open(page, lang, '?keep=me');
    await fig.getByLabel(t.fieldName.surface, { exact: true }).selectOption('rosenbrock');
    await expect(fig.getByLabel(t.fieldName.start, { exact: true })).toHaveValue('-1.5, 1.5');
    await fig.getByRole('checkbox', { name: t.optName.sgd }).uncheck();
    await fig.getByRole('checkbox', { name: t.optName.momentum }).uncheck();
    const lr = fig.getByLabel(t.fieldName.lr, { exact: true });
    await lr.fill('0.001');
    await lr.press('Enter');
    const steps = fig.getByLabel(t.fieldName.steps, { exact: true });
    await steps.fill('200');
    await steps.press('Tab');
    const s: Settings = {
      ...defaultSettings(),
      surface: 'rosenbrock',
      start: [-1.5, 1.5],
      opts: ['gd', 'adam'],
      lr: 0.001,
      steps: 200,
    };
    await expectOutputs(fig, s);
    await expect(fig.locator('output[data-result="final-loss-sgd"]')).toHaveCount(0);
    await expect(fig.locator('figcaption')).toHaveText(t.caption(s));
    // The URL is written in an effect, after the render the outputs show: wait for it.
    await expect.poll(() => parseUrlState(new URL(page.url()).search).settings).toEqual(s);
    const url = new URL(page.url());
    expect(url.searchParams.get('keep')).toBe('me');
    expect(url.hash).toBe('#optimizers');
    // The momentum form: same steps for a constant learning rate.
    await fig.getByRole('checkbox', { name: t.optName.momentum }).check();
    const before = await fig.locator('output[data-result="final-point-momentum"]').getAttribute('data-value');
    await fig.getByLabel(t.fieldName.form, { exact: true }).selectOption('seed');
    await expect.poll(() => new URL(page.url()).searchParams.get('playground.momentum')).toBe('seed');
    const after = JSON.parse(
      (await fig.locator('output[data-result="final-point-momentum"]').getAttribute('data-value'))!,
    );
    const b = JSON.parse(before!);
    expect(after[0]).toBeCloseTo(b[0], 9);
    expect(problems).toEqual([]);
  });

  test(`${lang}: driven by the URL`, async ({ page }) => {
    const fig = await open(
      page,
      lang,
      '?playground.surface=rosenbrock&playground.opt=gd,adam&playground.steps=200&playground.lr=0.002',
    );
    const s = parseUrlState(
      '?playground.surface=rosenbrock&playground.opt=gd,adam&playground.steps=200&playground.lr=0.002',
    ).settings;
    expect(s.opts).toEqual(['gd', 'adam']);
    await expectOutputs(fig, s);
    await expect(fig.getByLabel(t.fieldName.lr, { exact: true })).toHaveValue('0.002');
    await expect(fig.getByRole('combobox', { name: t.fieldName.surface })).toHaveValue('rosenbrock');
    await expect(fig.locator('[role="alert"]')).toBeEmpty();
  });

  test(`${lang}: large learning rate diverges, shown as such, never NaN`, async ({ page }) => {
    const fig = await open(page, lang, '?playground.lr=1');
    const s = { ...defaultSettings(), lr: 1 };
    const gd = expected(s).find((f) => f.opt === 'gd')!;
    expect(gd.divergedAt).not.toBeNull();
    await expect(fig.locator('output[data-result="final-loss-gd"]')).toHaveAttribute('data-value', 'Infinity');
    await expect(fig.locator('.opg-results li[data-opt="gd"]')).toContainText(t.divergedAt(gd.divergedAt!));
    await expectOutputs(fig, s);
    await noNaN(fig);
    // The path is still drawn (up to where it left the view).
    expect((await fig.locator('.opg-path[data-opt="gd"] path').first().getAttribute('d'))!.length).toBeGreaterThan(10);
    // And via the controls, on the saddle: a downhill escape is −∞.
    await fig.getByLabel(t.fieldName.surface, { exact: true }).selectOption('saddle');
    const steps = fig.getByLabel(t.fieldName.steps, { exact: true });
    await steps.fill('1000');
    await steps.press('Enter');
    await expect(fig.locator('output[data-result="final-loss-gd"]')).toHaveAttribute('data-value', '-Infinity');
    await noNaN(fig);
  });

  test(`${lang}: bad URL parameters → alert, defaults kept, nothing inserted as HTML`, async ({ page }) => {
    const fig = await open(
      page,
      lang,
      `?playground.lr=banana&playground.steps=5000&playground.surface=${encodeURIComponent('<img src=x id=pwned>')}&playground.zoom=2`,
    );
    const alert = fig.locator('[role="alert"]');
    await expect(alert).toContainText('playground.lr');
    await expect(alert).toContainText('playground.steps');
    await expect(alert).toContainText('playground.surface');
    await expect(alert).not.toContainText('playground.zoom');
    await expect(alert).toContainText(t.fieldName.lr);
    await expect(alert.locator('p')).toHaveCount(3);
    await expect(page.locator('#pwned')).toHaveCount(0);
    await expect(fig.getByLabel(t.fieldName.lr, { exact: true })).toHaveValue(String(DEFAULTS.lr));
    await expect(fig.getByLabel(t.fieldName.steps, { exact: true })).toHaveValue(String(DEFAULTS.steps));
    await expectOutputs(fig, defaultSettings());
  });

  test(`${lang}: typed bad values are refused, the last valid value kept`, async ({ page }) => {
    const fig = await open(page, lang);
    const lr = fig.getByLabel(t.fieldName.lr, { exact: true });
    await lr.fill('0.02');
    await lr.press('Enter');
    const good = { ...defaultSettings(), lr: 0.02 };
    await expectOutputs(fig, good);
    await lr.fill('abc');
    await lr.press('Enter');
    await expect(lr).toHaveAttribute('aria-invalid', 'true');
    await expect(fig.locator('[role="alert"]')).toContainText(t.fieldName.lr);
    await expectOutputs(fig, good);
    const beta = fig.getByLabel(t.fieldName.beta, { exact: true });
    await beta.fill('1');
    await beta.press('Enter');
    await expect(fig.locator('[role="alert"] p')).toHaveCount(2);
    await expectOutputs(fig, good);
    // A valid value clears the message.
    await lr.fill('0.02');
    await beta.fill('0.5');
    await beta.press('Enter');
    await expect(fig.locator('[role="alert"]')).toBeEmpty();
    await expectOutputs(fig, { ...good, beta: 0.5 });
    // The last optimizer cannot be unchecked.
    for (const o of ['gd', 'sgd', 'momentum'] as const)
      await fig.getByRole('checkbox', { name: t.optName[o] }).uncheck();
    await fig.getByRole('checkbox', { name: t.optName.adam }).click();
    await expect(fig.getByRole('checkbox', { name: t.optName.adam })).toBeChecked();
    await expect(fig.locator('[role="alert"]')).toContainText(t.fieldName.opt);
  });

  test(`${lang}: keyboard — arrow keys move the start point, controls reachable by Tab`, async ({ page }) => {
    const fig = await open(page, lang);
    const plot = fig.locator('svg.opg-plot');
    await plot.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Shift+ArrowDown');
    const v = SURFACE_INFO.bowl.view;
    const d = nudgeStep(v);
    let p = nudge(v, DEFAULTS.start, d, 0);
    p = nudge(v, p, 0, d);
    p = nudge(v, p, 0, -5 * d);
    await expect(fig.getByLabel(t.fieldName.start, { exact: true })).toHaveValue(`${p[0]}, ${p[1]}`);
    await expectOutputs(fig, { ...defaultSettings(), start: p });
    // Tab from the plot reaches every control in order.
    const seen = new Set<string>();
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('Tab');
      const label = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return el ? el.id || el.getAttribute('aria-label') || el.textContent?.trim() || el.tagName : '';
      });
      seen.add(label);
    }
    for (const want of [
      'opg-surface',
      'opg-lr',
      'opg-beta',
      'opg-steps',
      'opg-noise',
      'opg-seed',
      'opg-start',
      t.play,
      t.copyLink,
      t.lrSlider,
    ]) {
      expect([...seen], want).toContain(want);
    }
    // Buttons work from the keyboard.
    await fig.getByRole('button', { name: t.reset }).focus();
    await page.keyboard.press('Enter');
    await expect(fig.locator('.opg-status')).toContainText(t.stepOf(0, DEFAULTS.steps));
    await fig.getByRole('button', { name: t.step }).focus();
    await page.keyboard.press('Space');
    await expect(fig.locator('.opg-status')).toContainText(t.stepOf(1, DEFAULTS.steps));
  });

  test(`${lang}: the page without JavaScript has the SVG, caption and outputs`, async ({ browser }) => {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(`/${lang}/math/`);
    const fig = page.locator(FIG);
    await expect(fig).toBeVisible();
    await expect(fig.locator('figcaption')).toHaveText(t.caption(defaultSettings()));
    expect(await fig.locator('svg.opg-plot .opg-contours path').count()).toBeGreaterThan(5);
    await expect(fig.locator('.opg-path')).toHaveCount(4);
    await expectOutputs(fig, defaultSettings());
    await expect(fig.locator('fieldset.opg-controls')).toHaveAttribute('disabled', '');
    // Without JavaScript nothing can be typed: each setting is its value as text, named by its label
    // (src/islands/static-field.tsx); no text field, select or checkbox is in the static HTML (the
    // sliders are, disabled with their fieldset: Chromium's load-time form check skips them).
    const lr = fig.getByLabel(t.fieldName.lr, { exact: true });
    await expect(lr).toHaveJSProperty('tagName', 'OUTPUT');
    await expect(lr).toHaveText(fieldText(defaultSettings(), 'lr'));
    await expect(fig.locator('input:not([type="range"]), select, textarea')).toHaveCount(0);
    await expect(fig.getByRole('slider', { name: t.lrSlider })).toBeDisabled();
    await expect(page.locator('.opg-noscript')).toHaveText(t.noscript);
    await ctx.close();
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`${lang}: axe-clean (${theme} theme), also with an error shown`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      const fig = await open(page, lang);
      await page.evaluate((th) => document.documentElement.setAttribute('data-theme', th), theme);
      const scan = () =>
        axeOn(page).include(FIG).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect((await scan()).violations).toEqual([]);
      const lr = fig.getByLabel(t.fieldName.lr, { exact: true });
      await lr.fill('-1');
      await lr.press('Enter');
      await fig.locator('details.opg-table summary').click();
      await expect(fig.locator('[role="alert"] p')).toHaveCount(1);
      expect((await scan()).violations).toEqual([]);
    });
  }
}

test('no horizontal page scroll at 360 px; tap targets at least 24 px', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  const fig = await open(page, 'zh');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  const small = await fig.evaluate((el) =>
    [...el.querySelectorAll('button, input, select, summary')]
      .map((n) => {
        const r = n.getBoundingClientRect();
        return {
          id: n.id || n.getAttribute('aria-label') || n.textContent,
          w: r.width,
          h: r.height,
          type: (n as HTMLInputElement).type,
        };
      })
      // Checkboxes sit in a ≥24 px label that toggles them.
      .filter((r) => r.type !== 'checkbox' && (r.w < 24 || r.h < 24)),
  );
  expect(small).toEqual([]);
});

test('pointer: click places the start point, dragging moves it', async ({ page }) => {
  const fig = await open(page, 'en');
  const plot = fig.locator('svg.opg-plot');
  await bringIntoView(plot);
  const ring = fig.locator('.opg-start-hit');
  const box = (await ring.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 60, box.y + box.height / 2 + 40, { steps: 5 });
  await page.mouse.up();
  const text = await fig.getByLabel('Start point (x, y)', { exact: true }).inputValue();
  const [x, y] = text.split(',').map(Number);
  expect(x).toBeGreaterThan(DEFAULTS.start[0]);
  expect(y).toBeLessThan(DEFAULTS.start[1]);
  await expectOutputs(fig, { ...defaultSettings(), start: [x!, y!] });
});

test('play animates to the end; reduced motion jumps there; frame time reported', async ({ page }) => {
  const fig = await open(page, 'en', '?playground.steps=1000');
  const t = STRINGS.en;
  await fig.getByRole('button', { name: t.play }).click();
  await expect(fig.locator('.opg-status')).toContainText(t.stepOf(1000, 1000), { timeout: 30_000 });
  await expect(fig.getByRole('button', { name: t.play, exact: true })).toBeVisible();
  const frames = await page.evaluate(() =>
    performance.getEntriesByName('optimizer-playground-frame').map((e) => e.duration),
  );
  expect(frames.length).toBeGreaterThan(10);
  const sorted = [...frames].sort((a, b) => a - b);
  const q = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!.toFixed(2);
  console.log(
    `[playground] frame render (1000 steps × 4 optimizers): n=${frames.length} median=${q(0.5)} ms p90=${q(0.9)} ms max=${q(1)} ms (target < 8 ms; reported, not asserted)`,
  );
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await fig.getByRole('button', { name: t.reset }).click();
  await expect(fig.locator('.opg-status')).toContainText(t.stepOf(0, 1000));
  await fig.getByRole('button', { name: t.play }).click();
  await expect(fig.locator('.opg-status')).toContainText(t.stepOf(1000, 1000));
  await expect(fig.getByRole('button', { name: t.play, exact: true })).toBeVisible();
});

test('copy link copies the URL with the playground parameters', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const fig = await open(page, 'en', '?x=1');
  const t = STRINGS.en;
  const seed = fig.getByLabel(t.fieldName.seed, { exact: true });
  await seed.fill('7');
  await seed.press('Enter');
  await fig.getByRole('button', { name: t.copyLink }).click();
  await expect(fig.locator('.opg-copy-status')).toHaveText(t.copied);
  const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
  expect(copied.searchParams.get('x')).toBe('1');
  expect(copied.hash).toBe('#optimizers');
  expect(parseUrlState(copied.search).settings).toEqual({ ...defaultSettings(), seed: 7 });
});

test('the island loads only when scrolled into view and adds at most 40 KB gzipped', async ({ page }) => {
  // The playground's own modules (its static import graph in dist/, beyond what the page loads
  // anyway): only these are counted. While scrolling, a calculator on the way may hydrate too,
  // and its modules are not the playground's.
  const islands = [...pageJs('/en/math/', htmlOf('/en/math/')).islands];
  const own = new Set(islands.filter(([comp]) => comp.includes('OptimizerPlayground')).flatMap(([, mods]) => [...mods]));
  expect(own.size).toBeGreaterThan(0);
  await page.setViewportSize({ width: 1000, height: 300 });
  const loaded: { url: string; body: Buffer }[] = [];
  let scrolled = false;
  page.on('response', async (r) => {
    if (!r.url().endsWith('.js') || !scrolled) return;
    loaded.push({ url: r.url(), body: await r.body() });
  });
  await page.goto('/en/math/');
  await page.waitForLoadState('networkidle');
  await expect(page.locator(FIG)).toHaveAttribute('data-ready', 'false');
  scrolled = true;
  await bringIntoView(page.locator(FIG));
  await expect(page.locator(FIG)).toHaveAttribute('data-ready', 'true');
  await page.waitForLoadState('networkidle');
  const mine = loaded.filter((l) => own.has(new URL(l.url).pathname));
  expect(mine.some((l) => /OptimizerPlayground/.test(l.url))).toBe(true);
  const gz = mine.reduce((n, l) => n + gzipSync(l.body, { level: 9 }).length, 0);
  console.log(`[playground] island JS fetched after scrolling into view: ${mine.length} files, ${(gz / 1024).toFixed(1)} KB gzipped`);
  expect(gz).toBeLessThanOrEqual(40 * 1024);
});
