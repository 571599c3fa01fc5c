/**
 * Course links land where they point (issue 12). Every link target of every
 * chapter of both editions — every h2/h3/h4 id, equation id (`eq-…`) and example
 * id (`example-…`) — is opened in a FRESH page (never a hash change on an open
 * page), at 1280×900 and at 390×800 (touch), with JavaScript on and off. Once the
 * page has loaded, the target's top must be below the header (and the phone's
 * "On this page" bar) and within the top 240 px of the window, and 2 s later it
 * must still be there (no later shift from islands, fonts, KaTeX or sections
 * being rendered).
 *
 * Cost: each target is its own page, so the pages of one chapter are opened a
 * few at a time and the 2 s wait is shared by the batch. Failures are collected
 * per chapter and reported together (id, where it landed, where it drifted to).
 */
import { test, expect, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from '@playwright/test';
import { LANG_PREF_KEY } from '../src/lib/book/reading';
import { fileURLToPath } from 'node:url';
import { CHAPTERS, LANGS } from '../src/lib/book/book';
import { readEdition } from '../src/lib/node/parity-fs';
import { siteTargets, type LinkTarget } from '../src/lib/book/link-ids';
import { fragmentLandings, landing, LANDING_BAND, type Landing } from './tools/landing';
import { bringIntoView } from './tools/scroll';

const CONTENT = fileURLToPath(new URL('../content/', import.meta.url));
const TARGETS = siteTargets(readEdition(`${CONTENT}en`));
/** Pages open at once in one chapter's test (they wait together). */
const BATCH = 6;
/** How long a landed target must stay put. */
const SETTLE_MS = 2_000;
/** How far a target may move during that time (sub-pixel rounding). */
const MAX_DRIFT = 2;
/**
 * How far a target may move when every island of its page hydrates. Each island's static HTML
 * has its controls' boxes within 1–2 px (src/islands/static-field.tsx); chapter 4's seventeen
 * islands add up to 8 px at the end of the chapter (measured 2026-12-06). A reader's window
 * does not follow that (scroll anchoring keeps what is on screen in place); this bounds it.
 */
const HYDRATION_DRIFT = 12;

export const MODES: { name: string; options: BrowserContextOptions }[] = [
  { name: 'desktop', options: { viewport: { width: 1280, height: 900 } } },
  { name: 'desktop, no JS', options: { viewport: { width: 1280, height: 900 }, javaScriptEnabled: false } },
  { name: 'phone', options: { viewport: { width: 390, height: 800 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 } },
  {
    name: 'phone, no JS',
    options: { viewport: { width: 390, height: 800 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2, javaScriptEnabled: false },
  },
];

interface Miss {
  id: string;
  first: Landing | null;
  later: Landing | null;
}

function describe(m: Miss): string {
  const f = m.first;
  const l = m.later;
  if (!f) return `${m.id}: not found`;
  return `${m.id}: top ${f.top.toFixed(0)} px (band ${f.min.toFixed(0)}–${LANDING_BAND}) → ${l ? l.top.toFixed(0) : '?'} px after ${SETTLE_MS} ms`;
}

export function missed(first: Landing | null, later: Landing | null): boolean {
  if (!first || !later) return true;
  const inBand = (l: Landing) => l.top >= l.min - 1 && l.top <= LANDING_BAND;
  return !inBand(first) || !inBand(later) || Math.abs(later.top - first.top) > MAX_DRIFT;
}

/** A target on its page. */
interface Target {
  path: string;
  id: string;
}

/** Opens each target in a page of its own; returns the ones that did not land or did not stay. */
async function openAll(
  browser: Browser,
  options: BrowserContextOptions,
  targets: Target[],
  setup?: (context: BrowserContext) => Promise<unknown>,
): Promise<Miss[]> {
  const context = await browser.newContext(options);
  await setup?.(context);
  const misses: Miss[] = [];
  try {
    for (let i = 0; i < targets.length; i += BATCH) {
      const batch = targets.slice(i, i + BATCH);
      const pages = await Promise.all(batch.map(() => context.newPage()));
      await Promise.all(pages.map((p, k) => p.goto(`${batch[k]!.path}#${batch[k]!.id}`, { waitUntil: 'load' })));
      const first = await Promise.all(pages.map((p, k) => landing(p, batch[k]!.id)));
      await pages[0]!.waitForTimeout(SETTLE_MS);
      const later = await Promise.all(pages.map((p, k) => landing(p, batch[k]!.id)));
      batch.forEach((t, k) => {
        if (missed(first[k]!, later[k]!)) misses.push({ id: `${t.path}#${t.id}`, first: first[k]!, later: later[k]! });
      });
      await Promise.all(pages.map((p) => p.close()));
    }
  } finally {
    await context.close();
  }
  return misses;
}

/** In the page, from its start: whether the element the fragment names exists when the first frame is painted. */
function firstFrameWatch() {
  const id = decodeURIComponent(location.hash.slice(1));
  if (id) requestAnimationFrame(() => ((window as unknown as { __firstFrame?: boolean }).__firstFrame = document.getElementById(id) !== null));
}

/** Each target's top in the document (CSS px from the top of the page); null when it is missing. */
function documentTops(page: Page, ids: string[]): Promise<(number | null)[]> {
  return page.evaluate(
    (ids) =>
      ids.map((id) => {
        const el = document.getElementById(id);
        return el ? el.getBoundingClientRect().top + window.scrollY : null;
      }),
    ids,
  );
}

/**
 * Hydrates every island of the page (they are `client:visible`): brings each into view for two
 * frames (an island is `display: contents`, so Astro watches its first child), then waits for all.
 */
async function hydrateAll(page: Page): Promise<void> {
  await page.evaluate(async () => {
    // Two frames, or half a second where the page paints no frame: an evaluate never hangs.
    const frames = () => new Promise((ok) => (requestAnimationFrame(() => requestAnimationFrame(ok)), setTimeout(ok, 500)));
    for (const island of document.querySelectorAll('astro-island[ssr]')) {
      island.firstElementChild?.scrollIntoView({ block: 'center' });
      await frames();
    }
  });
  await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0, undefined, { timeout: 30_000 });
}

interface ChapterCheck {
  /** The chapter's page. */
  path: string;
  /** Every target of the chapter. */
  ids: string[];
  /** The target the page is opened at. */
  fresh: string;
}

/**
 * The landing of a whole chapter from one fresh page. The page is opened at one target (`fresh`),
 * which must land and stay put for SETTLE_MS, as in `openAll`. On the same page, every target of the
 * chapter then:
 * - does not move between load and SETTLE_MS later by more than MAX_DRIFT, nor (with JavaScript)
 *   by more than HYDRATION_DRIFT when every island of the page has hydrated (in the document, so
 *   anywhere on the page);
 * - lands in the band when the browser scrolls to it as to a fragment.
 * Why one page stands for a fresh page per target: a page opened at any fragment renders every
 * section (html.at-target, set in <head> before the first layout, or its <noscript> twin
 * `html:has(:target)`), so its layout is the same whichever target the URL names; what a fresh load
 * could add is movement after the browser's scroll, which the first two checks measure for every
 * target at once. The brute-force matrix (a fresh page per target) is DEEP_LINKS_FULL=1.
 */
async function checkChapters(browser: Browser, options: BrowserContextOptions, chapters: ChapterCheck[], setup?: (context: BrowserContext) => Promise<unknown>): Promise<string[]> {
  const js = options.javaScriptEnabled !== false;
  const context = await browser.newContext(options);
  await setup?.(context);
  // The first frame the page paints must already hold the target: a page opened at a fragment waits
  // for it (`<link rel="expect" blocking="render">`, src/overrides/Head.astro) instead of painting the
  // top of the chapter and jumping down, which a reader sees and Lighthouse counted as a layout
  // shift of 0.7–0.9 (the whole window).
  if (js) await context.addInitScript(firstFrameWatch);
  const problems: string[] = [];
  const moved = (what: string, path: string, ids: string[], a: (number | null)[], b: (number | null)[], max: number) =>
    ids.forEach((id, k) => {
      const [x, y] = [a[k], b[k]];
      if (x == null || y == null) problems.push(`${path}#${id}: not found`);
      else if (Math.abs(y - x) > max) problems.push(`${path}#${id}: moved ${(y - x).toFixed(0)} px ${what}`);
    });
  try {
    for (let i = 0; i < chapters.length; i += BATCH) {
      const batch = chapters.slice(i, i + BATCH);
      const pages = await Promise.all(batch.map(() => context.newPage()));
      await Promise.all(pages.map((p, k) => p.goto(`${batch[k]!.path}#${batch[k]!.fresh}`, { waitUntil: 'load' })));
      const first = await Promise.all(pages.map((p, k) => landing(p, batch[k]!.fresh)));
      const atLoad = await Promise.all(pages.map((p, k) => documentTops(p, batch[k]!.ids)));
      await pages[0]!.waitForTimeout(SETTLE_MS);
      const later = await Promise.all(pages.map((p, k) => landing(p, batch[k]!.fresh)));
      const settled = await Promise.all(pages.map((p, k) => documentTops(p, batch[k]!.ids)));
      for (const [k, c] of batch.entries()) {
        const page = pages[k]!;
        if (missed(first[k]!, later[k]!)) problems.push(`${c.path}#${describe({ id: c.fresh, first: first[k]!, later: later[k]! })} (fresh page)`);
        if (js && (await page.evaluate(() => (window as unknown as { __firstFrame?: boolean }).__firstFrame)) === false)
          problems.push(`${c.path}#${c.fresh}: the first frame was painted before the target existed`);
        moved(`in the ${SETTLE_MS} ms after load`, c.path, c.ids, atLoad[k]!, settled[k]!, MAX_DRIFT);
        if (js && (await page.locator('astro-island[ssr]').count()) > 0) {
          await hydrateAll(page);
          moved('when the islands hydrated', c.path, c.ids, settled[k]!, await documentTops(page, c.ids), HYDRATION_DRIFT);
        }
        const landed = await fragmentLandings(page, c.ids);
        c.ids.forEach((id, j) => {
          const l = landed[j]!;
          if (missed(l, l)) problems.push(`${c.path}#${describe({ id, first: l, later: l })} (scrolled to as a fragment)`);
        });
      }
      await Promise.all(pages.map((p) => p.close()));
    }
  } finally {
    await context.close();
  }
  return problems;
}

const bySlug = new Map<string, LinkTarget[]>();
for (const t of TARGETS) bySlug.set(t.slug, [...(bySlug.get(t.slug) ?? []), t]);

/** For a quick local run: DEEP_LINKS_ONLY="math,core-concepts" DEEP_LINKS_MODES="desktop" (comma-separated). */
const only = (name: string) => (process.env[name] ?? '').split(',').filter(Boolean);
const ONLY_PAGES = only('DEEP_LINKS_ONLY');
const ONLY_MODES = only('DEEP_LINKS_MODES');

/**
 * The matrix in `npm test`: every chapter in every mode and both editions, one fresh page each
 * (13 × 4 × 2 = 104 page loads), every target of the chapter checked on it (`checkChapters`).
 * The target a page is opened at rotates through the chapter with the (mode, edition) pair, so a
 * chapter's eight fresh loads land on eight targets spread over it, its last one among them.
 * DEEP_LINKS_FULL=1 (`npm run test:deep-links`) is the brute-force matrix: every target in a fresh
 * page of its own, in all four modes in both editions (1,120 loads); run it after changing how pages
 * land (src/styles/book.css, src/overrides/Head.astro, src/plugins/sections.ts).
 */
const FULL = process.env.DEEP_LINKS_FULL === '1';
const PAIRS = MODES.length * LANGS.length;
export function freshIndex(modeIndex: number, lang: string, chapterIndex: number, targets: number): number {
  const k = (modeIndex * LANGS.length + LANGS.indexOf(lang as (typeof LANGS)[number]) + chapterIndex) % PAIRS;
  return k === PAIRS - 1 ? targets - 1 : Math.min(targets - 1, Math.floor((k * targets) / (PAIRS - 1)));
}

for (const [modeIndex, mode] of MODES.entries()) {
  if (ONLY_MODES.length > 0 && !ONLY_MODES.includes(mode.name)) continue;
  test.describe(`deep links land in place (${mode.name})`, () => {
    for (const lang of LANGS) {
      const chapters = CHAPTERS.map((ch, c) => {
        const ids = (bySlug.get(ch.slug) ?? []).map((t) => t.id);
        return { path: `/${lang}/${ch.slug}/`, ids, fresh: ids[freshIndex(modeIndex, lang, c, ids.length)]! };
      }).filter((c, i) => c.ids.length > 0 && (ONLY_PAGES.length === 0 || ONLY_PAGES.includes(CHAPTERS[i]!.slug)));
      if (FULL) {
        for (const c of chapters) {
          test(`${c.path}: ${c.ids.length} targets, a fresh page each`, async ({ browser }) => {
            test.setTimeout(60_000 + c.ids.length * 10_000);
            const misses = await openAll(browser, mode.options, c.ids.map((id) => ({ path: c.path, id })));
            expect(misses.map(describe), `${misses.length} of ${c.ids.length} targets off`).toEqual([]);
          });
        }
        continue;
      }
      const targets = chapters.reduce((n, c) => n + c.ids.length, 0);
      test(`/${lang}/*/: ${chapters.length} fresh pages, ${targets} targets`, async ({ browser }) => {
        test.setTimeout(120_000 + chapters.length * 20_000);
        const problems = await checkChapters(browser, mode.options, chapters);
        expect(problems, `${problems.length} problems`).toEqual([]);
      });
    }
  });
}

test('the fresh pages: each chapter opens at eight targets spread over it, its last one among them', () => {
  for (const [c, ch] of CHAPTERS.entries()) {
    const n = bySlug.get(ch.slug)?.length ?? 0;
    if (n === 0) continue;
    const opened = MODES.flatMap((_, m) => LANGS.map((lang) => freshIndex(m, lang, c, n)));
    expect(opened.every((i) => i >= 0 && i < n), ch.slug).toBe(true);
    expect(new Set(opened).size, ch.slug).toBe(Math.min(n, PAIRS));
    expect(opened, ch.slug).toContain(n - 1);
  }
});

/**
 * The check can fail: a fixture page (served on the site's origin) with a
 * target that the browser scrolls under the header (a negative scroll margin,
 * as a wrong estimate of the heights above it does), a target that a block
 * growing a second after load pushes down (with scroll anchoring off, as when
 * the browser finds no anchor), and a last section that cannot be
 * scrolled to the top: each is reported; a plain target is not.
 */
const FIXTURE = '/__deep-link-fixture__/';
const filler = (n: number) => Array.from({ length: n }, (_, i) => `<p>Paragraph ${i} of filler text that takes some room on the page.</p>`).join('');
const fixture = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Deep-link fixture</title>
<style>h2 { scroll-margin-top: 1rem; } #under-header { scroll-margin-top: -300px; } html { overflow-anchor: none; }</style></head><body>
<h2 id="plain">Plain</h2>${filler(40)}
<h2 id="under-header">Lands under the header</h2>${filler(40)}
<div id="late"></div><h2 id="pushed">Pushed after load</h2>${filler(40)}
<script>addEventListener('load', () => setTimeout(() => { document.getElementById('late').style.height = '400px'; }, 1000));</script>
<h2 id="last">Last</h2><p>The end.</p>
</body></html>`;

test('the landing check reports targets that land off, drift, or cannot reach the top', async ({ browser }) => {
  test.setTimeout(120_000);
  const misses = await openAll(browser, MODES[0]!.options, ['plain', 'under-header', 'pushed', 'last'].map((id) => ({ path: FIXTURE, id })), (context) =>
    context.route(`**${FIXTURE}`, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: fixture })),
  );
  expect(misses.map((m) => m.id).sort()).toEqual(['last', 'pushed', 'under-header'].map((id) => `${FIXTURE}#${id}`));
  // The same faults, found from one page opened at the plain target (the npm test matrix's check).
  const route = (context: BrowserContext) => context.route(`**${FIXTURE}`, (r) => r.fulfill({ status: 200, contentType: 'text/html', body: fixture }));
  const ids = ['plain', 'under-header', 'pushed', 'last'];
  const problems = await checkChapters(browser, MODES[0]!.options, [{ path: FIXTURE, ids, fresh: 'plain' }], route);
  const named = (id: string) => problems.filter((p) => p.startsWith(`${FIXTURE}#${id}:`));
  expect(named('plain'), problems.join('\n')).toEqual([]);
  expect(named('under-header').join(), problems.join('\n')).toContain('scrolled to as a fragment');
  expect(named('pushed').join(), problems.join('\n')).toMatch(/moved 4\d\d px in the 2000 ms after load/);
  expect(named('last').join(), problems.join('\n')).toContain('scrolled to as a fragment');
});

