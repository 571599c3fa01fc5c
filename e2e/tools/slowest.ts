/**
 * The slowest end-to-end spec files and tests of a run, from Playwright's JSON report
 * (`E2E_JSON`, written when CI is set: see playwright.config.ts). `.ci/run` prints this
 * after every e2e step, so a slow test is visible in every CI log.
 *
 *   node e2e/tools/slowest.ts [report.json …]   (default: test-results-json/*.json)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface Result {
  duration: number;
  status: string;
  retry: number;
}
interface Spec {
  title: string;
  file: string;
  line: number;
  tests: { results: Result[] }[];
}
interface Suite {
  title: string;
  file?: string;
  specs?: Spec[];
  suites?: Suite[];
}
interface Report {
  suites: Suite[];
  stats?: { duration: number; expected: number; unexpected: number; flaky: number; skipped: number };
}

export interface Timing {
  file: string;
  title: string;
  ms: number;
}

/** Every test of a report with the time of all its attempts (retries count: they cost CI time). */
export function timings(report: Report): Timing[] {
  const out: Timing[] = [];
  const walk = (s: Suite, path: string[]) => {
    for (const spec of s.specs ?? []) {
      const ms = spec.tests.flatMap((t) => t.results).reduce((n, r) => n + r.duration, 0);
      out.push({ file: spec.file, title: [...path, spec.title].filter(Boolean).join(' › '), ms });
    }
    for (const child of s.suites ?? []) walk(child, child.file === child.title ? path : [...path, child.title]);
  };
  for (const s of report.suites) walk(s, []);
  return out;
}

/** Worker-time per spec file, slowest first. */
export function byFile(all: Timing[]): { file: string; ms: number; tests: number }[] {
  const m = new Map<string, { ms: number; tests: number }>();
  for (const t of all) {
    const e = m.get(t.file) ?? { ms: 0, tests: 0 };
    e.ms += t.ms;
    e.tests += 1;
    m.set(t.file, e);
  }
  return [...m].map(([file, e]) => ({ file, ...e })).sort((a, b) => b.ms - a.ms);
}

const min = (ms: number) => `${(ms / 60_000).toFixed(1)} min`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = 'test-results-json';
  const files = process.argv.length > 2 ? process.argv.slice(2) : existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => join(dir, f)) : [];
  if (files.length === 0) {
    console.log('slowest: no Playwright JSON report found (run with CI=true, or name the files)');
    process.exit(0);
  }
  for (const f of files) {
    const report = JSON.parse(readFileSync(f, 'utf8')) as Report;
    const all = timings(report);
    const total = all.reduce((n, t) => n + t.ms, 0);
    console.log(`\n${f}: ${all.length} tests, ${min(total)} of worker time${report.stats ? `, ${min(report.stats.duration)} wall` : ''}`);
    console.log('Ten slowest spec files (worker time, tests):');
    for (const s of byFile(all).slice(0, 10)) console.log(`  ${min(s.ms).padStart(9)}  ${String(s.tests).padStart(4)}  ${s.file}`);
    console.log('Ten slowest tests:');
    for (const t of [...all].sort((a, b) => b.ms - a.ms).slice(0, 10)) console.log(`  ${(t.ms / 1000).toFixed(1).padStart(7)} s  ${t.file} › ${t.title}`);
  }
}
