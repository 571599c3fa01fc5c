/**
 * `npm run bench`: trains the seed's configuration (1000 × 784, Dense(128) →
 * Dense(10), 10 epochs, batch 32) through the real page in headless Chromium,
 * once per backend and once with `auto`, and reports training time, the
 * longest main-thread task during training and leaked tensors.
 *
 * Expects a built site in dist/ (`npm run build`); starts `astro preview`
 * itself. Run with the project's Node 24 (it strips the TypeScript types).
 * Writes bench-results/training.json.
 */
import { chromium, type Page } from '@playwright/test';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { CHROMIUM, CHROMIUM_ARGS, HAS_SYSTEM_CHROMIUM } from '../tools/chromium.ts';
import { startPreview } from '../tools/preview.ts';

const PORT = Number(process.env.BENCH_PORT ?? 4369);
const BACKENDS = ['auto', 'wasm', 'webgl', 'webgpu', 'cpu'] as const;
const EPOCHS = 10;
/** Runs per backend for the fast ones (auto and wasm, interleaved); the median is reported. */
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));

interface Row {
  requested: string;
  backend: string;
  available: boolean;
  status: string;
  totalMs: number | null;
  msPerEpoch: number | null;
  loadMs: number | null;
  longestTaskMs: number;
  longTasks: number;
  tensorsLeaked: number | null;
  simd: string;
  threads: string;
  note: string;
  /** Longest task while idle for 2 s before training (control). */
  idleLongestTaskMs: number;
  /** Main-thread task time during training (Chrome's TaskDuration metric). */
  mainThreadBusyMs: number;
  runs?: number;
  allTotalMs?: (number | null)[];
  maxLongestTaskMs?: number;
}

if (!existsSync('dist/en/practice/index.html')) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

// Refuses a port that is in use (somebody else's server); waits for the lab's page.
const server = await startPreview(PORT, '/en/practice/');
const BASE = server.url;

/** Records long tasks and the times at which the lab's status changes. */
const INIT = `
  window.__longtasks = [];
  window.__status = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  new MutationObserver((records) => {
    for (const r of records) {
      const el = r.target;
      if (el.getAttribute && el.getAttribute('data-result') === 'status') window.__status.push([el.getAttribute('data-value'), performance.now()]);
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-value'] });
`;

async function value(page: Page, name: string, attr = 'data-value'): Promise<string | null> {
  return page.locator(`#example-training output[data-result="${name}"]`).getAttribute(attr);
}

async function runOne(browser: import('@playwright/test').Browser, requested: string): Promise<Row> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(INIT);
  const query = requested === 'auto' ? '' : `?training.backend=${requested}`;
  await page.goto(`${BASE}/en/practice/${query}`);
  const figure = page.locator('#example-training');
  await figure.scrollIntoViewIfNeeded();
  await page.waitForSelector('#example-training[data-hydrated="true"]');
  // Control: the longest task while the page sits idle for 2 s (on a loaded machine, scheduling alone makes long tasks).
  const idleStart = await page.evaluate(() => performance.now());
  await sleep(2000);
  const idleLongest = await page.evaluate((from) => {
    const w = window as unknown as { __longtasks: { start: number; duration: number }[] };
    return Math.max(0, ...w.__longtasks.filter((t) => t.start >= from).map((t) => t.duration));
  }, idleStart);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const taskDuration = async () =>
    ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
  await figure.getByRole('button', { name: 'Train', exact: true }).click();
  await page.waitForSelector('#example-training output[data-result="status"][data-value="running"], #example-training output[data-result="status"][data-value="error"]', { timeout: 5 * 60_000 });
  const busyStart = await taskDuration();
  await page.waitForSelector('#example-training output[data-result="status"][data-value="done"], #example-training output[data-result="status"][data-value="error"]', {
    timeout: 10 * 60_000,
  });
  const mainThreadBusyMs = (await taskDuration()) - busyStart;
  const status = (await value(page, 'status')) ?? '';
  const backend = (await value(page, 'backend')) ?? '';
  const elapsed = Number(await value(page, 'elapsed-ms'));
  const tensors = await value(page, 'tensors');
  const baseline = await value(page, 'tensors', 'data-baseline');
  const runtime = await figure.locator('.tl-panel').nth(1).innerText();
  const consoleText = await figure.locator('.tl-console').innerText();
  const timing = await page.evaluate(() => {
    const w = window as unknown as { __longtasks: { start: number; duration: number }[]; __status: [string, number][] };
    const start = w.__status.find(([s]) => s === 'running')?.[1] ?? 0;
    const clicked = w.__status.find(([s]) => s === 'loading')?.[1] ?? start;
    const end = w.__status.find(([s]) => s === 'done' || s === 'error')?.[1] ?? performance.now();
    const during = w.__longtasks.filter((t) => t.start + t.duration >= start && t.start <= end);
    return { loadMs: start - clicked, longest: Math.max(0, ...during.map((t) => t.duration)), count: during.length };
  });
  await context.close();
  const available = status === 'done' && (requested === 'auto' || backend === requested);
  const fallback = consoleText.split('\n').filter((l) => / was not used: /.test(l));
  const line = (label: string) => new RegExp(`${label}\\n([^\\n]*)`).exec(runtime)?.[1] ?? '';
  return {
    requested,
    backend,
    available,
    status,
    totalMs: status === 'done' ? elapsed : null,
    msPerEpoch: status === 'done' ? elapsed / EPOCHS : null,
    loadMs: Math.round(timing.loadMs),
    longestTaskMs: Math.round(timing.longest),
    longTasks: timing.count,
    tensorsLeaked: tensors !== null && baseline !== null ? Number(tensors) - Number(baseline) : null,
    simd: line('WASM SIMD'),
    threads: line('WASM threads'),
    note: fallback.join(' '),
    idleLongestTaskMs: Math.round(idleLongest),
    mainThreadBusyMs: Math.round(mainThreadBusyMs),
  };
}

