import { test, expect, type Page, type Locator } from '@playwright/test';
import { axeOn } from './gates/checks';

/**
 * The tiny language-model lab (chapter 5, figure#example-tiny-lm), on its embed pages (small pages,
 * the same island and static view as the chapter). Runs are a few steps long.
 */
const LANGS = {
  en: { train: 'Train', stop: 'Stop', reset: 'Reset', generate: 'Generate', layers: 'Layers', corpus: 'Corpus', own: 'Your text', table: 'Attention as a table', held: 'held out for validation' },
  zh: { train: '训练', stop: '停止', reset: '重置', generate: '生成', layers: '层数', corpus: '语料', own: '你的文本', table: '以表格显示注意力', held: '留出用于验证的小节' },
} as const;

/** What must not load before the reader presses Train or Generate: TensorFlow.js, the worker, the corpus, the checkpoint. */
const HEAVY = /tfjs|\.wasm|worker|\/lm\/corpus\.json|\/lm\/pretrained\.bin/;

const lab = (page: Page): Locator => page.locator('figure#example-tiny-lm');
const result = (page: Page, name: string): Locator => lab(page).locator(`output[data-result="${name}"]`);
const button = (page: Page, name: string): Locator => lab(page).getByRole('button', { name, exact: true });

async function open(page: Page, lang: 'en' | 'zh', query = ''): Promise<Locator> {
  await page.goto(`/${lang}/embed/tiny-lm/${query}`);
  const figure = lab(page);
  await expect(figure).toHaveAttribute('data-hydrated', 'true');
  return figure;
}

async function expectNoLeak(page: Page): Promise<void> {
  const tensors = result(page, 'tensors');
  // The worker holds no tensor between messages: the count before a run (the baseline) is where it returns.
  const baseline = await tensors.getAttribute('data-baseline');
  expect(baseline).toMatch(/^\d+$/);
  await expect(tensors).toHaveAttribute('data-value', baseline!);
}

test('without JavaScript: the description, the default settings and the held-out sections, in both editions', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const lang of ['en', 'zh'] as const) {
    await page.goto(`/${lang}/embed/tiny-lm/`);
    const stat = page.locator('[data-tlm-static]');
    await expect(stat).toContainText(LANGS[lang].held);
    expect(await stat.locator('a').count()).toBeGreaterThan(1);
    await expect(stat).toContainText(lang === 'en' ? '2 layers, 4 attention heads, width 64' : '2 层，4 个注意力头，宽度 64');
    await expect(lab(page)).toBeVisible();
    await expect(button(page, LANGS[lang].train)).toBeDisabled();
  }
  await context.close();
});

