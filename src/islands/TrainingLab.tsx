/** @jsxImportSource preact */
/**
 * The training lab: a form, buttons and read-outs around a Web Worker that
 * runs `src/lib/training/train.ts`. All maths lives in src/lib/training; this
 * island only keeps state, talks to the worker and draws.
 */
import type { ComponentType } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type UPlot from 'uplot';
import type { Lang } from '../lib/book/book';
import { epochLine, eta, evaluateLine, formatEta, type EpochMetrics } from '../lib/training/log';
import type { DigitsOutcome, FromWorker, RuntimeInfo, ToWorker } from '../lib/training/protocol';
import type { DigitsErrorKind } from '../lib/training/digits-load';
import digitsManifest from '../data/digits.json';
import type { DigitsPanelProps } from './DigitsPanel';
import type { RecordedResult } from '../lib/training/recorded';
import {
  BACKEND_CHOICES,
  DATA_CHOICES,
  SAMPLE_LIMITS,
  type DataChoice,
  DEFAULT_SETTINGS,
  EVAL_CHOICES,
  FIELD_LABELS,
  LIMITS,
  SETTING_KEYS,
  validateAll,
  parseField,
  type SettingError,
  type SettingKey,
  type TrainingSettings,
} from '../lib/training/settings';
import { STOP_GRACE_MS, TEXT } from '../lib/training/text';
import type { Metrics } from '../lib/training/train';
import { settingsFromQuery, settingsToQuery } from '../lib/training/url';
import { LabAlert, ProgressBar, Result, ResultPanel, Row, RunButtons } from './lab-parts';

type Status = 'idle' | 'loading' | 'running' | 'done' | 'stopped' | 'error';
type Draft = Record<SettingKey, string>;

interface Props {
  lang: Lang;
  recorded: RecordedResult;
}

interface Progress {
  epoch: number;
  batch: number;
  batches: number;
  elapsedMs: number;
}

const toDraft = (s: TrainingSettings): Draft =>
  Object.fromEntries(SETTING_KEYS.map((k) => [k, String(s[k])])) as Draft;

const f4 = (v: number | null | undefined): string => (v === null || v === undefined ? '' : v.toFixed(4));

/** Recorded (server-side) lines: the same format the live run prints. */
function recordedLog(r: RecordedResult): string[] {
  const batches = Math.ceil(r.settings.samples / r.settings.batch);
  return [
    ...r.history.map((h) => epochLine(h, r.settings.epochs, batches)),
    evaluateLine(r.train.loss, r.train.accuracy, batches),
    `Test accuracy: ${f4(r.train.accuracy)}`,
  ];
}