/** Waits for the page to load, then checks that the target landed and stays 2 s. */
async function expectLanded(page: Page, id: string): Promise<void> {
  await page.waitForLoadState('load');
  const first = await landing(page, id);
  await page.waitForTimeout(SETTLE_MS);
  const later = await landing(page, id);
  expect(missed(first, later), `${page.url()}: ${describe({ id, first, later })}`).toBe(false);
}

/** expectLanded for several pages at once: one shared wait, every miss reported. */
async function expectAllLanded(opened: { page: Page; id: string }[]): Promise<void> {
  await Promise.all(opened.map(({ page }) => page.waitForLoadState('load')));
  const first = await Promise.all(opened.map(({ page, id }) => landing(page, id)));
  await opened[0]!.page.waitForTimeout(SETTLE_MS);
  const later = await Promise.all(opened.map(({ page, id }) => landing(page, id)));
  const misses = opened.flatMap(({ page, id }, k) => (missed(first[k]!, later[k]!) ? [`${page.url()}: ${describe({ id, first: first[k]!, later: later[k]! })}`] : []));
  expect(misses).toEqual([]);
}

const other = (lang: 'en' | 'zh') => (lang === 'en' ? 'zh' : 'en');
/** Deep targets of long chapters, the ones the issue found off target, and the last sections of short ones. */
const FOLLOW = ['momentum', 'example-optimizer-playground', 'eq-mse', 'evaluation-and-optimization', 'step-training', 'roadmap'];

