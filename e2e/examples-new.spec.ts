/**
 * The adam, attention (with several heads), perplexity, sampling and positional-encoding examples
 * (issue 15 and after): both languages, the
 * book's values and the prose's, URL parameters, embeds, rendering without
 * JavaScript, and every bad input of the issue (message visible in the page's
 * language, naming the field and, for matrices, the row; last good result kept
 * and marked stale). Each page is opened once for many assertions.
 */
import { test, expect, type Locator, type Page } from '@playwright/test';
import { exampleDef, resultOf, valueOf } from '../src/lib/examples/example-registry';
import { defaultsOf, type ExampleDef } from '../src/lib/examples/example-kit';
import { formatError } from '../src/lib/examples/messages';
import { dataValue } from '../src/lib/maths/numbers';
import { bringIntoView } from './tools/scroll';
import { htmlOf } from './gates/site';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';

const LANGS = ['en', 'zh'] as const;
type Lang = (typeof LANGS)[number];
const def = (name: string) => exampleDef(name)!;
const label = (name: string, field: string, lang: Lang) => def(name).fields.find((f) => f.name === field)!.label[lang];
const out = (scope: Page | Locator, name: string, result: string) => scope.locator(`#example-${name} output[data-result="${result}"]`);
const dv = (v: unknown) => (Array.isArray(v) ? JSON.stringify(v) : String(v));
/** Numbers equal within 1e-12 (relative): the browser's Math.exp, sin and pow may differ from Node's in the last bit. */
const near = (a: unknown, b: unknown): boolean => {
  const fa = [a].flat(3) as unknown[];
  const fb = [b].flat(3) as unknown[];
  return fa.length === fb.length && fa.every((x, i) => (typeof x === 'number' && typeof fb[i] === 'number' ? Math.abs(x - (fb[i] as number)) <= 1e-12 * Math.max(1, Math.abs(fb[i] as number)) : x === fb[i]));
};
/** An output's data-value, computed in the browser, matches Node's value within `near`. */
const expectNear = (loc: Locator, v: unknown) => expect.poll(async () => near(JSON.parse((await loc.getAttribute('data-value')) ?? 'null'), v)).toBe(true);

async function hydrated(page: Page, name: string) {
  const fig = page.locator(`figure#example-${name}`);
  await bringIntoView(fig);
  await expect(fig.locator('[data-hydrated="true"]')).toBeAttached({ timeout: 30_000 });
  return fig;
}

/** The expected messages for raw values (the same catalog the page uses). */
function messages(d: ExampleDef, raw: Record<string, string>, lang: Lang): string[] {
  const o = d.compute({ ...defaultsOf(d.fields), ...raw });
  if (o.ok) throw new Error(`expected ${JSON.stringify(raw)} to be rejected`);
  return o.errors.map((e) => formatError(e, lang, d.fields.find((f) => f.name === e.field)!.label[lang]));
}

/** Types each bad value, checks the message and the kept, stale result, then restores the field. */
async function badInputs(
  page: Page,
  name: string,
  lang: Lang,
  cases: [field: string, value: string, must: string][],
  kept: string,
  state: Record<string, string> = {},
) {
  const fig = await hydrated(page, name);
  const d = def(name);
  const keptValue = await out(page, name, kept).getAttribute('data-value');
  for (const [field, value, must] of cases) {
    const input = fig.getByLabel(label(name, field, lang), { exact: true });
    await input.fill(value);
    const alert = fig.getByRole('alert');
    for (const m of messages(d, { ...state, [field]: value }, lang)) await expect(alert).toContainText(m);
    // (The messages name the field at fault: usually the one typed in; for a causal mask that no longer fits, the mask.)
    await expect(alert).toContainText(must);
    await expect(out(page, name, kept)).toHaveAttribute('data-stale', 'true');
    await expect(out(page, name, kept)).toHaveAttribute('data-value', keptValue!);
    await expect(fig.locator('.calc-stale-note')).toBeVisible();
    await expect(fig.locator('output')).not.toContainText(['NaN']);
    // Back to the page's state (the URL's value for that field, else the book's).
    await input.fill(state[field] ?? d.fields.find((f) => f.name === field)!.default);
    await expect(fig.locator('[role="alert"]')).toBeEmpty();
  }
}

const big = Array.from({ length: 65 }, () => '1,0').join(';');

/** The chapter pages' static HTML, as built (what every reader gets first, and readers without JavaScript keep). */
const builtChapter = (path: string) => fromHtml(htmlOf(path));
const attr = (root: ReturnType<typeof fromHtml>, selector: string, name = 'dataValue') => {
  const e = select(selector, root);
  return e ? String(e.properties[name]) : undefined;
};

