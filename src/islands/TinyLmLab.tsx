/** @jsxImportSource preact */
/**
 * The tiny language-model lab: forms, buttons and read-outs around the worker of
 * src/lib/lm/worker.ts (protocol: src/lib/lm/protocol.ts). The worker, and with it
 * TensorFlow.js, the corpus and the checkpoint, is created on the first Train or
 * Generate, never before. All parsing lives in src/lib/lm/state.ts.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Lang } from '../lib/book/book';
import { STOP_GRACE_MS } from '../lib/training/text';
import {
  DEFAULT_GENERATE,
  LM_LIMITS as CORE_LIMITS,
  MODES,
  type EvalPoint,
  type GenerateResult,
  type GenerateSettings,
  type LmConfig,
  type LmErrorKey,
  type LmFromWorker,
  type LmToWorker,
  type RunKind,
} from '../lib/lm/protocol';
import {
  CORPUS_CHAPTERS,
  DEFAULT_LM,
  LM_LABELS,
  LM_LIMITS,
  lmFromQuery,
  lmToQuery,
  OWN_TEXT_MESSAGES,
  ownTextProblem,
  parseLmField,
  toLmDraft,
  validateLm,
  type LmDraft,
  type LmError,
  type LmKey,
  type LmSettings,
} from '../lib/lm/state';
import { corpusName, fmt, fmtInt, LAB_TEXT, MODE_NAMES, RUN_NAMES, type LabStatus } from '../lib/lm/lab-text';
import { LabAlert, ProgressBar, Result, ResultPanel, Row, RunButtons } from './lab-parts';

interface Props {
  lang: Lang;
  /** Held-out sections' titles in the page's language, by `<chapter>#<id>` (from the component). */
  titles: Record<string, string>;
}

interface Live {
  run: RunKind | null;
  step: number | null;
  steps: number | null;
  trainLoss: number | null;
  validationLoss: number | null;
  perplexity: number | null;
  initialLoss: number | null;
  tokensPerSecond: number | null;
  parameters: number | null;
  vocabulary: number | null;
  adapted: number | null;
  scratch: number | null;
  validationSections: string[] | null | undefined;
}
const EMPTY: Live = {
  run: null,
  step: null,
  steps: null,
  trainLoss: null,
  validationLoss: null,
  perplexity: null,
  initialLoss: null,
  tokensPerSecond: null,
  parameters: null,
  vocabulary: null,
  adapted: null,
  scratch: null,
  validationSections: undefined,
};

type Curves = Partial<Record<RunKind, EvalPoint[]>>;

const CORPORA = ['book', 'en', 'zh', ...CORPUS_CHAPTERS.map((s) => `chapter:${s}`), 'own'];

/** A run's first point on its curve: the loss before any step, no training loss yet. */
const startPoint = (initialLoss: number): EvalPoint => ({
  step: 0,
  trainLoss: null,
  validationLoss: initialLoss,
  perplexity: Math.exp(initialLoss),
});