for (const mode of MODES) {
  const js = mode.options.javaScriptEnabled !== false;
  test.describe(`following links lands in place (${mode.name})`, () => {
    test(js ? '/go/<id>/ opens the target in the preferred edition, in place' : '/go/<id>/ shows both links; each lands in place', async ({ browser }) => {
      test.setTimeout(180_000);
      const context = await browser.newContext(mode.options);
      if (js) await context.addInitScript(([k]) => localStorage.setItem(k!, 'zh'), [LANG_PREF_KEY]);
      // One page per link, followed together (the links are independent; the wait is shared).
      const opened = await Promise.all(
        FOLLOW.map(async (id) => {
          const t = TARGETS.find((x) => x.id === id)!;
          const page = await context.newPage();
          await page.goto(`/go/${id}/`);
          if (js) {
            await page.waitForURL(`**/zh/${t.slug}/#${id}`);
          } else {
            await page.locator('a[data-go-lang="en"]').click();
            await page.waitForURL(`**/en/${t.slug}/#${id}`);
          }
          return { page, id };
        }),
      );
      await expectAllLanded(opened);
      await context.close();
    });

    test('the language link of an h2 and of an h3 section lands on the same section of the other edition', async ({ browser }) => {
      test.setTimeout(120_000);
      const context = await browser.newContext(mode.options);
      const opened = await Promise.all(
        ([['en', 'momentum'], ['zh', 'optimizers'], ['en', 'evaluation-and-optimization']] as const).map(async ([lang, id]) => {
          const t = TARGETS.find((x) => x.id === id)!;
          const page = await context.newPage();
          await page.goto(`/${lang}/${t.slug}/#${id}`);
          await page.locator(`.sl-heading-wrapper:has(#${id}) > a.section-lang-link`).click();
          await page.waitForURL(`**/${other(lang)}/${t.slug}/#${id}`);
          return { page, id };
        }),
      );
      await expectAllLanded(opened);
      await context.close();
    });
  });
}

