/**
 * `npm run bench:lm`: the tiny language model lab in headless Chromium.
 *
 * 1. Speed: training steps of the default model (2 layers, 4 heads, width 64, context 64, the
 *    checkpoint's vocabulary, the default batch) on each backend, with the lab's code (src/lib/lm) and with
 *    the idiomatic tf.layers/tf.train anchor (src/lib/lm/idiomatic.ts), in the same browser:
 *    tokens per second and their ratio. The code is bundled here with esbuild and served on the
 *    preview's origin (/__lmbench/, a page without the site's CSP).
 * 2. The default comparison through the real lab (`/en/embed/tiny-lm/`, mode compare, 200 steps
 *    each of adapt and scratch): its wall time from Train to done, both final perplexities, the
 *    longest main-thread task while training, tensors left.
 *
 * Expects a built site in dist/ (`npm run build`); starts `astro preview` on BENCH_PORT itself.
 * Writes src/data/lm-bench.json (committed; the chapter quotes it) and bench-results/lm.json.
 * BENCH_STEPS sets the speed steps per run (default 20; the CPU backend does a fifth of them);
 * BENCH_PARTS=speed or BENCH_PARTS=compare runs one part only (and writes only bench-results/lm.json).
 */
import { chromium, type Page } from '@playwright/test';
import { build } from 'esbuild';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { CHROMIUM, CHROMIUM_ARGS, HAS_SYSTEM_CHROMIUM } from '../tools/chromium.ts';
import { startPreview } from '../tools/preview.ts';

const PORT = Number(process.env.BENCH_PORT ?? 4370);
const STEPS = Math.max(2, Number(process.env.BENCH_STEPS ?? 20));
const BACKENDS = (process.env.BENCH_BACKENDS ?? 'wasm,webgl,cpu').split(',') as ('wasm' | 'webgl' | 'cpu')[];
const PAGE = '/en/embed/tiny-lm/';
const PARTS = (process.env.BENCH_PARTS ?? 'speed,compare').split(',');

if (PARTS.includes('compare') && (!existsSync(`dist${PAGE}index.html`) || !existsSync('dist/lm/corpus.json'))) {
  console.error('dist/ is missing or has no tiny-LM lab: run `npm run build` first.');
  process.exit(1);
}

const defaults = (await import('../../src/lib/lm/protocol.ts')).DEFAULT_LM_CONFIG;
const log = JSON.parse(readFileSync('src/data/lm-pretrain-log.json', 'utf8')) as { vocabulary: number };
const shape = { layers: defaults.layers, heads: defaults.heads, width: defaults.width, context: defaults.context, vocabulary: log.vocabulary };

const bundle = await build({
  entryPoints: ['e2e/bench/lm-speed.ts'],
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'error',
});
const script = bundle.outputFiles[0]!.text;
const wasmDir = 'node_modules/@tensorflow/tfjs-backend-wasm/dist/';

const loadAtStart = loadavg()[0]!;
// The speed part needs no server (its page and files are served by route interception).
const server = PARTS.includes('compare') ? await startPreview(PORT, PAGE) : { url: `http://127.0.0.1:${PORT}`, stop: () => {} };
const BASE = server.url;
const browser = await chromium.launch({ ...(HAS_SYSTEM_CHROMIUM ? { executablePath: CHROMIUM } : {}), args: CHROMIUM_ARGS });
const version = browser.version();

async function speedPage(): Promise<Page> {
  const page = await browser.newPage();
  await page.route(`${BASE}/__lmbench/**`, (route) => {
    const name = new URL(route.request().url()).pathname.replace('/__lmbench/', '');
    if (name === '' || name === 'index.html') return route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>lm bench</title><script type="module" src="/__lmbench/lm.js"></script>' });
    if (name === 'lm.js') return route.fulfill({ contentType: 'text/javascript', body: script });
    if (/^tfjs-backend-wasm[a-z-]*\.wasm$/.test(name)) return route.fulfill({ contentType: 'application/wasm', body: readFileSync(wasmDir + name) });
    return route.fulfill({ status: 404, body: '' });
  });
  await page.goto(`${BASE}/__lmbench/`);
  await page.waitForFunction(() => 'lmBench' in globalThis);
  return page;
}

type Speed = { tokensPerSecond: number | null; backend: string; error: string | null; leaked: number };
const rows: { backend: string; available: boolean; tokensPerSecond: number | null; idiomaticTokensPerSecond: number | null; ratio: number | null; note: string }[] = [];
for (const backend of PARTS.includes('speed') ? BACKENDS : []) {
  const steps = backend === 'cpu' ? Math.max(2, Math.round(STEPS / 5)) : STEPS;
  const run = async (impl: 'ours' | 'idiomatic'): Promise<Speed> => {
    const page = await speedPage(); // a fresh page per run: no backend state carried over
    try {
      return (await page.evaluate(
        (input) => (globalThis as unknown as { lmBench: { speed: (i: unknown) => Promise<Speed> } }).lmBench.speed(input),
        { backend, impl, steps, shape, batch: defaults.batch },
      )) as Speed;
    } finally {
      await page.close();
    }
  };
  const ours = await run('ours');
  const anchor = await run('idiomatic');
  const available = ours.error === null && ours.backend === backend;
  const note = [ours.error && `ours: ${ours.error}`, anchor.error && `idiomatic: ${anchor.error}`, ours.leaked && `ours leaked ${ours.leaked} tensors`, anchor.leaked && `idiomatic leaked ${anchor.leaked} tensors`].filter(Boolean).join('; ');
  rows.push({
    backend,
    available,
    tokensPerSecond: available ? ours.tokensPerSecond : null,
    idiomaticTokensPerSecond: anchor.error === null ? anchor.tokensPerSecond : null,
    ratio: available && anchor.error === null ? ours.tokensPerSecond! / anchor.tokensPerSecond! : null,
    note,
  });
  console.log(backend, JSON.stringify(rows.at(-1)));
}