export default function TrainingLab({ lang, recorded }: Props) {
  const t = TEXT[lang];
  const [hydrated, setHydrated] = useState(false);
  const [draft, setDraft] = useState<Draft>(() => toDraft(DEFAULT_SETTINGS));
  const [errors, setErrors] = useState<{ kind: 'form' | 'url'; list: SettingError[] } | null>(null);
  const [status, setStatus] = useState<Status>('idle');
  const [runError, setRunError] = useState<string | null>(null);
  const [history, setHistory] = useState<EpochMetrics[]>(() => recorded.history);
  const [showingRecorded, setShowingRecorded] = useState(true);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [epochsTotal, setEpochsTotal] = useState(recorded.settings.epochs);
  const [final, setFinal] = useState<{ train: Metrics | null; holdout: Metrics | null; trainMs: number | null }>(() => ({
    train: recorded.train,
    holdout: recorded.holdout,
    trainMs: null,
  }));
  const [runtime, setRuntime] = useState<RuntimeInfo | null>(null);
  const [tensors, setTensors] = useState<{ now: number; baseline: number } | null>(null);
  const [lines, setLines] = useState<string[]>(() => recordedLog(recorded));
  const [announce, setAnnounce] = useState('');
  const [chartReady, setChartReady] = useState(false);
  const [dataProgress, setDataProgress] = useState<{ loaded: number; total: number } | null>(null);
  const [dataError, setDataError] = useState<DigitsErrorKind | null>(null);
  /** Stop came while the digits were downloading: the download was canceled. */
  const [dataStopped, setDataStopped] = useState(false);
  const [digits, setDigits] = useState<DigitsOutcome | null>(null);
  const [Panel, setPanel] = useState<ComponentType<DigitsPanelProps> | null>(null);

  const worker = useRef<Worker | null>(null);
  const runId = useRef(0);
  const busy = useRef(false);
  // When the worker last sent anything, and the timer that ends a worker that does not answer Stop.
  const heardAt = useRef(0);
  const stopTimer = useRef(0);
  const settingsRef = useRef<TrainingSettings>({ ...DEFAULT_SETTINGS });
  const chartBox = useRef<HTMLDivElement>(null);
  const chart = useRef<UPlot | null>(null);
  const chartLoading = useRef<Promise<void> | null>(null);
  const frame = useRef(0);
  const consoleRef = useRef<HTMLPreElement>(null);
  const historyRef = useRef<EpochMetrics[]>(history);
  historyRef.current = history;

  // Settings from the address, once hydrated.
  useEffect(() => {
    const { settings, errors: bad } = settingsFromQuery(window.location.search);
    settingsRef.current = settings;
    setDraft(toDraft(settings));
    if (bad.length) setErrors({ kind: 'url', list: bad });
    setHydrated(true);
    return () => {
      worker.current?.terminate();
      window.clearTimeout(stopTimer.current);
      chart.current?.destroy();
      cancelAnimationFrame(frame.current);
    };
  }, []);

  // Keep the newest console line in view.
  useEffect(() => {
    const el = consoleRef.current;
    if (el && hydrated) el.scrollTop = el.scrollHeight;
  }, [lines, hydrated]);

  const writeUrl = (s: TrainingSettings): void => {
    const q = settingsToQuery(s, window.location.search);
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${q}${window.location.hash}`);
  };

  // --- chart (uPlot, loaded on first use; redrawn at most once per frame) ---
  const drawChart = (): void => {
    if (frame.current) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = 0;
      const h = historyRef.current;
      const data: UPlot.AlignedData = [h.map((m) => m.epoch), h.map((m) => m.loss), h.map((m) => m.accuracy)];
      if (chart.current) {
        chart.current.setData(data);
        return;
      }
      if (chartLoading.current || !chartBox.current) return;
      chartLoading.current = Promise.all([import('uplot')])
        .then(([{ default: UPlotClass }]) => {
          const box = chartBox.current;
          if (!box) return;
          const css = getComputedStyle(box);
          const accent = css.getPropertyValue('--sl-color-accent').trim() || '#3b82f6';
          const text = css.getPropertyValue('--sl-color-text').trim() || 'currentColor';
          const grid = css.getPropertyValue('--sl-color-gray-5').trim() || '#8884';
          const axis = { stroke: text, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid, width: 1 } };
          chart.current = new UPlotClass(
            {
              width: Math.max(240, box.clientWidth),
              height: 200,
              scales: { x: { time: false }, loss: {}, acc: { range: [0, 1] } },
              series: [
                { label: t.epoch },
                { label: t.loss, scale: 'loss', stroke: accent, width: 2, points: { show: true } },
                { label: t.accuracy, scale: 'acc', stroke: text, width: 2, dash: [6, 4], points: { show: true } },
              ],
              axes: [
                { ...axis, incrs: [1, 2, 5, 10, 20, 50] },
                { ...axis, scale: 'loss' },
                { ...axis, scale: 'acc', side: 1, grid: { show: false } },
              ],
              cursor: { drag: { x: false, y: false } },
            },
            // The newest data: epochs may have finished while uPlot loaded.
            [historyRef.current.map((m) => m.epoch), historyRef.current.map((m) => m.loss), historyRef.current.map((m) => m.accuracy)],
            box,
          );
          setChartReady(true);
        })
        .catch(() => {
          /* the static SVG stays */
        });
    });
  };

  useEffect(() => {
    if (!hydrated) return;
    const onResize = () => {
      const box = chartBox.current;
      if (chart.current && box) chart.current.setSize({ width: Math.max(240, box.clientWidth), height: 200 });
    };
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, [hydrated]);

  // --- worker messages ---
  const onMessage = (m: FromWorker): void => {
    if (m.id !== runId.current) return; // a message from an earlier run
    switch (m.type) {
      case 'loading':
        setStatus('loading');
        break;
      case 'runtime': {
        setRuntime(m.runtime);
        const notes = m.runtime.fallbacks.map((f) => t.fallback(f.backend, f.reason));
        setLines((l) => [...l, ...notes, t.using(m.runtime.backend)]);
        break;
      }
      case 'data':
        setDataProgress({ loaded: m.loaded, total: m.total });
        break;
      case 'data-error':
        busy.current = false;
        setDataProgress(null);
        setDataError(m.kind);
        setLines((l) => [...l, `${t.dataFailed[m.kind]} (${m.detail})`]);
        setStatus('error');
        break;
      case 'data-stopped':
        busy.current = false;
        setDataProgress(null);
        setDataStopped(true);
        setLines((l) => [...l, t.downloadStopped]);
        setAnnounce(t.downloadStopped);
        setStatus('stopped');
        break;
      case 'started':
        setDataProgress(null);
        setStatus('running');
        setTensors({ now: m.baseline, baseline: m.baseline });
        setProgress({ epoch: 1, batch: 0, batches: m.batches, elapsedMs: 0 });
        break;
      case 'progress':
        setProgress({ epoch: m.epoch, batch: m.batch, batches: m.batches, elapsedMs: m.elapsedMs });
        break;
      case 'epoch': {
        const metrics: EpochMetrics = { epoch: m.epoch, loss: m.loss, accuracy: m.accuracy, ms: m.ms };
        historyRef.current = [...historyRef.current, metrics];
        setHistory(historyRef.current);
        const line = epochLine(metrics, settingsRef.current.epochs, Math.ceil(settingsRef.current.samples / settingsRef.current.batch));
        setLines((l) => [...l, line]);
        setAnnounce(line);
        setTensors((x) => (x ? { ...x, now: m.tensors } : x));
        drawChart();
        break;
      }
      case 'done': {
        busy.current = false;
        const s = settingsRef.current;
        const batches = Math.ceil(s.samples / s.batch);
        const extra = [evaluateLine(m.train.loss, m.train.accuracy, batches), `Test accuracy: ${f4(m.train.accuracy)}`];
        if (m.holdout) extra.push(evaluateLine(m.holdout.loss, m.holdout.accuracy, batches, t.holdoutLine));
        setLines((l) => [...l, ...extra]);
        setAnnounce(extra.join(' '));
        setFinal({ train: m.train, holdout: m.holdout, trainMs: m.trainMs });
        setDigits(m.digits);
        setTensors((x) => (x ? { ...x, now: m.tensors } : { now: m.tensors, baseline: m.tensors }));
        setStatus('done');
        break;
      }
      case 'stopped':
        busy.current = false;
        setLines((l) => [...l, t.stopped]);
        setFinal((f) => ({ ...f, trainMs: m.trainMs }));
        setTensors((x) => (x ? { ...x, now: m.tensors } : { now: m.tensors, baseline: m.tensors }));
        setStatus('stopped');
        break;
      case 'error':
        busy.current = false;
        setRunError(t.failed(m.message));
        if (m.tensors !== null) setTensors((x) => (x ? { ...x, now: m.tensors! } : { now: m.tensors!, baseline: m.tensors! }));
        setStatus('error');
        break;
    }
  };
  const onMessageRef = useRef(onMessage);
  onMessageRef.current = onMessage;

  const getWorker = (): Worker => {
    if (worker.current) return worker.current;
    const w = new Worker(new URL('../lib/training/worker.ts', import.meta.url), { type: 'module', name: 'training' });
    w.onmessage = (e: MessageEvent<FromWorker>) => {
      heardAt.current = performance.now();
      onMessageRef.current(e.data);
    };
    w.onerror = (e) => {
      e.preventDefault();
      w.terminate();
      if (worker.current === w) worker.current = null;
      busy.current = false;
      setRunError(TEXT[lang].workerFailed);
      setStatus('error');
    };
    worker.current = w;
    return w;
  };

  // --- actions ---
  const onInput = (key: SettingKey, value: string): void => {
    const next = { ...draft, [key]: value };
    setDraft(next);
    const r = parseField(key, value);
    if (r.ok) {
      const s = { ...settingsRef.current, [key]: r.value } as TrainingSettings;
      settingsRef.current = s;
      writeUrl(s);
    }
    if (errors?.kind === 'form') {
      const remaining = validateAll(next).errors;
      setErrors(remaining.length ? { kind: 'form', list: remaining } : null);
    }
  };

  /** Forgets the last run (its errors, data download, results and log), for a new run or a reset. */
  const clearRun = (): void => {
    setErrors(null);
    setRunError(null);
    setDataError(null);
    setDataStopped(false);
    setDataProgress(null);
    setDigits(null);
    historyRef.current = [];
    setHistory([]);
    setShowingRecorded(false);
    setLines([]);
    setAnnounce('');
    setProgress(null);
    setFinal({ train: null, holdout: null, trainMs: null });
  };

  const onTrain = (e?: Event, override?: Draft): void => {
    e?.preventDefault();
    if (busy.current) return; // never two runs at once
    const { value, errors: bad } = validateAll(override ?? draft);
    if (!value) {
      setErrors({ kind: 'form', list: bad });
      return;
    }
    settingsRef.current = value;
    writeUrl(value);
    busy.current = true;
    runId.current += 1;
    clearRun();
    setEpochsTotal(value.epochs);
    setStatus('loading');
    drawChart();
    const msg: ToWorker = { type: 'train', id: runId.current, settings: value };
    try {
      getWorker().postMessage(msg);
    } catch {
      busy.current = false;
      setRunError(t.workerFailed);
      setStatus('error');
    }
  };

  /** Ends the worker for good (a new one starts with the next run). */
  const endWorker = (): void => {
    window.clearTimeout(stopTimer.current);
    worker.current?.terminate();
    worker.current = null;
  };

  const onStop = (): void => {
    if (!busy.current || !worker.current) return;
    const msg: ToWorker = { type: 'stop', id: runId.current };
    worker.current.postMessage(msg);
    // A worker that sends nothing within STOP_GRACE_MS of Stop is stuck (a long task, a hung download):
    // end it, so that Stop always returns the lab to a state where Train works.
    const askedAt = performance.now();
    const run = runId.current;
    window.clearTimeout(stopTimer.current);
    stopTimer.current = window.setTimeout(() => {
      if (!busy.current || runId.current !== run || heardAt.current > askedAt) return;
      endWorker();
      busy.current = false;
      runId.current += 1; // ignore anything the ended worker had queued
      setDataProgress(null);
      setLines((l) => [...l, t.stopUnanswered]);
      setAnnounce(t.stopUnanswered);
      setStatus('stopped');
    }, STOP_GRACE_MS);
  };

  const onReset = (): void => {
    // A run in progress is ended with its worker, not asked to stop: the next Train then never waits
    // behind a worker that does not answer.
    if (busy.current) endWorker();
    busy.current = false;
    runId.current += 1; // ignore whatever the old run still sends
    settingsRef.current = { ...DEFAULT_SETTINGS };
    setDraft(toDraft(DEFAULT_SETTINGS));
    writeUrl(DEFAULT_SETTINGS);
    clearRun();
    setStatus('idle');
    drawChart();
  };

  /** After a failed digits download: the same settings with the seed's random data. */
  const onUseRandom = (): void => {
    const next = { ...draft, data: 'random' };
    setDraft(next);
    onTrain(undefined, next);
  };

  // The digits' panel (drawing pad, confusion matrix …) is its own chunk, loaded once the reader chooses the digits.
  const wantsDigits = draft.data === 'digits' || digits !== null;
  useEffect(() => {
    if (!wantsDigits || Panel) return;
    import('./DigitsPanel').then(
      (m) => setPanel(() => m.default),
      () => undefined,
    );
  }, [wantsDigits, Panel]);

  // --- derived values ---
  const running = status === 'loading' || status === 'running';
  const last = history.at(-1);
  const batchesDone = progress ? (progress.epoch - 1) * progress.batches + progress.batch : 0;
  const batchesTotal = progress ? epochsTotal * progress.batches : 0;
  const finished = status === 'done' || (showingRecorded && status === 'idle');
  const pct = dataProgress
    ? Math.round((100 * dataProgress.loaded) / dataProgress.total)
    : finished
      ? 100
      : batchesTotal
        ? Math.round((100 * batchesDone) / batchesTotal)
        : 0;
  const mb = (n: number): string => `${(n / 1e6).toFixed(1)} MB`;
  const recordedBatches = Math.ceil(recorded.settings.samples / recorded.settings.batch);
  const progressText = dataStopped
    ? t.downloadStopped
    : dataProgress
    ? t.loadingData(mb(dataProgress.loaded), mb(dataProgress.total))
    : progress
    ? t.progressValue(
        progress.epoch,
        epochsTotal,
        progress.batch,
        progress.batches,
        status === 'running' ? formatEta(eta(progress.elapsedMs, batchesDone, batchesTotal), lang) : t.statuses[status],
      )
    : showingRecorded
      ? t.progressValue(recorded.settings.epochs, recorded.settings.epochs, recordedBatches, recordedBatches, t.recordedShort)
      : t.progressIdle;
  const elapsed = final.trainMs ?? (status === 'running' && progress ? progress.elapsedMs : null);
  const showHoldout = final.holdout !== null;
  const errorList = errors?.list ?? [];
  const yesNo = (v: boolean | null): string => (v === null ? t.na : v ? t.yes : t.no);

  const out = (name: string, value: string, text: string = value, extra: Record<string, string> = {}) => (
    <Result name={name} value={value} text={text} na={t.na} extra={extra} />
  );

  const numberField = (key: 'epochs' | 'batch' | 'samples' | 'units' | 'seed' | 'lr') => {
    const lim = key === 'lr' ? null : key === 'samples' ? SAMPLE_LIMITS[draft.data === 'digits' ? 'digits' : 'random'] : LIMITS[key];
    return (
      <label class="tl-field" key={key}>
        <span>{FIELD_LABELS[key][lang]}</span>
        <input
          type="number"
          name={`training.${key}`}
          value={draft[key]}
          min={lim ? lim.min : undefined}
          max={lim ? lim.max : LIMITS.lr.max}
          step={key === 'lr' ? 'any' : 1}
          inputMode={key === 'lr' ? 'decimal' : 'numeric'}
          aria-invalid={errorList.some((e) => e.field === key) ? 'true' : undefined}
          onInput={(e) => onInput(key, (e.currentTarget as HTMLInputElement).value)}
        />
      </label>
    );
  };

  const svgChart = () => {
    // A static chart for the recorded run (no JavaScript needed).
    const h = history;
    if (h.length < 2) return null;
    const maxLoss = Math.max(...h.map((m) => m.loss));
    const minLoss = Math.min(...h.map((m) => m.loss), 0);
    const x = (i: number) => 10 + (380 * i) / (h.length - 1);
    const yLoss = (v: number) => 150 - (140 * (v - minLoss)) / (maxLoss - minLoss || 1);
    const yAcc = (v: number) => 150 - 140 * v;
    return (
      <svg class="tl-svg" viewBox="0 0 400 160" role="img" aria-label={t.chart}>
        <polyline class="tl-loss" points={h.map((m, i) => `${x(i)},${yLoss(m.loss)}`).join(' ')} />
        <polyline class="tl-acc" points={h.map((m, i) => `${x(i)},${yAcc(m.accuracy)}`).join(' ')} />
      </svg>
    );
  };

  return (
    <figure id="example-training" class="training-lab not-content" data-hydrated={hydrated ? 'true' : 'false'}>
      <form class="tl-form" noValidate onSubmit={onTrain} aria-label={t.settings}>
        <fieldset disabled={running || !hydrated}>
          <legend>{t.settings}</legend>
          <label class="tl-field tl-wide">
            <span>{FIELD_LABELS.data[lang]}</span>
            <select name="training.data" value={draft.data} onChange={(e) => onInput('data', (e.currentTarget as HTMLSelectElement).value)}>
              {DATA_CHOICES.map((v: DataChoice) => (
                <option value={v} key={v}>
                  {v === 'digits' ? t.dataOptions.digits(mb(digitsManifest.bytes)) : t.dataOptions.random}
                </option>
              ))}
            </select>
          </label>
          {numberField('epochs')}
          {numberField('batch')}
          {numberField('samples')}
          {numberField('units')}
          {numberField('lr')}
          {numberField('seed')}
          <label class="tl-field">
            <span>{FIELD_LABELS.backend[lang]}</span>
            <select name="training.backend" value={draft.backend} onChange={(e) => onInput('backend', (e.currentTarget as HTMLSelectElement).value)}>
              {BACKEND_CHOICES.map((b) => (
                <option value={b} key={b}>
                  {b === 'auto' ? t.options.auto : b}
                </option>
              ))}
            </select>
          </label>
          {draft.data !== 'digits' && (
          <label class="tl-field tl-wide">
            <span>{FIELD_LABELS.eval[lang]}</span>
            <select name="training.eval" value={draft.eval} onChange={(e) => onInput('eval', (e.currentTarget as HTMLSelectElement).value)}>
              {EVAL_CHOICES.map((v) => (
                <option value={v} key={v}>
                  {t.options[v]}
                </option>
              ))}
            </select>
          </label>
          )}
        </fieldset>
        <RunButtons hydrated={hydrated} running={running} submit={t.train} text={t} onStop={onStop} onReset={onReset} />
      </form>

      <LabAlert
        heading={errors?.kind === 'url' ? t.urlSettings : t.fixSettings}
        items={errorList.map((e) => ({ key: e.field, text: e.message[lang] }))}
        runError={runError}
      >
        {dataError && (
          <>
            <p>
              {t.dataFailed[dataError]} {t.dataFallback}
            </p>
            <p class="tl-buttons">
              <button type="button" onClick={() => onTrain()}>
                {t.retry}
              </button>
              <button type="button" onClick={onUseRandom}>
                {t.useRandom}
              </button>
            </p>
          </>
        )}
      </LabAlert>

      <ProgressBar label={t.progress} pct={pct} text={progressText} />

      <div class="tl-panels">
        <ResultPanel title={t.results}>
          <Row term={t.status}>{out('status', status, t.statuses[status])}</Row>
          <Row term={t.epoch}>
            {out('epoch', last ? String(last.epoch) : '', last ? `${last.epoch}/${showingRecorded ? recorded.settings.epochs : epochsTotal}` : '')}
          </Row>
          <Row term={t.loss}>{out('loss', last ? String(last.loss) : '', f4(last?.loss))}</Row>
          <Row term={t.accuracy}>
            {out(
              'accuracy',
              final.train ? String(final.train.accuracy) : last ? String(last.accuracy) : '',
              final.train ? f4(final.train.accuracy) : f4(last?.accuracy),
            )}
          </Row>
          {showHoldout && (
            <Row term={settingsRef.current.data === 'digits' && !showingRecorded ? t.testAccuracy : t.holdoutAccuracy}>
              {out('holdout-accuracy', String(final.holdout!.accuracy), f4(final.holdout!.accuracy))}
            </Row>
          )}
          <Row term={t.elapsed}>
            {out('elapsed-ms', elapsed === null ? '0' : String(Math.round(elapsed)), elapsed === null ? '—' : `${Math.round(elapsed)} ms`)}
          </Row>
        </ResultPanel>
        <ResultPanel title={t.runtime}>
          <Row term={t.backend}>{out('backend', runtime?.backend ?? (showingRecorded ? recorded.backend : ''))}</Row>
          <Row term={t.simd}>{yesNo(runtime ? runtime.simd : null)}</Row>
          <Row term={t.threads}>{runtime?.threads ?? t.na}</Row>
          <Row term={t.isolated}>{yesNo(hydrated ? window.crossOriginIsolated === true : null)}</Row>
          <Row term={t.tensors}>
            {out('tensors', tensors ? String(tensors.now) : '0', tensors ? String(tensors.now) : '0', tensors ? { 'data-baseline': String(tensors.baseline) } : {})}
          </Row>
        </ResultPanel>
      </div>

      <div class="tl-chart" role="group" aria-label={t.chart}>
        {!chartReady && svgChart()}
        <div class="tl-uplot" ref={chartBox} />
      </div>

      {wantsDigits && Panel && <Panel lang={lang} outcome={digits} />}

      <div class="tl-console-wrap">
        <h3 class="tl-h">{t.console}</h3>
        <pre class="tl-console" ref={consoleRef} tabIndex={0} aria-label={t.console}>
          {lines.join('\n')}
        </pre>
        <p class="tl-sr" aria-live="polite">
          {announce}
        </p>
      </div>

      {showingRecorded && (
        <figcaption class="tl-caption">
          {t.recorded(recorded.settings.seed, recorded.backend, recorded.tfjsVersion, recorded.runtime)}
        </figcaption>
      )}
    </figure>
  );
}