test.describe('jumps within an open page land in place', () => {
  // The page is opened with no fragment (its far sections are skipped, with estimated heights);
  // the jump must render them before it scrolls, with and without JavaScript.
  for (const mode of [MODES[0]!, MODES[1]!]) {
    const js = mode.options.javaScriptEnabled !== false;
    test(`links in "On this page"${js ? ', then a hash set by a script' : ''} (${mode.name})`, async ({ browser }) => {
      test.setTimeout(120_000);
      const context = await browser.newContext(mode.options);
      const page = await context.newPage();
      await page.goto('/en/math/');
      await page.waitForLoadState('load');
      await page.locator('starlight-toc a[href="#adam"]').first().click();
      await page.waitForURL('**/en/math/#adam');
      await expectLanded(page, 'adam');
      // The last section: the room after the footer comes with the jump.
      await page.locator('starlight-toc a[href="#exercises-math"]').first().click();
      await page.waitForURL('**/en/math/#exercises-math');
      await expectLanded(page, 'exercises-math');
      // Chapter 2's sections have no examples: they are skipped as a whole until rendered.
      await page.goto('/en/core-concepts/');
      await page.waitForLoadState('load');
      await page.locator('starlight-toc a[href="#evaluation-and-optimization"]').first().click();
      await expectLanded(page, 'evaluation-and-optimization');
      if (js) {
        // A fresh page, then a hash set without a click (history, another script).
        await page.goto('/en/core-concepts/');
        await page.waitForLoadState('load');
        await page.evaluate(() => (location.hash = '#evaluation-and-optimization'));
        await expectLanded(page, 'evaluation-and-optimization');
        // From a page opened at a target, a jump further down, by a link and by a script.
        await page.goto('/en/math/#loss-functions');
        await page.waitForLoadState('load');
        await page.locator('starlight-toc a[href="#exercises-math"]').first().click();
        await page.waitForURL('**/en/math/#exercises-math');
        await expectLanded(page, 'exercises-math');
        await page.goto('/en/math/#mse');
        await page.waitForLoadState('load');
        await page.evaluate(() => (location.hash = '#example-optimizer-playground'));
        await expectLanded(page, 'example-optimizer-playground');
      }
      await context.close();
    });
  }
});