export default function TinyLmLab({ lang, titles }: Props) {
  const t = LAB_TEXT[lang];
  const [hydrated, setHydrated] = useState(false);
  const [draft, setDraft] = useState<LmDraft>(() => toLmDraft(DEFAULT_LM));
  const [gen, setGen] = useState({
    length: String(DEFAULT_GENERATE.length),
    seed: String(DEFAULT_GENERATE.seed),
    layer: 0,
    head: 0,
  });
  const [ownText, setOwnText] = useState('');
  const [errors, setErrors] = useState<{
    kind: 'form' | 'url';
    list: { key: string; text: string }[];
  } | null>(null);
  const [status, setStatus] = useState<LabStatus>('idle');
  const [loadingWhat, setLoadingWhat] = useState<'tfjs' | 'corpus' | 'checkpoint' | null>(null);
  const [runError, setRunError] = useState<string | null>(null);
  const [live, setLive] = useState<Live>(EMPTY);
  const [curves, setCurves] = useState<Curves>({});
  const [result, setResult] = useState<GenerateResult | null>(null);
  const [tensors, setTensors] = useState<{
    now: number;
    baseline: number;
  } | null>(null);
  const [backend, setBackend] = useState<string | null>(null);
  const [announce, setAnnounce] = useState('');

  const worker = useRef<Worker | null>(null);
  const runId = useRef(0);
  const busy = useRef(false);
  const stopTimer = useRef(0);
  const settingsRef = useRef<LmSettings>({ ...DEFAULT_LM });

  useEffect(() => {
    const { settings, errors: bad } = lmFromQuery(window.location.search);
    settingsRef.current = settings;
    setDraft(toLmDraft(settings));
    if (bad.length)
      setErrors({
        kind: 'url',
        list: bad.map((e) => ({ key: e.field, text: e.message[lang] })),
      });
    setHydrated(true);
    return () => {
      worker.current?.terminate();
      window.clearTimeout(stopTimer.current);
    };
  }, []);

  const writeUrl = (s: LmSettings): void => {
    const q = lmToQuery(s, window.location.search);
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${q}${window.location.hash}`);
  };

  const setTensorCount = (n: number, baseline?: number): void => setTensors((x) => ({ now: n, baseline: baseline ?? x?.baseline ?? n }));

  const fail = (key: LmErrorKey | null, detail?: string): void => {
    busy.current = false;
    setLoadingWhat(null);
    setRunError(key ? t.errors[key] : (detail ?? t.workerFailed));
    setAnnounce(key ? t.errors[key] : (detail ?? t.workerFailed));
    setStatus('error');
  };

  // --- worker messages ---
  const onMessage = (m: LmFromWorker): void => {
    if (m.id !== runId.current) return; // from an earlier run
    switch (m.type) {
      case 'loading':
        setLoadingWhat(m.what);
        break;
      case 'runtime':
        setBackend(m.runtime.backend);
        break;
      case 'started':
        setLoadingWhat(null);
        setStatus('running');
        setTensorCount(m.baseline, m.baseline);
        setLive((l) => ({
          ...l,
          run: m.run,
          step: 0,
          parameters: m.parameters,
          vocabulary: m.vocabulary,
          initialLoss: m.run === 'scratch' && l.initialLoss !== null ? l.initialLoss : m.initialLoss,
          validationSections: m.validationSections,
        }));
        setCurves((c) => ({ ...c, [m.run]: [startPoint(m.initialLoss)] }));
        break;
      case 'progress':
        setLive((l) => ({
          ...l,
          run: m.run,
          step: m.step,
          steps: m.steps,
          trainLoss: m.trainLoss,
          validationLoss: m.validationLoss,
          perplexity: m.perplexity,
          tokensPerSecond: m.tokensPerSecond,
        }));
        setCurves((c) => ({
          ...c,
          [m.run]: [
            ...(c[m.run] ?? []),
            {
              step: m.step,
              trainLoss: m.trainLoss,
              validationLoss: m.validationLoss,
              perplexity: m.perplexity,
            },
          ],
        }));
        setTensorCount(m.tensors);
        break;
      case 'run-done':
        setCurves((c) => ({
          ...c,
          [m.run]: [startPoint(m.initialLoss), ...m.curve.filter((p) => p.step > 0)],
        }));
        break;
      case 'done':
        busy.current = false;
        setLive((l) => ({
          ...l,
          step: m.step,
          trainLoss: m.trainLoss,
          validationLoss: m.validationLoss,
          perplexity: m.perplexity,
          initialLoss: l.initialLoss ?? m.initialLoss,
          tokensPerSecond: m.tokensPerSecond,
          parameters: m.parameters,
          vocabulary: m.vocabulary,
          adapted: m.comparison?.adaptedPerplexity ?? null,
          scratch: m.comparison?.scratchPerplexity ?? null,
        }));
        setTensorCount(m.tensors);
        setStatus('done');
        setAnnounce(`${t.statuses.done}. ${t.perplexity}: ${fmt(m.perplexity)}`);
        break;
      case 'stopped':
        busy.current = false;
        setLoadingWhat(null);
        setTensorCount(m.tensors);
        setStatus('stopped');
        setAnnounce(t.stopped);
        break;
      case 'generated':
        busy.current = false;
        setLoadingWhat(null);
        setResult(m.result);
        setTensorCount(m.tensors);
        setStatus('done');
        setAnnounce(`${t.sample}: ${m.result.sample}`);
        break;
      case 'reset':
        setTensorCount(m.tensors);
        break;
      case 'error':
        if (m.tensors !== null) setTensorCount(m.tensors);
        fail(m.key);
        break;
    }
  };
  const onMessageRef = useRef(onMessage);
  onMessageRef.current = onMessage;

  const getWorker = (): Worker => {
    if (worker.current) return worker.current;
    const w = new Worker(new URL('../lib/lm/worker.ts', import.meta.url), {
      type: 'module',
      name: 'tiny-lm',
    });
    w.onmessage = (e: MessageEvent<LmFromWorker>) => {
      onMessageRef.current(e.data);
    };
    w.onerror = (e) => {
      e.preventDefault();
      w.terminate();
      if (worker.current === w) worker.current = null;
      fail(null, t.workerFailed);
    };
    worker.current = w;
    return w;
  };

  const post = (msg: LmToWorker): void => {
    try {
      getWorker().postMessage(msg);
    } catch {
      fail(null, t.workerFailed);
    }
  };

  const endWorker = (): void => {
    window.clearTimeout(stopTimer.current);
    worker.current?.terminate();
    worker.current = null;
  };

  // --- actions ---
  const onInput = (key: LmKey, value: string): void => {
    const next = { ...draft, [key]: value };
    setDraft(next);
    const r = parseLmField(key, value);
    if (r.ok) {
      const s = { ...settingsRef.current, [key]: r.value } as LmSettings;
      settingsRef.current = s;
      if (validateLm(toLmDraft(s)).value) writeUrl(s);
    }
    if (errors?.kind === 'form') {
      const remaining = validateLm(next).errors;
      setErrors(
        remaining.length
          ? {
              kind: 'form',
              list: remaining.map((e) => ({
                key: e.field,
                text: e.message[lang],
              })),
            }
          : null,
      );
    }
  };

  /** The settings, or null after showing what is wrong (form fields, pasted text, generation fields). */
  const checked = (): {
    settings: LmSettings;
    generate: GenerateSettings;
  } | null => {
    const { value, errors: bad } = validateLm(draft);
    const list: { key: string; text: string }[] = bad.map((e: LmError) => ({
      key: e.field,
      text: e.message[lang],
    }));
    const length = Number(gen.length.trim());
    const { min, max } = CORE_LIMITS.length;
    if (!/^\d+$/.test(gen.length.trim()) || length < min || length > max) {
      list.push({
        key: 'length',
        text: lang === 'zh' ? `长度必须是 ${min} 到 ${max} 之间的整数。` : `Length must be a whole number from ${min} to ${max}.`,
      });
    }
    const seed = Number(gen.seed.trim());
    if (!/^\d+$/.test(gen.seed.trim()) || seed > LM_LIMITS.seed.max) {
      list.push({
        key: 'sample-seed',
        text:
          lang === 'zh' ? `采样种子必须是 0 到 ${LM_LIMITS.seed.max} 之间的整数。` : `Sampling seed must be a whole number from 0 to ${LM_LIMITS.seed.max}.`,
      });
    }
    if (value?.corpus === 'own') {
      const p = ownTextProblem(ownText);
      if (p) list.push({ key: 'own', text: OWN_TEXT_MESSAGES[p][lang] });
    }
    if (!value || list.length) {
      setErrors({ kind: 'form', list });
      return null;
    }
    setErrors(null);
    const layer = Math.min(gen.layer, value.layers - 1);
    const head = Math.min(gen.head, value.heads - 1);
    return {
      settings: value,
      generate: {
        prompt: value.prompt,
        temperature: value.temperature,
        topK: value.topK > 0 ? value.topK : undefined,
        topP: value.topP < 1 ? value.topP : undefined,
        length,
        seed,
        layer,
        head,
      },
    };
  };

  /**
   * Starts a run (Train or Generate) with the checked settings, kept and written to the address;
   * null while another run is busy or when something is wrong (then shown).
   */
  const begin = (): { id: number; settings: LmSettings; generate: GenerateSettings } | null => {
    if (busy.current) return null;
    const c = checked();
    if (!c) return null;
    settingsRef.current = c.settings;
    writeUrl(c.settings);
    setRunError(null);
    busy.current = true;
    runId.current += 1;
    return { id: runId.current, ...c };
  };

  const onTrain = (e?: Event): void => {
    e?.preventDefault();
    const c = begin();
    if (!c) return;
    const { id } = c;
    setLive(EMPTY);
    setCurves({});
    setResult(null);
    setStatus('loading');
    const { prompt: _p, temperature: _t, topK: _k, topP: _q, ...config } = c.settings;
    post({
      type: 'train',
      id,
      config: config as LmConfig,
      ...(c.settings.corpus === 'own' ? { ownText } : {}),
      generate: c.generate,
    });
  };

  const onGenerate = (): void => {
    const c = begin();
    if (!c) return;
    setStatus('generating');
    post({ type: 'generate', id: c.id, settings: c.generate });
  };

  const onStop = (): void => {
    if (!busy.current || !worker.current) return;
    worker.current.postMessage({
      type: 'stop',
      id: runId.current,
    } satisfies LmToWorker);
    // A run that has not ended STOP_GRACE_MS after Stop (a hung download, a long task) ends with its
    // worker, whatever else the worker still sends (progress, loading notes): Stop never leaves the lab waiting.
    const run = runId.current;
    window.clearTimeout(stopTimer.current);
    stopTimer.current = window.setTimeout(() => {
      if (!busy.current || runId.current !== run) return;
      endWorker();
      busy.current = false;
      runId.current += 1;
      setLoadingWhat(null);
      setTensors(null);
      setAnnounce(t.stopUnanswered);
      setStatus('stopped');
    }, STOP_GRACE_MS);
  };

  const onReset = (): void => {
    // The worker is ended with everything it holds (its tensors included); the next run starts a fresh one.
    endWorker();
    busy.current = false;
    runId.current += 1;
    settingsRef.current = { ...DEFAULT_LM };
    setDraft(toLmDraft(DEFAULT_LM));
    setGen({
      length: String(DEFAULT_GENERATE.length),
      seed: String(DEFAULT_GENERATE.seed),
      layer: 0,
      head: 0,
    });
    writeUrl(DEFAULT_LM);
    setErrors(null);
    setRunError(null);
    setLoadingWhat(null);
    setLive(EMPTY);
    setCurves({});
    setResult(null);
    setTensors(null);
    setAnnounce('');
    setStatus('idle');
  };

  // --- view ---
  const running = status === 'loading' || status === 'running' || status === 'generating';
  const errorList = errors?.list ?? [];
  const invalid = (key: string) => (errorList.some((e) => e.key === key) ? 'true' : undefined);

  const out = (name: string, value: unknown, text: string) => (
    // An output that only a run of the reader's fills says so (`data-until-run`): the lab's recorded
    // result is in its static description (LmMeasured), not in these outputs.
    <Result
      name={name}
      value={value === null || value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value)}
      text={text}
      na={t.na}
      extra={value === null || value === undefined ? { 'data-until-run': 'true' } : {}}
    />
  );

  const numberField = (key: LmKey, step: string | number = 1) => (
    <label class="tl-field" key={key}>
      <span>{LM_LABELS[key][lang]}</span>
      <input
        type="number"
        name={`lm.${key === 'topK' ? 'top-k' : key === 'topP' ? 'top-p' : key}`}
        value={draft[key]}
        step={step}
        inputMode={step === 1 ? 'numeric' : 'decimal'}
        aria-invalid={invalid(key)}
        onInput={(e) => onInput(key, (e.currentTarget as HTMLInputElement).value)}
      />
    </label>
  );

  /** A generation field kept as typed (checked on Generate); `id` names it (`lm.<id>`) and its errors. */
  const genNumber = (key: 'length' | 'seed', label: string, id: string) => (
    <label class="tl-field">
      <span>{label}</span>
      <input
        type="number"
        name={`lm.${id}`}
        value={gen[key]}
        step={1}
        inputMode="numeric"
        aria-invalid={invalid(id)}
        onInput={(e) => setGen({ ...gen, [key]: (e.currentTarget as HTMLInputElement).value })}
      />
    </label>
  );

  /** Which layer or head the attention map shows: 1 to `count`, kept zero-based. */
  const genSelect = (key: 'layer' | 'head', label: string, count: number) => (
    <label class="tl-field">
      <span>{label}</span>
      <select name={`lm.${key}`} value={String(gen[key])} onChange={(e) => setGen({ ...gen, [key]: Number((e.currentTarget as HTMLSelectElement).value) })}>
        {Array.from({ length: count }, (_, i) => (
          <option value={String(i)} key={i}>
            {i + 1}
          </option>
        ))}
      </select>
    </label>
  );

  const progressText = loadingWhat
    ? t.loadingWhat[loadingWhat]
    : live.run && live.step !== null && live.steps
      ? t.progressValue(RUN_NAMES[live.run][lang], live.step, live.steps)
      : status === 'idle'
        ? t.progressIdle
        : t.statuses[status];
  const pct = live.steps && live.step !== null ? Math.round((100 * live.step) / live.steps) : status === 'done' ? 100 : 0;

  const layers = Number(draft.layers) >= 1 ? Math.min(Number(draft.layers), LM_LIMITS.layers.max) : 1;
  const heads = Number(draft.heads) >= 1 ? Math.min(Number(draft.heads), LM_LIMITS.heads.max) : 1;

  return (
    <figure id="example-tiny-lm" class="training-lab tiny-lm-lab not-content" data-hydrated={hydrated ? 'true' : 'false'}>
      <form class="tl-form" noValidate onSubmit={onTrain} aria-label={t.training}>
        <fieldset disabled={running || !hydrated}>
          <legend>{t.training}</legend>
          <label class="tl-field tl-wide">
            <span>{LM_LABELS.mode[lang]}</span>
            <select name="lm.mode" value={draft.mode} onChange={(e) => onInput('mode', (e.currentTarget as HTMLSelectElement).value)}>
              {MODES.map((m) => (
                <option value={m} key={m}>
                  {MODE_NAMES[m][lang]}
                </option>
              ))}
            </select>
          </label>
          <label class="tl-field tl-wide">
            <span>{LM_LABELS.corpus[lang]}</span>
            <select name="lm.corpus" value={draft.corpus} onChange={(e) => onInput('corpus', (e.currentTarget as HTMLSelectElement).value)}>
              {CORPORA.map((c) => (
                <option value={c} key={c}>
                  {corpusName(c, lang)}
                </option>
              ))}
            </select>
          </label>
          {draft.corpus === 'own' && (
            <label class="tl-field tl-wide">
              <span>{t.ownText}</span>
              <textarea
                name="lm.own-text"
                rows={6}
                value={ownText}
                aria-invalid={invalid('own')}
                onInput={(e) => setOwnText((e.currentTarget as HTMLTextAreaElement).value)}
              />
            </label>
          )}
          {numberField('layers')}
          {numberField('heads')}
          {numberField('width')}
          {numberField('context')}
          {numberField('batch')}
          {numberField('steps')}
          {numberField('lr', 'any')}
          {numberField('seed')}
        </fieldset>
        <RunButtons hydrated={hydrated} running={running} submit={t.train} text={t} onStop={onStop} onReset={onReset} />
      </form>

      <form
        class="tl-form"
        noValidate
        aria-label={t.generation}
        onSubmit={(e) => {
          e.preventDefault();
          onGenerate();
        }}
      >
        <fieldset disabled={running || !hydrated}>
          <legend>{t.generation}</legend>
          <label class="tl-field tl-wide">
            <span>{LM_LABELS.prompt[lang]}</span>
            <input
              type="text"
              name="lm.prompt"
              value={draft.prompt}
              aria-invalid={invalid('prompt')}
              onInput={(e) => onInput('prompt', (e.currentTarget as HTMLInputElement).value)}
            />
          </label>
          {numberField('temperature', 'any')}
          {numberField('topK')}
          {numberField('topP', 'any')}
          {genNumber('length', t.length, 'length')}
          {genNumber('seed', t.sampleSeed, 'sample-seed')}
          {genSelect('layer', t.layer, layers)}
          {genSelect('head', t.head, heads)}
        </fieldset>
        <RunButtons hydrated={hydrated} running={running} submit={t.generate} text={t} />
      </form>

      <LabAlert heading={errors?.kind === 'url' ? t.urlSettings : t.fixSettings} items={errorList} runError={runError} />

      <ProgressBar label={t.progress} pct={pct} text={progressText} />

      <div class="tl-panels">
        <ResultPanel title={t.results}>
          <Row term={t.status}>{out('status', status, t.statuses[status])}</Row>
          <Row term={t.step}>{out('step', live.step, live.step === null ? '' : live.steps ? `${live.step}/${live.steps}` : String(live.step))}</Row>
          <Row term={t.trainLoss}>{out('train-loss', live.trainLoss, fmt(live.trainLoss))}</Row>
          <Row term={t.validationLoss}>{out('validation-loss', live.validationLoss, fmt(live.validationLoss))}</Row>
          <Row term={t.perplexity}>{out('perplexity', live.perplexity, fmt(live.perplexity, 2))}</Row>
          <Row term={t.initialLoss}>{out('initial-loss', live.initialLoss, fmt(live.initialLoss))}</Row>
          {live.adapted !== null && (
            <>
              <Row term={t.adapted}>{out('adapted-perplexity', live.adapted, fmt(live.adapted, 2))}</Row>
              <Row term={t.scratch}>{out('scratch-perplexity', live.scratch, fmt(live.scratch, 2))}</Row>
            </>
          )}
        </ResultPanel>
        <ResultPanel
          title={t.backend}
          after={
            live.validationSections !== undefined && (
              <p class="tlm-sections">
                {live.validationSections === null
                  ? t.validationOwn
                  : `${t.validationSections}: ${[...new Set(live.validationSections.map((k) => k.replace(/^(en|zh):/, '')))].map((k) => titles[k] ?? k).join(lang === 'zh' ? '、' : '; ')}`}
              </p>
            )
          }
        >
          <Row term={t.backend}>{backend ?? t.na}</Row>
          <Row term={t.tokensPerSecond}>{out('tokens-per-second', live.tokensPerSecond, fmtInt(live.tokensPerSecond, lang))}</Row>
          <Row term={t.parameters}>{out('parameters', live.parameters, fmtInt(live.parameters, lang))}</Row>
          <Row term={t.vocabulary}>{out('vocabulary', live.vocabulary, fmtInt(live.vocabulary, lang))}</Row>
          <Row term={t.tensors}>
            <Result
              name="tensors"
              value={tensors ? String(tensors.now) : '0'}
              text={tensors ? String(tensors.now) : '0'}
              na={t.na}
              extra={{ 'data-baseline': tensors ? String(tensors.baseline) : '0' }}
            />
          </Row>
        </ResultPanel>
      </div>

      <PerplexityChart curves={curves} lang={lang} />

      <section class="tlm-generated" aria-label={t.sample}>
        <h3 class="tl-h">{t.sample}</h3>
        <p class="tlm-sample">
          {result ? <span class="tlm-prompt">{result.prompt}</span> : null}
          {out('sample', result?.sample ?? null, result?.sample ?? '')}
        </p>
        <h3 class="tl-h">{t.nextToken}</h3>
        {out(
          'next-token',
          result?.nextToken ?? null,
          result && result.nextToken.tokens.length > 0 ? `${JSON.stringify(result.nextToken.tokens[0])} ${fmt(result.nextToken.probabilities[0], 3)}` : '',
        )}
        {result && (
          <table class="tlm-next">
            <thead>
              <tr>
                <th scope="col">{t.token}</th>
                <th scope="col">{t.probability}</th>
              </tr>
            </thead>
            <tbody>
              {result.nextToken.tokens.map((tok, i) => (
                <tr key={i}>
                  <td>
                    <code>{JSON.stringify(tok)}</code>
                  </td>
                  <td>
                    <span
                      class="tlm-bar"
                      style={{
                        width: `${Math.round(100 * (result.nextToken.probabilities[i] ?? 0))}%`,
                      }}
                    />
                    {fmt(result.nextToken.probabilities[i], 3)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <h3 class="tl-h">{t.attention}</h3>
        {out('attention', result ? result.attention.matrix : null, result ? `${result.attention.matrix.length} × ${result.attention.matrix.length}` : '')}
        {result && <AttentionView lang={lang} map={result.attention} />}
      </section>

      <p class="tl-sr" aria-live="polite">
        {announce}
      </p>
    </figure>
  );
}

/** Validation perplexity by step, one line per run (adapted solid, from scratch dashed). */
function PerplexityChart({ curves, lang }: { curves: Curves; lang: Lang }) {
  const t = LAB_TEXT[lang];
  const runs = (['pretrain', 'adapt', 'scratch'] as const).filter((r) => (curves[r]?.length ?? 0) > 0);
  const pts = runs.flatMap((r) => curves[r]!).filter((p) => Number.isFinite(p.perplexity));
  if (pts.length < 2) return <p class="tlm-chart-empty">{t.chartEmpty}</p>;
  const maxStep = Math.max(1, ...pts.map((p) => p.step));
  const ys = pts.map((p) => Math.log(p.perplexity));
  const lo = Math.min(...ys);
  const hi = Math.max(...ys);
  const x = (s: number) => 40 + (350 * s) / maxStep;
  const y = (p: number) => 150 - (140 * (Math.log(p) - lo)) / (hi - lo || 1);
  const label = (r: RunKind) => (r === 'adapt' ? t.legendAdapt : r === 'scratch' ? t.legendScratch : t.legendSingle);
  return (
    <figure class="tlm-chart" data-runs={runs.join(' ')}>
      <svg viewBox="0 0 400 170" role="img" aria-label={`${t.chart}: ${runs.map(label).join(', ')}`}>
        <text x="2" y="14" class="tlm-axis">
          {fmt(Math.exp(hi), 1)}
        </text>
        <text x="2" y="150" class="tlm-axis">
          {fmt(Math.exp(lo), 1)}
        </text>
        <text x="380" y="166" class="tlm-axis">
          {maxStep}
        </text>
        {runs.map((r) => (
          <polyline
            key={r}
            class={`tlm-line tlm-${r}`}
            points={curves[r]!.filter((p) => Number.isFinite(p.perplexity))
              .map((p) => `${x(p.step).toFixed(1)},${y(p.perplexity).toFixed(1)}`)
              .join(' ')}
          />
        ))}
      </svg>
      <figcaption>
        {t.chart}:{' '}
        {runs.map((r) => (
          <span key={r} class={`tlm-key tlm-${r}`}>
            {label(r)}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}

/** The attention matrix as a heat map, with the same numbers as a table. */
function AttentionView({ lang, map }: { lang: Lang; map: GenerateResult['attention'] }) {
  const t = LAB_TEXT[lang];
  const n = map.tokens.length;
  const show = (tok: string) => (tok === ' ' ? '␣' : tok === '\n' ? '↵' : tok);
  // The table (up to context² cells) is built only once the reader opens it.
  const [open, setOpen] = useState(false);
  return (
    <div class="tlm-attention">
      <p>{t.attentionCaption(map.layer, map.head)}</p>
      <div class="tlm-heat" role="img" aria-label={t.attentionCaption(map.layer, map.head)} style={{ gridTemplateColumns: `repeat(${n}, 1fr)` }}>
        {map.matrix.flatMap((row, i) =>
          row.map((v, j) => (
            <span
              key={`${i}-${j}`}
              style={{ opacity: Math.max(0, Math.min(1, v)).toFixed(3) }}
              title={`${show(map.tokens[i] ?? '')} → ${show(map.tokens[j] ?? '')}: ${fmt(v)}`}
            />
          )),
        )}
      </div>
      <details class="tlm-table" onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
        <summary>{t.attentionTable}</summary>
        {open && (
          <div class="tlm-scroll">
            <table data-attention-table="">
              <thead>
                <tr>
                  <th scope="col">{t.query}</th>
                  {map.tokens.map((tok, j) => (
                    <th scope="col" key={j}>
                      {show(tok)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {map.matrix.map((row, i) => (
                  <tr key={i}>
                    <th scope="row">{show(map.tokens[i] ?? '')}</th>
                    {row.map((v, j) => (
                      <td key={j}>{j <= i ? fmt(v, 2) : ''}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </details>
    </div>
  );
}
