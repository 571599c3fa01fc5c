import { test, expect, type Page, type Locator } from '@playwright/test';
import { axeOn } from './gates/checks';
import recorded from '../src/data/training-result.json' with { type: 'json' };
import { lab, output, open, trainToEnd, expectNoLeak } from './tools/lab';

/** The practice chapter embeds the training lab. */
const LANGS = [
  { lang: 'en', path: '/en/practice/', train: 'Train', stop: 'Stop', reset: 'Reset', epochs: 'Epochs', samples: 'Samples', badEpochs: /Epochs must be a whole number from 1 to 100/ },
  { lang: 'zh', path: '/zh/practice/', train: '训练', stop: '停止', reset: '重置', epochs: '训练轮次', samples: '样本数', badEpochs: /训练轮次必须是 1 到 100 之间的整数/ },
] as const;

/** Requests that belong to TensorFlow.js (its chunks, the worker, the WASM binaries). */
const TFJS_REQUEST = /worker-|\.wasm|tfjs|\/dist-[^/]*\.js|_impl-/;

const result = output;

for (const L of LANGS) {
  test.describe(`training lab (${L.lang})`, () => {
    test('trains a small configuration set in the form to completion', async ({ page }) => {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      const figure = await open(page, L.path);
      await figure.getByLabel(L.epochs, { exact: true }).fill('2');
      await figure.getByLabel(L.samples, { exact: true }).fill('200');
      await expect(page).toHaveURL(/training\.epochs=2/);
      await trainToEnd(page, L.train);
      await expect(result(page, 'epoch')).toHaveAttribute('data-value', '2');
      const loss = Number(await result(page, 'loss').getAttribute('data-value'));
      expect(loss).toBeGreaterThan(0);
      expect(loss).toBeLessThan(5);
      const acc = Number(await result(page, 'accuracy').getAttribute('data-value'));
      expect(acc).toBeGreaterThanOrEqual(0);
      expect(acc).toBeLessThanOrEqual(1);
      expect(Number(await result(page, 'elapsed-ms').getAttribute('data-value'))).toBeGreaterThan(0);
      await expect(result(page, 'backend')).toHaveAttribute('data-value', /^(wasm|webgl|cpu)$/);
      await expect(figure.locator('.tl-console')).toContainText('Epoch 2/2 - 7/7');
      await expect(figure.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '100');
      await expectNoLeak(page);
      expect(errors).toEqual([]);
      const axe = await axeOn(page).include('#example-training').analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    });

    test('trains from URL parameters, with the held-out evaluation', async ({ page }) => {
      const figure = await open(page, `${L.path}?training.epochs=2&training.samples=200&training.eval=holdout&training.seed=3`);
      await expect(figure.getByLabel(L.epochs, { exact: true })).toHaveValue('2');
      await expect(figure.getByLabel(L.samples, { exact: true })).toHaveValue('200');
      await trainToEnd(page, L.train);
      await expect(result(page, 'epoch')).toHaveAttribute('data-value', '2');
      const holdout = Number(await result(page, 'holdout-accuracy').getAttribute('data-value'));
      expect(holdout).toBeGreaterThanOrEqual(0);
      expect(holdout).toBeLessThan(0.3);
      await expectNoLeak(page);
    });

    test('stops a run within a batch and releases memory', async ({ page }) => {
      const figure = await open(page, `${L.path}?training.epochs=100&training.samples=2000&training.backend=wasm`);
      await figure.getByRole('button', { name: L.train, exact: true }).click();
      await expect(result(page, 'status')).toHaveAttribute('data-value', 'running', { timeout: 30_000 });
      await expect(result(page, 'epoch')).toHaveAttribute('data-value', /^[1-9]/, { timeout: 30_000 });
      await figure.getByRole('button', { name: L.stop, exact: true }).click();
      await expect(result(page, 'status')).toHaveAttribute('data-value', 'stopped');
      const epoch = Number(await result(page, 'epoch').getAttribute('data-value'));
      expect(epoch).toBeLessThan(100);
      await expectNoLeak(page);
      await expect(figure.getByRole('button', { name: L.train, exact: true })).toBeEnabled();
    });

    test('trains twice (a double click starts one run) and the tensor count returns to its baseline', async ({ page }) => {
      const figure = await open(page, `${L.path}?training.epochs=2&training.samples=100&training.units=8`);
      const train = figure.getByRole('button', { name: L.train, exact: true });
      await train.dblclick();
      await expect(result(page, 'status')).toHaveAttribute('data-value', 'done', { timeout: 60_000 });
      const first = await result(page, 'tensors').getAttribute('data-value');
      await expectNoLeak(page);
      await expect(figure.locator('.tl-console')).toContainText('Epoch 2/2');
      expect((await figure.locator('.tl-console').innerText()).match(/^Epoch /gm)).toHaveLength(2);
      await trainToEnd(page, L.train);
      await expectNoLeak(page);
      await expect(result(page, 'tensors')).toHaveAttribute('data-value', first!);
    });

    test('a bad URL parameter shows an alert and keeps the other settings', async ({ page }) => {
      const figure = await open(page, `${L.path}?training.epochs=0&training.samples=300&training.backend=%3Cimg%20src%3Dx%3E`);
      const alert = figure.getByRole('alert');
      await expect(alert).toContainText(L.badEpochs);
      await expect(figure.getByLabel(L.samples, { exact: true })).toHaveValue('300');
      await expect(figure.locator('img')).toHaveCount(0);
      // Out-of-range input typed into the form is refused before training starts.
      await figure.getByLabel(L.epochs, { exact: true }).fill('1000');
      await figure.getByRole('button', { name: L.train, exact: true }).click();
      await expect(alert).toContainText(L.badEpochs);
      await expect(result(page, 'status')).toHaveAttribute('data-value', 'idle');
    });
  });
}