test('bad input: every bad parameter gets a message in the page language and its default; bad pasted text; nothing heavy loads before Train', async ({ page }) => {
  const heavy: string[] = [];
  page.on('request', (r) => {
    if (HEAVY.test(r.url())) heavy.push(r.url());
  });
  const bad = '?lm.layers=0&lm.heads=3&lm.context=300&lm.steps=5001&lm.corpus=chapter:nope&lm.lr=0&lm.top-p=1.5&lm.batch=-2&lm.mode=x';
  const figure = await open(page, 'zh', bad);
  const alert = figure.getByRole('alert');
  await expect(alert).toContainText('网址中的部分设置未被采用');
  for (const m of ['层数必须是', '上下文长度（词元）必须是', '训练步数必须是', '没有可用于训练的章节“nope”', '学习率必须是', 'Top-p 必须是', '批量大小必须是', '模式只能是', '注意力头数（3）必须能整除宽度（64）']) await expect(alert).toContainText(m);
  await expect(figure.getByLabel(LANGS.zh.layers, { exact: true })).toHaveValue('2');
  await expect(figure.locator('input[name="lm.context"]')).toHaveValue('64');
  await expect(figure.locator('input[name="lm.heads"]')).toHaveValue('4');
  expect(await figure.locator('input').evaluateAll((els) => els.filter((e) => /NaN|Infinity/.test((e as HTMLInputElement).value)).length)).toBe(0);

  // Pasted text: one character repeated, then over the limit (English page).
  await open(page, 'en', '?lm.corpus=own&lm.mode=scratch&lm.steps=2');
  const own = lab(page).getByLabel(LANGS.en.own);
  await own.fill('aaaaaaaaaaaa');
  await button(page, LANGS.en.train).click();
  await expect(lab(page).getByRole('alert')).toContainText('one character repeated');
  await own.fill('');
  await button(page, LANGS.en.train).click();
  await expect(lab(page).getByRole('alert')).toContainText('the text area is empty');
  await own.evaluate((el) => {
    (el as HTMLTextAreaElement).value = 'ab'.repeat(110_000);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await button(page, LANGS.en.train).click();
  await expect(lab(page).getByRole('alert')).toContainText('longer than 200 KB');
  // A field typed out of range: a message, and Train does not start.
  await lab(page).getByLabel(LANGS.en.layers, { exact: true }).fill('0');
  await button(page, LANGS.en.train).click();
  await expect(lab(page).getByRole('alert')).toContainText('Layers must be a whole number from 1 to 6');
  await expect(result(page, 'status')).toHaveAttribute('data-value', 'idle');
  expect(heavy).toEqual([]);
});

test('a short comparison, generation, the attention table, a failed download, Stop and Reset, with no tensors leaked', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const heavy: string[] = [];
  page.on('request', (r) => {
    if (HEAVY.test(r.url())) heavy.push(r.url());
  });
  const L = LANGS.en;
  const figure = await open(page, 'en', '?lm.steps=2&lm.mode=compare&lm.corpus=chapter:practice&lm.prompt=The%20model&lm.temperature=0');
  await expect(figure.locator('select[name="lm.mode"]')).toHaveValue('compare');
  expect(heavy).toEqual([]);

  // The corpus fails to download: an alert, and the lab stays usable.
  await page.route('**/lm/corpus.json', (r) => r.fulfill({ status: 503, body: 'unavailable' }));
  await button(page, L.train).click();
  await expect(result(page, 'status')).toHaveAttribute('data-value', 'error', { timeout: 30_000 });
  await expect(figure.getByRole('alert')).toContainText('could not be downloaded');
  await page.unroute('**/lm/corpus.json');

  await button(page, L.train).click();
  await expect(result(page, 'status')).toHaveAttribute('data-value', 'done', { timeout: 60_000 });
  await expect(result(page, 'step')).toHaveAttribute('data-value', '2');
  const num = async (name: string) => Number(await result(page, name).getAttribute('data-value'));
  const vloss = await num('validation-loss');
  expect(vloss).toBeGreaterThan(0);
  expect(await num('perplexity')).toBeCloseTo(Math.exp(vloss), 3);
  expect(await num('initial-loss')).toBeGreaterThan(0);
  expect(await num('parameters')).toBeGreaterThan(0);
  expect(await num('vocabulary')).toBeGreaterThan(100);
  expect(await num('tokens-per-second')).toBeGreaterThan(0);
  expect(await num('adapted-perplexity')).toBeGreaterThan(1);
  expect(await num('scratch-perplexity')).toBeGreaterThan(1);
  await expect(figure.locator('.tlm-chart')).toHaveAttribute('data-runs', 'adapt scratch');
  await expect(figure.locator('.tlm-sections')).toContainText('Held-out validation sections');
  // Generated with the run (greedy): the sample, the next-token distribution and the attention matrix.
  await expect(result(page, 'sample')).not.toHaveAttribute('data-value', '');
  const next = JSON.parse((await result(page, 'next-token').getAttribute('data-value'))!) as { tokens: string[]; probabilities: number[] };
  expect(next.tokens).toHaveLength(10);
  expect(next.probabilities.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(1.0001);
  const matrix = JSON.parse((await result(page, 'attention').getAttribute('data-value'))!) as number[][];
  expect(matrix).toHaveLength('The model'.length);
  for (const [i, row] of matrix.entries()) {
    expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 4);
    for (const v of row.slice(i + 1)) expect(v).toBe(0);
  }
  await figure.getByText(L.table).click();
  const table = figure.locator('table[data-attention-table]');
  await expect(table).toBeVisible();
  await expect(table.locator('tbody tr')).toHaveCount(matrix.length);
  await expect(table.locator('tbody tr').first().locator('td').first()).toHaveText(matrix[0]![0]!.toFixed(2));
  await expectNoLeak(page);

  // Generate again with another seed and a sampled temperature.
  await figure.locator('input[name="lm.temperature"]').fill('1');
  await expect(page).toHaveURL(/lm\.temperature=1/);
  await button(page, L.generate).click();
  await expect(result(page, 'status')).toHaveAttribute('data-value', 'done', { timeout: 30_000 });
  await expectNoLeak(page);

  // Stop during training: no tensors left, the lab usable; Reset restores the defaults.
  await figure.locator('input[name="lm.steps"]').fill('5000');
  await figure.locator('select[name="lm.mode"]').selectOption('scratch');
  await button(page, L.train).click();
  await expect(result(page, 'status')).toHaveAttribute('data-value', 'running', { timeout: 30_000 });
  await button(page, L.stop).click();
  await expect(result(page, 'status')).toHaveAttribute('data-value', 'stopped', { timeout: 10_000 });
  await expectNoLeak(page);
  await expect(button(page, L.train)).toBeEnabled();
  await button(page, L.reset).click();
  await expect(result(page, 'status')).toHaveAttribute('data-value', 'idle');
  await expect(figure.locator('input[name="lm.steps"]')).toHaveValue('200');
  await expect(page).not.toHaveURL(/lm\./);
  // Stop while the corpus downloads (a fresh worker after Reset; the download never finishes).
  await page.route('**/lm/corpus.json', () => undefined);
  await button(page, L.train).click();
  await expect(result(page, 'status')).toHaveAttribute('data-value', 'loading');
  await button(page, L.stop).click();
  await expect(result(page, 'status')).toHaveAttribute('data-value', 'stopped', { timeout: 10_000 });
  await expect(result(page, 'tensors')).toHaveAttribute('data-value', '0');
  await expect(button(page, L.train)).toBeEnabled();
  expect(errors).toEqual([]);
  const axe = await axeOn(page).include('#example-tiny-lm').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});
