/**
 * `node e2e/bench/digits-trace.ts`: what is inside the digits lab's long
 * main-thread tasks. Trains on 5,000 digits (TRACE_EPOCHS, default 3) through
 * the built page with a Chrome trace running, then draws on the pad, and prints
 * every main-thread task over TRACE_MS (default 30 ms) with the trace events
 * inside it that took ≥ 2 ms (event dispatch, function calls, style, layout,
 * paint …), plus the `longtask` entries the page itself saw.
 *
 * Expects a built site in dist/; starts `astro preview` on BENCH_PORT (default 4369).
 * A diagnostic, not a benchmark: tracing itself makes the tasks a little longer.
 */
import { chromium } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS, HAS_SYSTEM_CHROMIUM } from '../tools/chromium.ts';
import { startPreview } from '../tools/preview.ts';

const PORT = Number(process.env.BENCH_PORT ?? 4369);
const EPOCHS = Number(process.env.TRACE_EPOCHS ?? 3);
const THRESHOLD = Number(process.env.TRACE_MS ?? 30);

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: Record<string, unknown> };
}

const server = await startPreview(PORT, '/en/practice/');
try {
  const browser = await chromium.launch({ executablePath: HAS_SYSTEM_CHROMIUM ? CHROMIUM : undefined, args: CHROMIUM_ARGS });
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(`
    window.__longtasks = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longtasks.push([Math.round(e.startTime), Math.round(e.duration)]); }).observe({ type: 'longtask', buffered: true });
  `);
  await page.goto(`${server.url}/en/practice/?training.data=digits&training.samples=5000&training.epochs=${EPOCHS}`);
  const figure = page.locator('#example-training');
  await figure.scrollIntoViewIfNeeded();
  await page.waitForSelector('#example-training[data-hydrated="true"]');
  await page.waitForTimeout(1000);

  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (m) => {
    events.push(...(m.value as unknown as TraceEvent[]));
  });
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'v8.execute', 'blink.user_timing'].join(','),
    transferMode: 'ReportEvents',
  });
  await page.evaluate(() => performance.mark('train-click'));
  await figure.getByRole('button', { name: 'Train', exact: true }).click();
  await page.waitForSelector('#example-training output[data-result="status"][data-value="done"]', { timeout: 10 * 60_000 });
  await page.evaluate(() => performance.mark('done-seen'));
  await page.waitForTimeout(1000);
  // Draw on the pad: a stroke of 40 pointer moves.
  await page.evaluate(() => performance.mark('pad-start'));
  const pad = figure.getByRole('img', { name: /Drawing pad/ });
  await pad.scrollIntoViewIfNeeded();
  const box = (await pad.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.2);
  await page.mouse.down();
  for (let i = 1; i <= 40; i++) await page.mouse.move(box.x + box.width * (0.3 + 0.01 * i), box.y + box.height * (0.2 + 0.015 * i));
  await page.mouse.up();
  await page.waitForTimeout(500);
  await page.evaluate(() => performance.mark('pad-end'));
  await cdp.send('Tracing.end');
  await complete;
  const longtasks = await page.evaluate(() => (window as unknown as { __longtasks: [number, number][] }).__longtasks);
  await browser.close();

  // The renderer's main thread: the thread named CrRendererMain that has the most events.
  const names = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const counts = names.map((n) => ({ n, c: events.filter((e) => e.pid === n.pid && e.tid === n.tid).length }));
  const main = counts.sort((a, b) => b.c - a.c)[0]!.n;
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined).sort((a, b) => a.ts - b.ts);
  const marks = events.filter((e) => e.pid === main.pid && /^(train-click|done-seen|pad-start|pad-end)$/.test(e.name));
  const t0 = marks.find((m) => m.name === 'train-click')?.ts ?? onMain[0]!.ts;
  const ms = (us: number) => (us / 1000).toFixed(1);
  console.log('marks (ms after Train):', marks.map((m) => `${m.name} ${ms(m.ts - t0)}`).join(', '));
  const tasks = onMain.filter((e) => (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && e.dur! >= THRESHOLD * 1000);
  console.log(`main-thread tasks ≥ ${THRESHOLD} ms: ${tasks.length}`);
  for (const task of tasks) {
    console.log(`\n@${ms(task.ts - t0)} ms: task ${ms(task.dur!)} ms`);
    const inside = onMain.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur! <= task.ts + task.dur! && e.dur! >= 2000 && !/RunTask/.test(e.name));
    for (const e of inside) {
      const d = e.args?.data ?? {};
      const detail = [d.type, d.functionName, d.url ? String(d.url).replace(/^.*\//, '') : '', d.lineNumber].filter((x) => x !== undefined && x !== '').join(' ');
      const depth = inside.filter((o) => o !== e && o.ts <= e.ts && o.ts + o.dur! >= e.ts + e.dur!).length;
      console.log(`${'  '.repeat(depth + 1)}${e.name}${detail ? ` (${detail})` : ''} ${ms(e.dur!)} ms @+${ms(e.ts - task.ts)}`);
    }
  }
  console.log('\nlongtask entries (start, duration; page clock):', JSON.stringify(longtasks));
} finally {
  server.stop();
}