test.describe('the language picker keeps the section being read', () => {
  test.describe.configure({ timeout: 120_000 });
  test('on a URL with a fragment: the same target in the other edition, in place', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/en/math/?sgd.lr=0.1#example-sgd');
    await page.waitForLoadState('load');
    await page.locator('starlight-lang-select select').first().selectOption({ label: '简体中文' });
    await page.waitForURL('**/zh/math/?sgd.lr=0.1#example-sgd');
    await expectLanded(page, 'example-sgd');
  });

  test('with no fragment, from a scrolled position: the section "On this page" marks as current, in place', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    for (const [lang, id] of [['en', 'momentum'], ['zh', 'cross-entropy']] as const) {
      await page.goto(`/${lang}/math/`);
      await page.waitForLoadState('load');
      // The reader scrolls (no fragment in the URL) into the section: its heading has just gone under the header.
      // (scrollIntoView first: like a reader's scrolling, it renders the sections on the way, which
      // are skipped off screen; a scrollBy to a box measured inside a skipped section lands past it.)
      // Sections coming near the window are rendered at their real heights a frame later: the reader
      // keeps scrolling until the heading sits there (a few frames at most).
      await page.locator(`#${id}`).evaluate(async (h) => {
        // Two frames, or half a second where the page paints no frame: an evaluate never hangs.
    const frames = () => new Promise((ok) => (requestAnimationFrame(() => requestAnimationFrame(ok)), setTimeout(ok, 500)));
        h.scrollIntoView({ block: 'start' });
        for (let i = 0; i < 10; i++) {
          await frames();
          const off = h.getBoundingClientRect().top - 20;
          if (Math.abs(off) < 2) break;
          window.scrollBy(0, off);
        }
      });
      await expect(page.locator(`starlight-toc a[href="#${id}"]`)).toHaveAttribute('aria-current', 'true');
      expect(new URL(page.url()).hash).toBe('');
      await page.locator('starlight-lang-select select').first().selectOption({ label: lang === 'en' ? '简体中文' : 'English' });
      await page.waitForURL(`**/${other(lang)}/math/#${id}`);
      await expectLanded(page, id);
    }
  });

  test('at the top of the page: the top of the other edition', async ({ page }) => {
    await page.goto('/en/math/');
    await page.waitForLoadState('load');
    await page.locator('starlight-lang-select select').first().selectOption({ label: '简体中文' });
    await page.waitForURL(/\/zh\/math\/$/);
  });
});

