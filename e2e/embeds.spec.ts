/**
 * Embeds on a course page, as instructors set them up (docs/instructors.md): the
 * parent-page snippet itself (`parentSnippet`, the text the docs show) sizes its
 * iframe and ignores stray messages; an embed in a sandbox without
 * allow-same-origin still shows its static result at its height; progress made in
 * an embed moves to the book with a progress code; a full storage is reported;
 * resetting progress takes two steps. Course pages are fixtures served with
 * page.route from the site's origin (and a second origin, localhost, for a
 * foreign widget).
 */
import { test, expect, type Frame, type Page } from '@playwright/test';
import { LANGS } from '../src/lib/book/book';
import { EMBED_MESSAGE_TYPE, parentSnippet, type SnippetOptions } from '../src/lib/book/embed';
import { EX_UI } from '../src/lib/exercises/messages';
import { PROGRESS_KEY } from '../src/lib/exercises/progress';
import { TRANSFER_TEXT } from '../src/lib/exercises/transfer';
import { answerString, paramsFor } from '../src/lib/exercises/registry';
import { EXERCISES, type NumericExercise } from '../src/data/exercises';
import { PAGES_UI } from '../src/components/exercise-pages';

const answer = (id: string, seed: number) => {
  const e = EXERCISES.find((x) => x.id === id) as NumericExercise;
  return answerString(e.kind, paramsFor({ id, kind: e.kind, settings: e.settings, tolerance: e.tolerance }, seed));
};

/** A course page at `<site>/__course/` holding `body`, and a plain widget page at `/__widget/` on any origin. */
async function course(page: Page, body: string): Promise<void> {
  const base = test.info().project.use.baseURL!;
  await page.route(`${base}/__course/`, (r) =>
    r.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>course</title></head><body><h1>Course</h1>${body}
        <script>window.__seen=[];addEventListener('message',function(e){window.__seen.push(e.data);});</script></body></html>`,
    }),
  );
  await page.route(/\/__widget\/$/, (r) => r.fulfill({ contentType: 'text/html', body: '<!doctype html><html lang="en"><head><title>widget</title></head><body><p>another widget</p></body></html>' }));
  await page.goto(`${base}/__course/`);
}

/** The iframe's height is its embed's body height (what the embed reports). */
async function fits(page: Page, id: string, frame: Frame): Promise<string> {
  let outer = '';
  await expect
    .poll(async () => {
      const inner = await frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
      outer = await page.locator(`#${id}`).evaluate((f) => (f as HTMLIFrameElement).style.height);
      return outer === `${inner}px` ? 'fits' : `${outer} for ${inner}px`;
    })
    .toBe('fits');
  return outer;
}

