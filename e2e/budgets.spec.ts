/**
 * Budgets, checked over the built site (sizes, not time):
 * - pages without examples load no JavaScript beyond Starlight's own (the set of a plain chapter);
 * - chapter 4's islands stay within the calculators' (30 KB gz) and playground's (40 KB gz) budgets;
 * - no page references TensorFlow.js or a .wasm file before interaction;
 * - a chapter without examples weighs under 150 KB gzipped in total, fonts included (measured in the browser).
 */
import { test, expect } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { allPages, htmlOf } from './gates/site';
import { gzOf, pageJs, read } from './gates/js';
import { CHAPTERS, LANGS } from '../src/lib/book';

const KB = 1024;
const REFERENCE = '/en/background/'; // a chapter with no example: its scripts are Starlight's own
const hasExample = (html: string) => /<figure[^>]*\bid="example-/.test(html);
const report: string[] = [];

test.afterAll(() => console.log(['', 'Budgets (gzipped):', ...report].join('\n')));

test('pages without examples load nothing beyond Starlight’s own scripts', () => {
  const ref = pageJs(REFERENCE, htmlOf(REFERENCE));
  expect(ref.islands.size).toBe(0);
  report.push(`  Starlight's scripts at page load: ${(gzOf(ref.atLoad) / KB).toFixed(1)} KB + inline ${(ref.inlineGz / KB).toFixed(1)} KB`);
  const problems: string[] = [];
  for (const p of allPages()) {
    const html = htmlOf(p);
    // Book pages only: the landing page, the edition covers and the chapters (not the
    // short-link, 404, parallel and embed utility pages, which carry their own small scripts).
    if (hasExample(html) || !(p === '/' || /^\/(en|zh)\/(?!embed\/)/.test(p))) continue;
    const js = pageJs(p, html);
    // Expressive Code (Starlight's code blocks) adds its copy-button script to pages with code.
    // The edition covers (/en/, /zh/) add the "Save for offline reading" control's script (issue 18, ≈ 2.6 KB gz).
    const cover = /^\/(en|zh)\/$/.test(p);
    const extra = [...js.atLoad].filter((m) => !ref.atLoad.has(m) && !/\/_astro\/ec\.[\w-]+\.js$/.test(m) && !(cover && /\/_astro\/OfflineSave\.astro_astro_type_script_[\w.-]+\.js$/.test(m)));
    if (extra.length) problems.push(`${p}: loads extra JavaScript at page load: ${extra.join(', ')}`);
    if (js.islands.size) problems.push(`${p}: has ${js.islands.size} island(s) but no example`);
  }
  expect(problems).toEqual([]);
});

for (const lang of LANGS) {
  test(`chapter 4 (${lang}): calculators ≤ 30 KB and playground ≤ 40 KB gzipped`, () => {
    const path = `/${lang}/math/`;
    const js = pageJs(path, htmlOf(path));
    const ref = pageJs(REFERENCE, htmlOf(REFERENCE));
    const extraAtLoad = [...js.atLoad].filter((m) => !ref.atLoad.has(m));
    const calc = new Set<string>();
    const playground = new Set<string>();
    for (const [comp, mods] of js.islands) {
      const target = comp.includes('Calculator') ? calc : comp.includes('OptimizerPlayground') ? playground : null;
      expect(target, `unexpected island ${comp}`).not.toBeNull();
      for (const m of mods) target!.add(m);
    }
    // Shared runtime (Preact, Astro's client) is counted in both budgets.
    const calcKb = (gzOf(new Set([...calc, ...extraAtLoad])) / KB);
    const playKb = (gzOf(new Set([...playground, ...extraAtLoad])) / KB);
    report.push(`  ${path} calculators: ${calcKb.toFixed(1)} KB (budget 30), playground: ${playKb.toFixed(1)} KB (budget 40)`);
    expect(calc.size).toBeGreaterThan(0);
    expect(playground.size).toBeGreaterThan(0);
    expect(calcKb).toBeLessThanOrEqual(30);
    expect(playKb).toBeLessThanOrEqual(40);
    // KaTeX's client part is not among them: it loads only when a calculator becomes interactive.
    for (const m of calc) expect(read(m)).not.toContain('KaTeX parse error');
  });
}

test('no page references TensorFlow.js or a .wasm file before interaction', () => {
  const problems: string[] = [];
  for (const p of allPages()) {
    const html = htmlOf(p);
    // Resources the HTML loads (src, href, component and renderer URLs) — not text such as code shown on the page.
    // (Outbound <a> links, e.g. to the TensorFlow blog, load nothing.)
    for (const m of html.matchAll(/<(?!a\b)\w[^>]*?\s(?:src|href|component-url|renderer-url|before-hydration-url)="([^"]+)"/g)) {
      if (/\.wasm\b|tensorflow|tfjs/i.test(m[1]!)) problems.push(`${p}: the HTML references ${m[1]}`);
    }
    const js = pageJs(p, html);
    const mods = new Set([...js.atLoad, ...[...js.islands.values()].flatMap((s) => [...s])]);
    for (const m of mods) {
      const code = read(m);
      if (/\.wasm["'`]/.test(code) || code.length > 250 * KB) problems.push(`${p}: ${m} (loaded before interaction) holds TensorFlow.js or a .wasm reference`);
    }
  }
  expect(problems).toEqual([]);
});

const plainChapters = CHAPTERS.map((c) => c.slug).filter((s) => !hasExample(htmlOf(`/en/${s}/`)));

for (const lang of LANGS) {
  test(`a chapter without examples weighs under 150 KB gzipped, fonts included (${lang})`, async ({ page }) => {
    let worst = { path: '', kb: 0 };
    for (const slug of plainChapters) {
      const path = `/${lang}/${slug}/`;
      let total = 0;
      const pending: Promise<void>[] = [];
      const onResponse = (r: import('@playwright/test').Response) => {
        pending.push(
          r
            .body()
            .then((b) => {
              total += gzipSync(b, { level: 6 }).length;
            })
            .catch(() => undefined),
        );
      };
      page.on('response', onResponse);
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      await Promise.all(pending);
      page.off('response', onResponse);
      const kb = total / KB;
      if (kb > worst.kb) worst = { path, kb };
      expect(kb, `${path} weighs ${kb.toFixed(1)} KB gzipped`).toBeLessThan(150);
    }
    report.push(`  heaviest chapter without examples (${lang}): ${worst.path} ${worst.kb.toFixed(1)} KB (budget 150)`);
  });
}