for (const backend of ['cpu', 'wasm'] as const) {
  test(`forces the ${backend} backend`, async ({ page }) => {
    await open(page, `/en/practice/?training.epochs=1&training.samples=100&training.units=16&training.backend=${backend}`);
    // The page's policy has no 'wasm-unsafe-eval': WebAssembly compiles in the worker, which a <meta> policy does not cover.
    expect(await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')).not.toContain('wasm-unsafe-eval');
    await trainToEnd(page, 'Train');
    await expect(result(page, 'backend')).toHaveAttribute('data-value', backend);
    await expectNoLeak(page);
  });
}

test('the same seed and backend give the same loss, run after run', async ({ page }) => {
  await open(page, '/en/practice/?training.epochs=2&training.samples=100&training.units=16&training.backend=wasm&training.seed=9');
  await trainToEnd(page, 'Train');
  const first = await result(page, 'loss').getAttribute('data-value');
  await trainToEnd(page, 'Train');
  await expect(result(page, 'loss')).toHaveAttribute('data-value', first!);
});

test('TensorFlow.js is not requested before Train is pressed', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  const figure = await open(page, '/zh/practice/?training.epochs=1&training.samples=100');
  await page.waitForLoadState('networkidle');
  expect(requests.filter((u) => TFJS_REQUEST.test(u))).toEqual([]);
  await figure.getByRole('button', { name: '训练', exact: true }).click();
  await expect(result(page, 'status')).toHaveAttribute('data-value', 'done', { timeout: 60_000 });
  expect(requests.some((u) => /worker-/.test(u))).toBe(true);
  // Everything comes from this origin.
  const origin = new URL(page.url()).origin;
  expect(requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'))).toEqual([]);
});

test('without JavaScript the page shows the code and the recorded result', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const L of LANGS) {
    await page.goto(L.path);
    const figure = lab(page);
    await expect(figure).toBeVisible();
    await expect(result(page, 'status')).toHaveAttribute('data-value', 'idle');
    await expect(result(page, 'backend')).toHaveAttribute('data-value', recorded.backend);
    const last = recorded.history.at(-1)!;
    await expect(result(page, 'loss')).toHaveAttribute('data-value', String(last.loss));
    await expect(result(page, 'holdout-accuracy')).toHaveAttribute('data-value', String(recorded.holdout.accuracy));
    await expect(figure).toContainText(recorded.tfjsVersion);
    await expect(figure).toContainText(`${recorded.settings.seed}`);
    await expect(figure.locator('.tl-console')).toContainText(`Epoch 10/10 - 32/32 - loss: ${last.loss.toFixed(4)}`);
    await expect(page.locator('.expressive-code').filter({ hasText: "tf.keras.layers.Dense(128, activation='relu'" })).toHaveCount(1);
    await expect(page.locator('.expressive-code').filter({ hasText: 'tf.fused.matMul' })).toHaveCount(1);
    await expect(page.getByText(L.lang === 'zh' ? '# 创建模型' : '# Create the model')).toBeAttached();
  }
  await context.close();
});

