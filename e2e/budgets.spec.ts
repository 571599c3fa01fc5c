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
import { CHAPTERS, LANGS } from '../src/lib/book/book';
import { YIELD_POINT_HTML } from '../src/lib/book/yield-points';

const KB = 1024;
const REFERENCE = '/en/faq/'; // a chapter with no example and no exercises: its scripts are Starlight's own
const hasExample = (html: string) => /<figure[^>]*\bid="example-/.test(html);
const report: string[] = [];
const isExerciseIsland = (componentUrl: string) => /\/Exercise(Numeric|NumericBase|Text)\.[\w-]+\.js$/.test(componentUrl);

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
    // (Nor the exercises' instructors' and progress pages: /<lang>/exercises/…, /<lang>/progress/,
    // nor the reading-list builder, /<lang>/course/, an island of its own.)
    if (hasExample(html) || !(p === '/' || /^\/(en|zh)\/(?!embed\/|exercises\/|progress\/|course\/)/.test(p))) continue;
    const js = pageJs(p, html);
    // Expressive Code (Starlight's code blocks) adds its copy-button script to pages with code.
    // The edition covers (/en/, /zh/) add the "Save for offline reading" control's script (its size: docs/figures.md).
    const cover = /^\/(en|zh)\/$/.test(p);
    const extra = [...js.atLoad].filter((m) => !ref.atLoad.has(m) && !/\/_astro\/ec\.[\w-]+\.js$/.test(m) && !(cover && /\/_astro\/OfflineSave\.astro_astro_type_script_[\w.-]+\.js$/.test(m)));
    if (extra.length) problems.push(`${p}: loads extra JavaScript at page load: ${extra.join(', ')}`);
    // The exercises' islands (end of chapters 1–9) have a budget of their own, below.
    const islands = [...js.islands.keys()].filter((c) => !isExerciseIsland(c));
    if (islands.length) problems.push(`${p}: has ${islands.length} island(s) but no example`);
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
      if (isExerciseIsland(comp)) continue; // budgeted below
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

test('the exercises add at most 15 KB gz of JavaScript to a chapter page, loaded when they come into view', () => {
  const ref = pageJs(REFERENCE, htmlOf(REFERENCE));
  let worst = { path: '', kb: 0 };
  for (const lang of LANGS) {
    for (const c of CHAPTERS) {
      const path = `/${lang}/${c.slug}/`;
      const html = htmlOf(path);
      if (!html.includes('data-exercises=')) continue;
      const js = pageJs(path, html);
      const mods = new Set<string>();
      for (const [comp, m] of js.islands) if (isExerciseIsland(comp)) for (const x of m) mods.add(x);
      expect(mods.size, path).toBeGreaterThan(0);
      // Hydrated when visible (client:visible), never at page load.
      for (const m of html.matchAll(/<astro-island\b([^>]*)>/g)) {
        if (isExerciseIsland(/component-url="([^"]+)"/.exec(m[1]!)?.[1] ?? '')) expect(m[1], path).toContain('client="visible"');
      }
      const extraAtLoad = [...js.atLoad].filter((m) => !ref.atLoad.has(m) && !/\/_astro\/ec\.[\w-]+\.js$/.test(m));
      // What the exercises ADD to the page: their modules that no other island of the page loads anyway
      // (on a page with worked examples, Preact and Astro's client are already there); on a page
      // without other islands that is everything, shared runtime included.
      const others = new Set<string>();
      for (const [comp, m] of js.islands) if (!isExerciseIsland(comp)) for (const x of m) others.add(x);
      const added = [...mods].filter((m) => !others.has(m));
      const kb = gzOf(new Set([...added, ...(hasExample(html) ? [] : extraAtLoad)])) / KB;
      if (kb > worst.kb) worst = { path, kb };
      expect(kb, `${path}: exercises ${kb.toFixed(1)} KB gz`).toBeLessThanOrEqual(15);
    }
  }
  report.push(`  exercises' islands, heaviest chapter: ${worst.path} ${worst.kb.toFixed(1)} KB (budget 15)`);
});

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