test("the chapters' HTML holds the book's values in the examples and the prose (both editions, no browser)", () => {
  for (const lang of LANGS) {
    const ch3 = builtChapter(`/${lang}/algorithms/`);
    for (const name of ['attention', 'perplexity']) {
      for (const [key, value] of Object.entries(resultOf(name).results)) expect(attr(ch3, `#example-${name} output[data-result="${key}"]`), `${lang} ${name}.${key}`).toBe(dv(value));
    }
    for (const name of ['sampling', 'positional-encoding']) {
      for (const [key, value] of Object.entries(resultOf(name).results)) expect(near(JSON.parse(attr(ch3, `#example-${name} output[data-result="${key}"]`) ?? 'null'), value), `${lang} ${name}.${key}`).toBe(true);
    }
    // The prose quotes the same code.
    expect(attr(ch3, '[data-computed="perplexity.perplexity"]')).toBe(dataValue(resultOf('perplexity').results.perplexity as number));
    expect(attr(ch3, '[data-computed="perplexity.loss"]')).toBe(attr(ch3, '#example-perplexity output[data-result="loss"]'));
    const w = JSON.parse(attr(ch3, '#example-attention output[data-result="weights"]')!) as number[][];
    expect(attr(ch3, '[data-computed="attention.weights-1"]')).toBe(JSON.stringify(w[0]));
    for (const key of ['softmax', 'kept', 'probabilities', 'entropy']) expect(attr(ch3, `[data-computed="sampling.${key}"]`), key).toBe(dv(valueOf('sampling', key)));
    expect(attr(ch3, '[data-computed="positional-encoding.encoding"]')).toBe(dv(resultOf('positional-encoding').results.encoding));
    // The link to the cross-entropy example (the same quantity).
    expect(selectAll(`a[href="/${lang}/math/#example-cross-entropy"]`, ch3)).toHaveLength(1);

    const ch4 = builtChapter(`/${lang}/math/`);
    const r = resultOf('adam');
    for (const [key, value] of Object.entries(r.results)) expect(attr(ch4, `#example-adam output[data-result="${key}"]`), key).toBe(dv(value));
    for (const key of ['theta-next', 'm-next', 'v-next']) expect(attr(ch4, `[data-computed="adam.${key}"]`), key).toBe(dv(r.results[key]));
  }
});