test('the parent snippet sizes its iframe and ignores stray messages: another frame, another origin, another shape', async ({ page, baseURL }) => {
  const foreign = baseURL!.replace('127.0.0.1', 'localhost');
  const mse: SnippetOptions = { host: baseURL!, path: '/en/embed/mse/?mse.y=1,2,3,4,6', id: 'fm-mse', example: 'mse', title: 'MSE' };
  await course(
    page,
    `${parentSnippet(mse)}
     <iframe id="same-site" title="a widget of the course" src="${baseURL}/__widget/"></iframe>
     <iframe id="other-site" title="a widget of another site" src="${foreign}/__widget/"></iframe>`,
  );
  const embed = page.frame({ url: /\/en\/embed\/mse\// })!;
  await expect(page.frameLocator('#fm-mse').locator('#example-mse')).toBeVisible();
  await fits(page, 'fm-mse', embed);

  // Each stray message carries a number; the course page's own listener, added after the
  // snippet's, records it, so the snippet has handled it by then (no waiting on time).
  let n = 0;
  const stray = async (from: Frame, data: Record<string, unknown>) => {
    const mark = ++n;
    await from.evaluate((d) => window.parent.postMessage(d, '*'), { ...data, mark });
    await expect.poll(() => page.evaluate((m) => (window as unknown as { __seen: { mark?: number }[] }).__seen.some((d) => d && d.mark === m), mark)).toBe(true);
  };
  // Well-formed, with a plausible height: only where it comes from is wrong.
  const message = { type: EMBED_MESSAGE_TYPE, example: 'mse', height: 300 };
  await stray(page.frame({ url: `${baseURL}/__widget/` })!, message); // another frame, same origin
  await stray(page.frame({ url: `${foreign}/__widget/` })!, message); // another frame and origin
  // From the embed's own frame, of another shape: the height out of bounds, not a number; another example.
  await stray(embed, { ...message, height: 3 });
  await stray(embed, { ...message, height: '300' });
  await stray(embed, { ...message, example: 'gd' });
  const height = await fits(page, 'fm-mse', embed);
  expect(Number.parseInt(height)).toBeGreaterThan(150);

  // The embed's own iframe, navigated to another origin: the right source, the wrong origin.
  await embed.goto(`${foreign}/__widget/`);
  await stray(page.frame({ url: `${foreign}/__widget/` })!, message);
  expect(await page.locator('#fm-mse').evaluate((f) => (f as HTMLIFrameElement).style.height)).toBe(height);
});

test('in a sandbox without allow-same-origin an embed shows its static result at its height; with the site’s scripts, exercises still check answers without storage', async ({ page, baseURL }) => {
  const frames: string[] = [];
  for (const lang of LANGS) {
    frames.push(parentSnippet({ host: baseURL!, path: `/${lang}/embed/mse/`, id: `mse-${lang}`, example: 'mse', title: `MSE ${lang}`, sandbox: 'allow-scripts' }));
  }
  await course(page, frames.join('\n'));
  for (const lang of LANGS) {
    const frame = page.frame({ url: new RegExp(`/${lang}/embed/mse/`) })!;
    // Static: the page's module scripts are refused to its opaque origin (no CORS header), the inline ones run.
    expect(await frame.evaluate(() => window.origin)).toBe('null');
    await expect(page.frameLocator(`#mse-${lang}`).locator('#example-mse astro-island[ssr]')).toBeAttached();
    await expect(page.frameLocator(`#mse-${lang}`).locator('#example-mse')).toBeVisible();
    const height = Number.parseInt(await fits(page, `mse-${lang}`, frame));
    expect(height).toBeGreaterThan(300);
    expect(await frame.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight + 1)).toBe(true);
  }

  // A host that sends Access-Control-Allow-Origin (GitHub Pages does): the islands hydrate in the
  // opaque origin, where localStorage throws; the answer is checked and the reader told progress is not kept.
  await page.route(`${baseURL}/_astro/**`, async (r) => {
    const response = await r.fetch();
    await r.fulfill({ response, headers: { ...response.headers(), 'access-control-allow-origin': '*' } });
  });
  const lang = 'zh';
  await course(page, parentSnippet({ host: baseURL!, path: `/${lang}/embed/exercise/ex-4-2/?ex.seed=7`, id: 'fm-ex', example: 'ex-4-2', title: 'ex', sandbox: 'allow-scripts' }));
  const ex = page.frameLocator('#fm-ex').locator('article[data-exercise="ex-4-2"]');
  await expect(ex).toHaveAttribute('data-hydrated', 'true');
  await ex.getByLabel(EX_UI[lang].answer, { exact: true }).fill(answer('ex-4-2', 7));
  await ex.getByRole('button', { name: EX_UI[lang].check }).click();
  await expect(ex.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'correct');
  await expect(ex.locator('[data-not-saved="unavailable"]')).toContainText(EX_UI[lang].notSaved.unavailable!);
  await expect(page.frameLocator('#fm-ex').locator('[data-progress-transfer]')).toBeHidden();
  await fits(page, 'fm-ex', page.frame({ url: /\/embed\/exercise\/ex-4-2\// })!);
});

test('progress made in an embed moves to the book with a progress code; resetting takes two steps', async ({ page, browser }) => {
  const lang = 'en';
  const T = TRANSFER_TEXT[lang];
  const P = PAGES_UI[lang];
  // The embed (on its own here: a course page's partition is just another storage).
  await page.goto(`/${lang}/embed/exercise/ex-4-2/?ex.seed=7`);
  const ex = page.locator('article[data-exercise="ex-4-2"]');
  await expect(ex).toHaveAttribute('data-hydrated', 'true');
  await ex.getByLabel(EX_UI[lang].answer, { exact: true }).fill(answer('ex-4-2', 7));
  await ex.getByRole('button', { name: EX_UI[lang].check }).click();
  await expect(ex.locator('.exercise-progress')).toHaveText(EX_UI[lang].state.solved!);
  const panel = page.locator('details[data-progress-transfer]');
  await panel.locator('summary').click();
  await expect(panel).toContainText(T.embedNote);
  const code = await panel.getByLabel(T.exportLabel).inputValue();
  expect(code).toMatch(/^fmb1:4-2s:[0-9a-f]{8}$/);

  // The book, in a storage of its own: the note, strict refusals, then the import.
  const book = await browser.newContext();
  const p = await book.newPage();
  await p.goto(`/${lang}/progress/`);
  await expect(p.locator('section[data-progress-transfer]')).toContainText(T.pageNote);
  const row = p.locator('tr[data-progress-row="ex-4-2"] [data-progress-state]');
  await expect(row).toHaveText(EX_UI[lang].state.none!);
  const paste = p.getByLabel(T.importLabel);
  const status = p.locator('[data-progress-transfer-status]');
  await paste.fill('<img src=x onerror=alert(1)>');
  await p.getByRole('button', { name: T.import }).click();
  await expect(status).toHaveText(T.errors['not-a-code']);
  await paste.fill(code.replace('4-2s', '4-3s'));
  await p.getByRole('button', { name: T.import }).click();
  await expect(status).toHaveText(T.errors.damaged);
  await expect(row).toHaveText(EX_UI[lang].state.none!);
  await paste.fill(`  ${code.slice(0, 7)}\n${code.slice(7)}  `);
  await p.getByRole('button', { name: T.import }).click();
  await expect(status).toHaveText(T.imported(1, 0));
  await expect(row).toHaveText(EX_UI[lang].state.solved!);

  // Reset: the first click only asks; Cancel keeps everything; Yes resets.
  await p.getByRole('button', { name: P.reset }).click();
  await expect(p.getByText(P.resetQuestion)).toBeVisible();
  await expect(p.getByRole('button', { name: P.reset })).toBeHidden();
  await expect(p.getByRole('button', { name: P.resetNo })).toBeFocused();
  await expect(row).toHaveText(EX_UI[lang].state.solved!);
  await p.getByRole('button', { name: P.resetNo }).click();
  await expect(row).toHaveText(EX_UI[lang].state.solved!);
  await expect(p.getByText(P.resetQuestion)).toBeHidden();
  await p.getByRole('button', { name: P.reset }).click();
  await p.getByRole('button', { name: P.resetYes }).click();
  await expect(row).toHaveText(EX_UI[lang].state.none!);
  await expect(p.locator('[data-progress-status]')).toHaveText(P.resetDone);
  await book.close();
});

test('a full storage is reported in the page’s language, and what was stored is kept', async ({ browser }) => {
  for (const lang of LANGS) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript((key) => {
      localStorage.setItem(key, '{"ex-1-1":"solved"}');
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (k: string, v: string) {
        if (k === key) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return setItem.call(this, k, v);
      };
    }, PROGRESS_KEY);
    await page.goto(`/${lang}/embed/exercise/ex-4-2/?ex.seed=7`);
    const ex = page.locator('article[data-exercise="ex-4-2"]');
    await expect(ex).toHaveAttribute('data-hydrated', 'true');
    await ex.getByLabel(EX_UI[lang].answer, { exact: true }).fill(answer('ex-4-2', 7));
    await ex.getByRole('button', { name: EX_UI[lang].check }).click();
    await expect(ex.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'correct');
    await expect(ex.locator('[data-not-saved="full"]')).toContainText(EX_UI[lang].notSaved.full!);
    await expect(ex.locator('.exercise-progress')).toHaveText(EX_UI[lang].state.none!);
    expect(await page.evaluate((k) => localStorage.getItem(k), PROGRESS_KEY)).toBe('{"ex-1-1":"solved"}');
    await context.close();
  }
});