// --- added: worked examples (issue 15) ---
// Each new example is an island of its own: a page loads only the code of the examples it shows.
// Markers are strings that survive minification: each example's title (and the chapter 4 calculators' first one).
const MARKERS = {
  calculators: 'Mean squared error',
  adam: 'first-moment decay',
  attention: 'Scaled dot-product attention',
  perplexity: 'Next-token loss and perplexity',
  sampling: 'Temperature, top-k and top-p sampling',
  'positional-encoding': 'Sinusoidal positional encoding',
} as const;
const islandCode = (path: string, match: (comp: string) => boolean) => {
  const js = pageJs(path, htmlOf(path));
  const mods = new Set<string>();
  for (const [comp, ms] of js.islands) if (match(comp)) for (const m of ms) mods.add(m);
  return { mods, text: [...mods].map(read).join('\n') };
};

test('pages with the new examples load only those examples’ code', () => {
  const found = (text: string) => (Object.keys(MARKERS) as (keyof typeof MARKERS)[]).filter((k) => text.includes(MARKERS[k]));
  for (const lang of LANGS) {
    const all3 = islandCode(`/${lang}/algorithms/`, () => true);
    expect(found(all3.text), `/${lang}/algorithms/`).toEqual(['attention', 'perplexity', 'sampling', 'positional-encoding']);
    const att = islandCode(`/${lang}/algorithms/`, (c) => c.includes('AttentionCalculator'));
    expect(found(att.text)).toEqual(['attention']);
    const ppl = islandCode(`/${lang}/algorithms/`, (c) => c.includes('PerplexityCalculator'));
    expect(found(ppl.text)).toEqual(['perplexity']);
    expect(found(islandCode(`/${lang}/algorithms/`, (c) => c.includes('SamplingCalculator')).text)).toEqual(['sampling']);
    expect(found(islandCode(`/${lang}/algorithms/`, (c) => c.includes('PositionalEncodingCalculator')).text)).toEqual(['positional-encoding']);
    const calc4 = islandCode(`/${lang}/math/`, (c) => c.includes('Calculator'));
    expect(found(calc4.text), `/${lang}/math/ calculators`).toEqual(['calculators', 'adam']);
    const five = islandCode(`/${lang}/math/`, (c) => /\/Calculator\.[\w-]+\.js$/.test(c));
    expect(found(five.text), 'the five chapter 4 calculators').toEqual(['calculators']);
    for (const name of ['adam', 'attention', 'perplexity', 'sampling', 'positional-encoding'] as const) {
      const embed = islandCode(`/${lang}/embed/${name}/`, () => true);
      expect(found(embed.text), `/${lang}/embed/${name}/`).toEqual([name]);
    }
    const ref = pageJs(REFERENCE, htmlOf(REFERENCE));
    const extra = [...pageJs(`/${lang}/algorithms/`, htmlOf(`/${lang}/algorithms/`)).atLoad].filter((m) => !ref.atLoad.has(m));
    const kb = (s: Set<string>) => (gzOf(new Set([...s, ...extra])) / KB).toFixed(1);
    report.push(
      `  /${lang}/algorithms/ attention island: ${kb(att.mods)} KB, perplexity island: ${kb(ppl.mods)} KB, both: ${kb(all3.mods)} KB; ` +
        `/${lang}/math/ adam island alone: ${(gzOf(islandCode(`/${lang}/math/`, (c) => c.includes('AdamCalculator')).mods) / KB).toFixed(1)} KB`,
    );
  }
});

test('long chapters give the HTML parser a yield point every few hundred elements (no long parse task)', () => {
  // Desktop Chromium parses the rest of a page in one task after its first few 10 ms chunks;
  // a `</script>` in the body cuts that back to 10 ms (src/plugins/sections.ts). Counted in the
  // static HTML: the elements between two yield points, at most one heavy component's worth.
  const MAX_BETWEEN = 4000;
  const rows: string[] = [];
  for (const lang of LANGS)
    for (const c of CHAPTERS) {
      const p = `/${lang}/${c.slug}/`;
      const html = htmlOf(p);
      const body = html.slice(html.indexOf('<body'));
      const runs = body.split(YIELD_POINT_HTML).map((r) => (r.match(/<[a-zA-Z]/g) ?? []).length);
      const max = Math.max(...runs);
      rows.push(`${p}: ${runs.length - 1} yield points, at most ${max} elements between two`);
      expect(max, `${p}: ${max} elements parsed without a yield point`).toBeLessThanOrEqual(MAX_BETWEEN);
    }
  report.push(`  parser yield points: ${rows.filter((r) => /\/(en|zh)\/(math|practice)\//.test(r)).join('; ')}`);
});