for (const lang of LANGS) {
  test.describe(`new examples (${lang})`, () => {
    // Many steps per page (one page load each): the default 60 s is short on a loaded 2-core machine.
    test.describe.configure({ timeout: 240_000 });
    // The islands on their embed pages (the same component as in the chapter, on a page of a few KB).
    test('attention and perplexity: hydrated values, tables, edits, every bad input', async ({ page }) => {
      await page.goto(`/${lang}/embed/attention/`);
      const att = await hydrated(page, 'attention');
      for (const [key, value] of Object.entries(resultOf('attention').results)) await expectNear(out(page, 'attention', key), value);

      // Tables: 3 × 3 weights shaded, each cell with its value; no masked cell yet.
      const weights = att.locator('[data-matrix="weights"] tbody td');
      await expect(weights).toHaveCount(9);
      await expect(weights.first()).toHaveText('0.4011');
      expect(await weights.first().getAttribute('style')).toContain('--w:0.401');
      await expect(att.locator('td.masked')).toHaveCount(0);

      // Causal mask: masked cells blank (in the scores and the weights), null in the JSON, explained.
      await att.getByLabel(label('attention', 'causal', lang), { exact: true }).selectOption('true');
      await expect(out(page, 'attention', 'scores')).toHaveAttribute('data-value', dv(resultOf('attention', { causal: 'true' }).results.scores));
      await expect(att.locator('[data-matrix="weights"] td.masked')).toHaveCount(3);
      await expect(att.locator('[data-matrix="scores"] td.masked')).toHaveCount(3);
      // Visibly blank: the cell holds only the screen-reader text "masked", clipped to 1 px.
      const masked = att.locator('td.masked').first();
      await expect(masked.locator(':scope > :not(.sr-only)')).toHaveCount(0);
      expect((await masked.locator('.sr-only').boundingBox())!.width).toBeLessThanOrEqual(1);
      await expect(att.locator('.calc-note')).toBeVisible();
      expect(decodeURIComponent(page.url())).toContain('attention.causal=true');

      await badInputs(
        page,
        'attention',
        lang,
        [
          ['q', '1,0;0,y;1,1', lang === 'en' ? 'row 2, item 2' : '第 2 行第 2 项'],
          ['v', '1,2;3;5,6', lang === 'en' ? 'row 2 has 1 value' : '第 2 行有 1 个数值'],
          ['k', '1,0,0;0,1,0;1,1,0', 'd_k'],
          ['v', '1,2;3,4', lang === 'en' ? 'has 2 rows' : '有 2 行'],
          ['q', big, '64 × 64'],
          ['q', '1,0;0,1', lang === 'en' ? 'causal mask needs as many queries as keys' : '因果掩码要求查询与键一样多'],
        ],
        'scores',
        { causal: 'true' },
      );

      // Perplexity: p = 0 says "infinite" in words; (0, 1]; non-numbers; then an edit updates the URL.
      await page.goto(`/${lang}/embed/perplexity/`);
      await badInputs(
        page,
        'perplexity',
        lang,
        [
          ['p', '0.5, 0, 0.8', lang === 'en' ? 'the perplexity is infinite' : '困惑度也是无穷大'],
          ['p', '0.5, 1.5', lang === 'en' ? 'greater than 0 and at most 1' : '大于 0 且不超过 1'],
          ['p', '-0.1', lang === 'en' ? 'greater than 0 and at most 1' : '大于 0 且不超过 1'],
          ['p', '0.5, half', lang === 'en' ? '“half” is not a number' : '“half”不是数字'],
        ],
        'perplexity',
      );
      const ppl = await hydrated(page, 'perplexity');
      await ppl.getByLabel(label('perplexity', 'p', lang), { exact: true }).fill('0.5, 0.5');
      await expect(out(page, 'perplexity', 'perplexity')).toHaveAttribute('data-value', '2');
      await expect(ppl.locator('tbody tr')).toHaveCount(2);
      expect(decodeURIComponent(page.url())).toContain('perplexity.p=0.5,0.5');
      await expect(page.locator('#example-perplexity')).not.toContainText('Infinity');
    });

    test('Adam: hydrated values, table, every bad input, Keras\'s form', async ({ page }) => {
      await page.goto(`/${lang}/embed/adam/`);
      const fig = await hydrated(page, 'adam');
      for (const [key, value] of Object.entries(resultOf('adam').results)) await expectNear(out(page, 'adam', key), value);
      await expect(fig.locator('.calc-table thead th')).toHaveCount(8);
      await expect(fig.locator('tbody tr')).toHaveCount(5);
      await badInputs(
        page,
        'adam',
        lang,
        [
          ['beta1', '1', lang === 'en' ? 'less than 1' : '小于 1'],
          ['beta2', '-0.5', lang === 'en' ? 'at least 0' : '大于等于 0'],
          ['eps', '0', lang === 'en' ? 'positive' : '正的'],
          ['eps', '-1e-8', lang === 'en' ? 'positive' : '正的'],
          ['steps', '0', '1'],
          ['steps', '101', '100'],
          ['lr', 'fast', '“fast”'],
          ['grad', '0.1, 0.2', '“θ”'],
        ],
        'theta-next',
      );
      // Keras's form and more steps recompute.
      await fig.getByLabel(label('adam', 'form', lang), { exact: true }).selectOption('keras');
      await fig.getByLabel(label('adam', 'steps', lang), { exact: true }).fill('10');
      await expect(out(page, 'adam', 'theta-next')).toHaveAttribute('data-value', dv(resultOf('adam', { form: 'keras', steps: '10' }).results['theta-next']));
      await expect(fig.locator('.calc-formula')).toContainText('α');
      expect(decodeURIComponent(page.url())).toContain('adam.form=keras');
    });

    test('URL parameters set the examples on load, on a chapter (chapter 3 in English, 4 in Chinese) and on embeds', async ({ page }) => {
      if (lang === 'en') {
        await page.goto(`/${lang}/algorithms/?attention.q=1,0;0,1&attention.k=1,0;0,1&attention.v=1;2&attention.causal=true&perplexity.p=0.25,0.25&x=1#self-attention`);
        await hydrated(page, 'attention');
        await expect(out(page, 'attention', 'weights')).toHaveAttribute(
          'data-value',
          dv(resultOf('attention', { q: '1,0;0,1', k: '1,0;0,1', v: '1;2', causal: 'true' }).results.weights),
        );
        await hydrated(page, 'perplexity');
        await expect(out(page, 'perplexity', 'perplexity')).toHaveAttribute('data-value', '4');
      } else {
        await page.goto(`/${lang}/math/?adam.steps=3&adam.lr=0.1#adam`);
        await hydrated(page, 'adam');
        await expect(out(page, 'adam', 'theta-next')).toHaveAttribute('data-value', dv(resultOf('adam', { steps: '3', lr: '0.1' }).results['theta-next']));
      }

      await page.goto(`/${lang}/embed/attention/?attention.causal=true&theme=light`);
      await hydrated(page, 'attention');
      await expect(page.locator('td.masked')).toHaveCount(6);
      await expect(page.locator('a[data-embed-back]')).toHaveAttribute('href', new RegExp(`/${lang}/algorithms/(\\?[^#]*)?#example-attention$`));

      await page.goto(`/${lang}/embed/adam/?adam.beta1=2`);
      const adam = await hydrated(page, 'adam');
      await expect(adam.getByRole('alert')).toContainText(messages(def('adam'), { beta1: '2' }, lang)[0]!);
      await expect(out(page, 'adam', 'theta-next')).toHaveAttribute('data-value', dv(resultOf('adam').results['theta-next']));

      await page.goto(`/${lang}/embed/perplexity/?perplexity.p=0`);
      const p = await hydrated(page, 'perplexity');
      await expect(p.getByRole('alert')).toContainText(lang === 'en' ? 'infinite' : '无穷大');
      await expect(p).not.toContainText('Infinity');
    });

    test('sampling, positional encoding and multi-head attention on their embeds: values, tables, URL parameters, every bad input', async ({ page }) => {
      // Sampling: the book's values, tokens numbered from 0, every bad input, then top-k and top-p switched off.
      await page.goto(`/${lang}/embed/sampling/`);
      const s = await hydrated(page, 'sampling');
      for (const [key, value] of Object.entries(resultOf('sampling').results)) await expectNear(out(page, 'sampling', key), value);
      await expect(s.locator('tbody tr')).toHaveCount(5);
      await expect(s.locator('tbody tr td').first()).toHaveText('0');
      await badInputs(
        page,
        'sampling',
        lang,
        [
          ['temperature', '0', lang === 'en' ? 'positive' : '正的'],
          ['temperature', '-1', lang === 'en' ? 'positive' : '正的'],
          ['top-k', '0', '64'],
          ['top-k', '6', lang === 'en' ? 'only 5 logits' : '只有 5 个 logit'],
          ['top-k', '2.5', lang === 'en' ? 'not a whole number' : '不是整数'],
          ['top-p', '0', lang === 'en' ? 'at most 1' : '不超过 1'],
          ['top-p', '1.5', lang === 'en' ? 'at most 1' : '不超过 1'],
          ['logits', '', lang === 'en' ? 'is empty' : '为空'],
          ['logits', '1, x', '“x”'],
          ['logits', Array.from({ length: 65 }, () => '0').join(','), '64'],
        ],
        'probabilities',
      );
      await s.getByLabel(label('sampling', 'top-k', lang), { exact: true }).fill('');
      await s.getByLabel(label('sampling', 'top-p', lang), { exact: true }).fill('');
      await expect(out(page, 'sampling', 'kept')).toHaveAttribute('data-value', '[0,1,2,3,4]');
      await expectNear(out(page, 'sampling', 'probabilities'), resultOf('sampling', { 'top-k': '', 'top-p': '' }).results.probabilities);
      expect(decodeURIComponent(page.url())).toContain('sampling.top-k=&');

      // Positional encoding from the URL (prefix pe.): all 512 entries in data-value, the first 12 pairs in the table.
      await page.goto(`/${lang}/embed/positional-encoding/?pe.dim=512&pe.position=1000`);
      const pe = await hydrated(page, 'positional-encoding');
      const state = { dim: '512', position: '1000' };
      await expectNear(out(page, 'positional-encoding', 'encoding'), resultOf('positional-encoding', state).results.encoding);
      await expect(pe.locator('tbody tr')).toHaveCount(12);
      await expect(pe.locator('.calc-note')).toBeVisible();
      await expect(out(page, 'positional-encoding', 'encoding')).toContainText('…');
      await badInputs(
        page,
        'positional-encoding',
        lang,
        [
          ['dim', '7', lang === 'en' ? 'must be even' : '必须是偶数'],
          ['dim', '514', '512'],
          ['position', '-1', lang === 'en' ? '1,000,000' : '1000000'],
          ['position', '2.5', lang === 'en' ? 'not a whole number' : '不是整数'],
          ['base', '1', lang === 'en' ? 'greater than 1' : '大于 1'],
          ['base', 'e', '“e”'],
        ],
        'encoding',
        state,
      );

      // Multi-head attention: two heads from the URL, one weights table each; bad head counts; back to one head.
      await page.goto(`/${lang}/embed/attention/?attention.heads=2`);
      const att = await hydrated(page, 'attention');
      const two = resultOf('attention', { heads: '2' }).results;
      for (const key of ['head-weights', 'weights', 'output']) await expectNear(out(page, 'attention', key), two[key]);
      await expect(att.locator('[data-matrix="head-weights-1"] tbody td')).toHaveCount(9);
      await expect(att.locator('[data-matrix="head-weights-2"] tbody td')).toHaveCount(9);
      await expect(att.locator('[data-matrix="weights"]')).toHaveCount(0);
      await badInputs(
        page,
        'attention',
        lang,
        [
          ['heads', '3', 'd_k = 2'],
          ['heads', '0', '64'],
          ['heads', '1.5', lang === 'en' ? 'not a whole number' : '不是整数'],
          ['v', '1;2;3', 'd_v = 1'],
        ],
        'head-weights',
        { heads: '2' },
      );
      await att.getByLabel(label('attention', 'heads', lang), { exact: true }).fill('1');
      await expectNear(out(page, 'attention', 'weights'), resultOf('attention').results.weights);
      await expect(att.locator('[data-matrix="weights"] tbody td')).toHaveCount(9);
    });
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test.describe.configure({ timeout: 120_000 });
  // (On the embeds: the chapters' static values are read from their HTML above, and every page's no-JS
  // rendering is a gate, e2e/gates.spec.ts.)
  test('the server renders the defaults: tables, formula, results (both languages), short links', async ({ page }) => {
    for (const [path, names] of [
      ['/en/embed/attention/', ['attention']],
      ['/zh/embed/perplexity/', ['perplexity']],
      ['/en/embed/adam/', ['adam']],
      ['/en/embed/sampling/', ['sampling']],
      ['/zh/embed/positional-encoding/', ['positional-encoding']],
      ['/zh/embed/attention/', ['attention']],
    ] as const) {
      await page.goto(path);
      for (const name of names) {
        const fig = page.locator(`figure#example-${name}`);
        await expect(fig.locator('.calc-formula .katex')).toBeVisible();
        for (const [key, value] of Object.entries(resultOf(name).results)) {
          await expect(fig.locator(`output[data-result="${key}"]`)).toHaveAttribute('data-value', dv(value));
        }
        const lang = path.startsWith('/zh') ? 'zh' : 'en';
        for (const f of def(name).fields) await expect(fig.getByLabel(f.label[lang], { exact: true })).toBeVisible();
      }
    }
    await expect(page.locator('[data-matrix="weights"] tbody td')).toHaveCount(9);
    for (const name of ['adam', 'attention', 'perplexity', 'sampling', 'positional-encoding']) {
      await page.goto(`/go/example-${name}/`);
      const slug = name === 'adam' ? 'math' : 'algorithms';
      await expect(page.locator('a[data-go-lang="en"]')).toHaveAttribute('href', `/en/${slug}/#example-${name}`);
      await expect(page.locator('a[data-go-lang="zh"]')).toHaveAttribute('href', `/zh/${slug}/#example-${name}`);
    }
  });
});

/**
 * The worked formulas and the exercises' solutions are in the static HTML once:
 * rendered by the server (readable without JavaScript, printed, in the parallel
 * view), never serialized again into the islands' props (src/islands/ssr-html.ts).
 */
test('build-time formulas are in the static HTML, not in the islands\' props', async ({ request }) => {
  const pages = ['/en/math/', '/zh/math/', '/en/algorithms/', '/parallel/math/', '/en/print/', '/zh/embed/adam/', '/en/embed/exercise/ex-4-5/'];
  for (const path of pages) {
    const html = await (await request.get(path)).text();
    const formulas = [...html.matchAll(/<div class="calc-formula"[^>]*>([\s\S]{0,40})/g)].map((m) => m[1]!);
    const lines = [...html.matchAll(/<div class="exercise-tex-line">([\s\S]{0,40})/g)].map((m) => m[1]!);
    expect(formulas.length + lines.length, path).toBeGreaterThan(0);
    for (const f of [...formulas, ...lines]) expect(f, path).toMatch(/^<span class="katex/);
    for (const m of html.matchAll(/<astro-island\b[^>]*\sprops="([^"]*)"/g)) expect(m[1], path).not.toContain('katex');
  }
});