const rows: Row[] = [];

/** The run with the median training time (its other columns come with it); `runs` counts them. */
function median(list: Row[]): Row {
  const sorted = [...list].sort((a, b) => (a.totalMs ?? Infinity) - (b.totalMs ?? Infinity));
  const mid = sorted[Math.floor((sorted.length - 1) / 2)]!;
  return { ...mid, runs: list.length, allTotalMs: list.map((r) => r.totalMs), maxLongestTaskMs: Math.max(...list.map((r) => r.longestTaskMs)) };
}
try {
  const browser = await chromium.launch({
    executablePath: HAS_SYSTEM_CHROMIUM ? CHROMIUM : undefined,
    args: CHROMIUM_ARGS,
  });
  const runs = new Map<string, Row[]>(BACKENDS.map((b) => [b, []]));
  const order: string[] = [];
  for (let i = 0; i < RUNS; i++) order.push('auto', 'wasm'); // interleaved: load on a shared machine drifts
  order.push('webgl', 'webgpu', 'cpu');
  for (const requested of order) {
    process.stderr.write(`training with ${requested}…\n`);
    const row = await runOne(browser, requested);
    process.stderr.write(`  ${row.backend} ${row.status} ${row.totalMs ?? '—'} ms, longest task ${row.longestTaskMs} ms\n`);
    runs.get(requested)!.push(row);
  }
  for (const requested of BACKENDS) rows.push(median(runs.get(requested)!));
  await browser.close();
} finally {
  server.stop();
}

const measured = rows.filter((r) => r.available && r.requested !== 'auto' && r.totalMs !== null);
const fastest = measured.reduce<Row | null>((best, r) => (best === null || r.totalMs! < best.totalMs! ? r : best), null);
const auto = rows.find((r) => r.requested === 'auto');
const autoRatio = fastest && auto?.totalMs ? auto.totalMs / fastest.totalMs! : null;

const pad = (s: string, n: number) => s.padEnd(n);
const fmt = (v: number | null) => (v === null ? '—' : String(Math.round(v)));
const header = ['requested', 'backend', 'runs', 'total ms (median)', 'ms/epoch', 'load ms', 'longest task ms (median run / max)', 'idle control ms', 'main thread busy ms', 'tensors leaked', 'note'];
const table = [
  header,
  ...rows.map((r) => [
    r.requested,
    r.available ? r.backend : `unavailable (${r.backend || r.status})`,
    String(r.runs ?? 1),
    r.available ? `${fmt(r.totalMs)}${(r.runs ?? 1) > 1 ? ` (${(r.allTotalMs ?? []).map(fmt).join(', ')})` : ''}` : '—',
    r.available ? fmt(r.msPerEpoch) : '—',
    fmt(r.loadMs),
    `${fmt(r.longestTaskMs)} / ${fmt(r.maxLongestTaskMs ?? r.longestTaskMs)}`,
    fmt(r.idleLongestTaskMs),
    fmt(r.mainThreadBusyMs),
    r.tensorsLeaked === null ? '—' : String(r.tensorsLeaked),
    [r.note, r.backend === 'wasm' ? `SIMD ${r.simd}, threads ${r.threads}` : ''].filter(Boolean).join(' '),
  ]),
];
const widths = header.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
const md = table.map((row) => `| ${row.map((c, i) => pad(c, widths[i]!)).join(' | ')} |`);
md.splice(1, 0, `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`);
console.log(md.join('\n'));
console.log();
console.log(`fastest: ${fastest ? `${fastest.requested} ${fmt(fastest.totalMs)} ms` : '—'}; auto: ${auto?.backend ?? '—'} ${fmt(auto?.totalMs ?? null)} ms; auto/fastest = ${autoRatio === null ? '—' : autoRatio.toFixed(2)} (target ≤ 1.2)`);
console.log(`longest main-thread task while training: ${Math.max(...rows.map((r) => r.maxLongestTaskMs ?? r.longestTaskMs))} ms (target ≤ 50)`);
try {
  const { loadavg } = await import('node:os');
  console.log(`machine load average while benchmarking (1 min): ${loadavg()[0]!.toFixed(2)}`);
} catch {
  /* not on every OS */
}

mkdirSync('bench-results', { recursive: true });
writeFileSync(
  'bench-results/training.json',
  JSON.stringify({ date: new Date().toISOString(), chromium: CHROMIUM, epochs: EPOCHS, rows, fastest: fastest?.requested ?? null, autoRatio }, null, 2) + '\n',
);
console.log('written to bench-results/training.json');
