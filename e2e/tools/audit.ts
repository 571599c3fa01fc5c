/**
 * `npm run audit`: Lighthouse (mobile profile, the machine's Chromium) on the
 * landing page and on background, math and practice in both languages. Prints
 * the four category scores as a table, checks them against the targets and
 * saves the reports in audit-results/. Needs a built site (dist/).
 * Targets: Performance ≥ 0.95 (≥ 0.90 for a page opened at a fragment), Accessibility 1.0, Best
 * Practices ≥ 0.95, SEO 1.0.
 *
 * Performance varies from run to run (more so on a shared 2-core machine), so, as
 * Lighthouse's own guidance on variability advises, it runs AUDIT_RUNS times (3 by
 * default) and the median run (Lighthouse's computeMedianRun: closest to the median
 * FCP and TTI) is the one reported and saved; the range of scores is printed too.
 */
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import * as chromeLauncher from 'chrome-launcher';
import { mkdirSync, writeFileSync } from 'node:fs';
import { startPreview, CHROMIUM, CHROMIUM_FLAGS } from './preview.ts';

/**
 * The pages: the landing page and three chapters opened as a reader starting them does, then the
 * course-link case: the longest chapters opened at deep fragments, in both editions (a page opened
 * at a fragment renders every section: see docs/links.md, "Deep links land in place").
 */
const PAGES = process.env.AUDIT_PAGES
  ? process.env.AUDIT_PAGES.split(',')
  : ['/', '/en/background/', '/zh/background/', '/en/math/', '/zh/math/', '/en/practice/', '/zh/practice/', '/en/math/#momentum', '/zh/math/#momentum', '/en/math/#adam', '/zh/algorithms/#self-attention'];
const CATS = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const TARGET: Record<(typeof CATS)[number], number> = { performance: 0.95, accessibility: 1, 'best-practices': 0.95, seo: 1 };
/** The performance budget of a page opened at a fragment (a course link). */
const FRAGMENT_PERFORMANCE = 0.9;
const target = (path: string, c: (typeof CATS)[number]) => (c === 'performance' && path.includes('#') ? FRAGMENT_PERFORMANCE : TARGET[c]);

const RUNS = Math.max(1, Number(process.env.AUDIT_RUNS ?? 3));
const port = Number(process.env.AUDIT_PORT ?? 4377);
const preview = await startPreview(port);
const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROMIUM_FLAGS });
mkdirSync('audit-results', { recursive: true });
const rows: string[][] = [];
let failed = false;
try {
  for (const path of PAGES) {
    // Performance gets a run of its own: the other categories inject their checks (axe and
    // friends) into the page, and those scripts would otherwise be counted as blocking time.
    const perfRuns: NonNullable<Awaited<ReturnType<typeof lighthouse>>>[] = [];
    for (let i = 0; i < RUNS; i++) {
      const r = await lighthouse(preview.url + path, { port: chrome.port, output: 'html', onlyCategories: ['performance'], logLevel: 'error' });
      if (r) perfRuns.push(r);
    }
    const median = perfRuns.length ? computeMedianRun(perfRuns.map((r) => r.lhr)) : undefined;
    const perf = perfRuns.find((r) => r.lhr === median);
    const perfScores = perfRuns.map((r) => r.lhr.categories.performance?.score ?? 0);
    const rest = await lighthouse(preview.url + path, { port: chrome.port, output: 'html', onlyCategories: ['accessibility', 'best-practices', 'seo'], logLevel: 'error' });
    if (!perf || !rest) throw new Error(`no Lighthouse result for ${path}`);
    const name = path === '/' ? 'landing' : path.replace(/^\/|\/$/g, '').replace(/\/#?/g, '-').replace(/#/g, '-');
    for (const [suffix, r] of [['performance', perf], ['other', rest]] as const) {
      writeFileSync(`audit-results/${name}-${suffix}.html`, r.report as string);
      writeFileSync(`audit-results/${name}-${suffix}.json`, JSON.stringify(r.lhr, null, 1));
    }
    const categories: typeof rest.lhr.categories = { ...rest.lhr.categories, performance: perf.lhr.categories.performance! };
    const result = { lhr: { ...rest.lhr, categories, audits: { ...rest.lhr.audits, ...perf.lhr.audits } } };
    const scores = CATS.map((c) => result.lhr.categories[c]?.score ?? 0);
    CATS.forEach((c, i) => {
      if (scores[i]! < target(path, c)) {
        failed = true;
        const audits = Object.values(result.lhr.audits)
          .filter((a) => a.score !== null && a.score < 1 && result.lhr.categories[c]!.auditRefs.some((r) => r.id === a.id && r.weight > 0))
          .map((a) => `${a.id} (${a.score})`);
        console.error(`${path}: ${c} ${scores[i]} < ${target(path, c)}: ${audits.join(', ')}`);
      }
    });
    const sorted = [...perfScores].sort((a, b) => a - b);
    rows.push([path, ...scores.map((s) => s.toFixed(2)), `${sorted[0]!.toFixed(2)}–${sorted.at(-1)!.toFixed(2)} (${sorted.map((s) => s.toFixed(2)).join(', ')})`]);
  }
} finally {
  chrome.kill();
  preview.stop();
}
const header = ['page', ...CATS, 'performance range (every run)'];
console.log(`\n| ${header.join(' | ')} |\n| ${header.map(() => '---').join(' | ')} |`);
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
writeFileSync('audit-results/summary.json', JSON.stringify({ header, rows }, null, 1));
process.exit(failed ? 1 : 0);