test('a backend that fails to initialise falls back to the next one and says so', async ({ page }) => {
  await page.route('**/*.wasm', (route) => route.abort());
  const figure = await open(page, '/en/practice/?training.epochs=1&training.samples=100&training.units=8&training.backend=wasm');
  await trainToEnd(page, 'Train');
  await expect(result(page, 'backend')).not.toHaveAttribute('data-value', 'wasm');
  await expect(figure.locator('.tl-console')).toContainText('wasm was not used');
  await expectNoLeak(page);
});

test('a worker that cannot load ends in an error, and the page stays usable', async ({ page }) => {
  let block = true;
  await page.route('**/worker-*.js', (route) => (block ? route.abort() : route.continue()));
  const figure = await open(page, '/zh/practice/?training.epochs=1&training.samples=100&training.units=8');
  await figure.getByRole('button', { name: '训练', exact: true }).click();
  await expect(result(page, 'status')).toHaveAttribute('data-value', 'error');
  await expect(figure.getByRole('alert')).toContainText('无法启动训练线程');
  block = false;
  await trainToEnd(page, '训练');
  await expect(figure.locator('[role="alert"]')).toHaveText('');
});

test('the lab is accessible in dark mode with reduced motion', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
  await open(page, '/zh/practice/?training.epochs=1&training.samples=100&training.units=8');
  await trainToEnd(page, '训练');
  const axe = await axeOn(page).include('#example-training').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help} ${v.nodes.map((n) => n.target.join(' ') + ' ' + n.failureSummary).join('; ')}`)).toEqual([]);
  const transition = await lab(page).locator('.tl-progress-bar').evaluate((el) => getComputedStyle(el).transitionDuration);
  expect(transition).toBe('0s');
});

test('Reset during a run, then Train at once: one clean run to completion', async ({ page }) => {
  const figure = await open(page, '/en/practice/?training.epochs=100&training.samples=2000&training.backend=wasm');
  await figure.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(result(page, 'status')).toHaveAttribute('data-value', 'running', { timeout: 30_000 });
  await figure.getByRole('button', { name: 'Reset', exact: true }).click();
  await expect(result(page, 'status')).toHaveAttribute('data-value', 'idle');
  await expect(figure.getByLabel('Epochs', { exact: true })).toHaveValue('10');
  await expect(page).not.toHaveURL(/training\./);
  await figure.getByLabel('Epochs', { exact: true }).fill('1');
  await figure.getByLabel('Samples', { exact: true }).fill('100');
  await trainToEnd(page, 'Train');
  await expect(result(page, 'epoch')).toHaveAttribute('data-value', '1');
  expect((await figure.locator('.tl-console').innerText()).match(/^Epoch /gm)).toHaveLength(1);
  await expectNoLeak(page);
});

test('Stop ends a training worker that no longer answers, and Train works again', async ({ page }) => {
  // A worker that hangs once asked to stop: the stop message is swallowed and nothing it sends arrives any more.
  await page.addInitScript(() => {
    const Real = window.Worker;
    class Hanging extends Real {
      #muted = false;
      #listener: ((e: MessageEvent) => void) | null = null;
      constructor(url: string | URL, opts?: WorkerOptions) {
        super(url, opts);
        super.onmessage = (e: MessageEvent) => {
          if (!this.#muted) this.#listener?.(e);
        };
      }
      set onmessage(fn: ((e: MessageEvent) => void) | null) {
        this.#listener = fn;
      }
      get onmessage() {
        return this.#listener;
      }
      postMessage(msg: unknown, ...rest: never[]) {
        if ((msg as { type?: string })?.type === 'stop') {
          this.#muted = true;
          return;
        }
        super.postMessage(msg, ...rest);
      }
    }
    window.Worker = Hanging as typeof Worker;
  });
  const figure = await open(page, '/zh/practice/?training.epochs=100&training.samples=2000&training.backend=wasm');
  await figure.getByRole('button', { name: '训练', exact: true }).click();
  await expect(result(page, 'status')).toHaveAttribute('data-value', 'running', { timeout: 30_000 });
  await figure.getByRole('button', { name: '停止', exact: true }).click();
  await expect(result(page, 'status')).toHaveAttribute('data-value', 'stopped', { timeout: 15_000 });
  await expect(figure.locator('.tl-console')).toContainText('训练线程 5 秒内没有响应，已将其结束');
  await figure.getByLabel('训练轮次', { exact: true }).fill('1');
  await figure.getByLabel('样本数', { exact: true }).fill('100');
  await trainToEnd(page, '训练');
  await expect(result(page, 'epoch')).toHaveAttribute('data-value', '1');
});