test.describe('bad fragments open the page at its top, with no error', () => {
  for (const mode of [MODES[0]!, MODES[1]!]) {
    test(mode.name, async ({ browser }) => {
      const context = await browser.newContext(mode.options);
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('dialog', (d) => errors.push(`dialog: ${d.message()}`));
      for (const hash of ['no-such-id', 'eq-mse', '%3Cscript%3Ealert(1)%3C%2Fscript%3E', '%E0%A4%A', `x${'a'.repeat(4000)}`, '"]),*{color:red}']) {
        // eq-mse is an equation of chapter 4: on chapter 1 it is unknown.
        await page.goto(`/en/background/#${hash}`);
        await page.waitForLoadState('load');
        await page.waitForTimeout(300);
        expect(await page.evaluate(() => window.scrollY), hash.slice(0, 40)).toBe(0);
      }
      if (mode.options.javaScriptEnabled !== false) {
        // The picker on such a URL opens the other edition at its top, with no fragment carried over.
        await page.goto('/en/math/#%3Cscript%3E');
        await page.locator('starlight-lang-select select').first().selectOption({ label: '简体中文' });
        await page.waitForURL(/\/zh\/math\/$/);
      }
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});

test('worked equations fit the column at 1280 px; the landing page\'s cards start level', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  for (const path of ['/en/math/', '/zh/math/', '/en/algorithms/']) {
    // With a target (#_top, the title), nothing is skipped: every equation is laid out.
    await page.goto(`${path}#_top`);
    await page.waitForLoadState('load');
    for (const fig of await page.locator('figure[id^="example-"] .calc-formula').all()) await bringIntoView(fig);
    const wide = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.equation .katex-display, .calc-formula')]
        .filter((e) => e.scrollWidth > e.clientWidth + 1)
        .map((e) => `${e.closest('[id]')?.id}: ${e.scrollWidth} > ${e.clientWidth}`),
    );
    expect(wide, path).toEqual([]);
  }
  await page.goto('/');
  const tops = await page.locator('.landing > .edition').evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
  expect(tops).toHaveLength(2);
  expect(tops[0]).toBe(tops[1]);
});