/** The default comparison through the lab itself. */
async function compare() {
  const INIT = `
    window.__longtasks = [];
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__longtasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    } catch {}
    // The backend the worker chose (its 'runtime' message).
    const NativeWorker = window.Worker;
    window.Worker = class extends NativeWorker {
      constructor(...args) {
        super(...args);
        this.addEventListener('message', (e) => {
          if (e.data && e.data.type === 'runtime') window.__lmBackend = e.data.runtime.backend;
        });
      }
    };
  `;
  const page = await browser.newPage();
  await page.addInitScript(INIT);
  await page.goto(`${BASE}${PAGE}?lm.mode=compare`);
  const lab = page.locator('figure#example-tiny-lm');
  await page.waitForSelector('figure#example-tiny-lm[data-hydrated="true"]');
  const out = (name: string) => lab.locator(`output[data-result="${name}"]`);
  const started = await page.evaluate(() => performance.now());
  await lab.getByRole('button', { name: 'Train', exact: true }).click();
  await page.waitForSelector('figure#example-tiny-lm output[data-result="status"][data-value="running"], figure#example-tiny-lm output[data-result="status"][data-value="error"]', { timeout: 5 * 60_000 });
  const running = await page.evaluate(() => performance.now());
  await page.waitForSelector('figure#example-tiny-lm output[data-result="status"][data-value="done"], figure#example-tiny-lm output[data-result="status"][data-value="error"]', { timeout: 60 * 60_000 });
  const ended = await page.evaluate(() => performance.now());
  const status = await out('status').getAttribute('data-value');
  if (status !== 'done') {
    console.error('the comparison failed:', await lab.getByRole('alert').allInnerTexts());
    await browser.close();
    server.stop();
    process.exit(1);
  }
  const num = async (name: string) => Number(await out(name).getAttribute('data-value'));
  const longest = await page.evaluate(([from, to]) => {
    const w = window as unknown as { __longtasks: { start: number; duration: number }[] };
    return Math.max(0, ...w.__longtasks.filter((t) => t.start + t.duration >= from! && t.start <= to!).map((t) => t.duration));
  }, [running, ended]);
  const tasks = await page.evaluate(([from, to]) => {
    const w = window as unknown as { __longtasks: { start: number; duration: number }[] };
    return w.__longtasks.filter((t) => t.start + t.duration >= from! && t.start <= to!).map((t) => ({ at: Math.round(t.start - from!), ms: Math.round(t.duration) }));
  }, [running, ended]);
  console.log(`long tasks while training: ${tasks.length}; longest:`, JSON.stringify([...tasks].sort((a, b) => b.ms - a.ms).slice(0, 8)));
  const backendText = await page.evaluate(() => String((window as unknown as { __lmBackend?: string }).__lmBackend ?? 'unknown'));
  const tensors = await num('tensors');
  const baseline = Number((await out('tensors').getAttribute('data-baseline')) ?? 0);
  const comparison = {
    backend: backendText,
    totalMs: Math.round(ended - started),
    adaptedPerplexity: await num('adapted-perplexity'),
    scratchPerplexity: await num('scratch-perplexity'),
    longestTaskMs: Math.round(longest),
    tensorsLeaked: tensors - baseline,
  };
  return comparison;
}
const comparison = PARTS.includes('compare') ? await compare() : null;
console.log('comparison', JSON.stringify(comparison));
await browser.close();
server.stop();

const result = {
  date: new Date().toISOString().slice(0, 10),
  browser: `Chromium ${version} (headless)`,
  cores: cpus().length,
  /** One-minute load average at the start and at the end (the machine is shared). */
  loadAverage: [Math.round(loadAtStart * 10) / 10, Math.round(loadavg()[0]! * 10) / 10],
  config: defaults,
  backends: rows.map(({ note: _n, ...r }) => r),
  notes: Object.fromEntries(rows.filter((r) => r.note).map((r) => [r.backend, r.note])),
  speedSteps: STEPS,
  comparison,
};
if (PARTS.includes('speed') && PARTS.includes('compare')) writeFileSync('src/data/lm-bench.json', `${JSON.stringify(result, null, 1)}\n`);
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/lm.json', `${JSON.stringify(result, null, 1)}\n`);
console.log(PARTS.length === 2 ? 'wrote src/data/lm-bench.json' : 'wrote bench-results/lm.json');
