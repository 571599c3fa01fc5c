/**
 * The optimizer playground island: reads state, calls src/lib/playground, renders.
 * No maths here. Server-rendered with the default setting (so the no-JS and
 * printed page show the contours and paths); after hydration it reads the
 * playground.* URL parameters and becomes interactive.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { TargetedEvent, TargetedKeyboardEvent, TargetedPointerEvent } from 'preact';
import type { Lang } from '../lib/book/book';
import { dataValue, formatNumber, formatVector } from '../lib/maths/numbers';
import {
  LIMITS,
  LR_SLIDER,
  OPTIMIZERS,
  PLAYGROUND_FORMS,
  SURFACES,
  SURFACE_INFO,
  applyField,
  contours,
  defaultSettings,
  fieldText,
  finalResult,
  lossChart,
  lrFromSlider,
  lrToSlider,
  makeMapping,
  markerPath,
  nudge,
  nudgeStep,
  parseField,
  parseUrlState,
  run,
  settingsHref,
  snapStart,
  stepsPerFrame,
  tableRows,
  ticks,
  joinPrefix,
  trajectorySegments,
  urlParam,
  type Checked,
  type Field,
  type FieldError,
  type OptId,
  type Settings,
} from '../lib/playground';
import { OPT_STYLE, STRINGS, errorMessage, rangeHint } from '../lib/playground/strings';
import { StaticCheck, StaticField } from './static-field';

interface Props {
  lang: Lang;
}

type TextField = 'kappa' | 'lr' | 'beta' | 'steps' | 'noise' | 'seed' | 'start';

const PLOT_W = 400;
const M_LEFT = 34;
const M_TOP = 8;
const M_RIGHT = 10;
const M_BOTTOM = 26;
const CHART_W = 400;
const CHART_H = 110;
const C_LEFT = 56;
const C_TOP = 8;
const C_BOTTOM = 28;

const check = (f: Field, text: string, s: Settings): Checked<unknown> =>
  (parseField as (f: Field, t: string, surface: Settings['surface']) => Checked<unknown>)(f, text, s.surface);

function reducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export default function OptimizerPlayground({ lang }: Props) {
  const t = STRINGS[lang];
  const [settings, setSettings] = useState<Settings>(defaultSettings);
  const [mounted, setMounted] = useState(false);
  const [drafts, setDrafts] = useState<Partial<Record<Field, string>>>({});
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, FieldError>>>({});
  const [urlErrors, setUrlErrors] = useState<FieldError[]>([]);
  /** Steps shown (animation), or null for all of them. */
  const [frame, setFrame] = useState<number | null>(null);
  const [playing, setPlaying] = useState(false);
  const [copyStatus, setCopyStatus] = useState('');
  const dirty = useRef(false);
  const frameStart = useRef<number | null>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const dragging = useRef(false);

  // ---- derived (all computed in src/lib)
  const info = SURFACE_INFO[settings.surface];
  const map = useMemo(() => makeMapping(info.view, PLOT_W, M_LEFT, M_TOP), [info]);
  const cont = useMemo(() => contours(settings.surface, settings.kappa, map), [settings.surface, settings.kappa, map]);
  const trajs = useMemo(() => run(settings), [settings]);
  const finals = useMemo(() => trajs.map(finalResult), [trajs]);
  const shown = frame ?? settings.steps;
  const chart = useMemo(
    () => lossChart(trajs, settings.surface, settings.steps, CHART_W - C_LEFT - 8, CHART_H - C_TOP - C_BOTTOM),
    [trajs, settings.surface, settings.steps],
  );
  const pieces = useMemo(() => trajs.map((tr) => trajectorySegments(tr, map)), [trajs, map]);
  const table = useMemo(() => tableRows(trajs, settings.steps), [trajs, settings.steps]);
  // Parts that do not change between animation frames are built once per setting
  // (Preact skips diffing a vnode it has seen before).
  const contourEl = useMemo(
    () => (
      <g class="opg-contours" clip-path="url(#opg-clip)">
        {cont.paths.map((d, i) => (
          <path key={i} d={d} />
        ))}
      </g>
    ),
    [cont],
  );
  const tableEl = useMemo(
    () => (
      <details class="opg-table">
        <summary>{t.table}</summary>
        <p>{t.tableStride(table.stride)}</p>
        <div class="opg-table-wrap" tabIndex={0} role="region" aria-label={t.table}>
          <table>
            <thead>
              <tr>
                <th scope="col" rowSpan={2}>
                  {t.step_}
                </th>
                {trajs.map((tr) => (
                  <th key={tr.opt} scope="colgroup" colSpan={3}>
                    {t.optName[tr.opt]}
                  </th>
                ))}
              </tr>
              <tr>
                {trajs.flatMap((tr) => [
                  <th key={`${tr.opt}x`} scope="col">
                    x
                  </th>,
                  <th key={`${tr.opt}y`} scope="col">
                    y
                  </th>,
                  <th key={`${tr.opt}f`} scope="col">
                    f
                  </th>,
                ])}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((r) => (
                <tr key={r.step}>
                  <th scope="row">{r.step}</th>
                  {r.cells.flatMap((c, i) =>
                    c
                      ? c.map((v, j) => <td key={`${i}-${j}`}>{formatNumber(v, 4)}</td>)
                      : [
                          <td key={`${i}-d`} colSpan={3}>
                            {t.diverged}
                          </td>,
                        ],
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    ),
    [table, trajs, t],
  );
  const xTicks = useMemo(() => ticks(info.view.xMin, info.view.xMax, 8), [info]);
  const yTicks = useMemo(() => ticks(info.view.yMin, info.view.yMax, 6), [info]);

  // ---- URL state in, once, after hydration (the server render is the default setting)
  useEffect(() => {
    const parsed = parseUrlState(window.location.search);
    if (parsed.present) setSettings(parsed.settings);
    setUrlErrors(parsed.errors);
    setMounted(true);
  }, []);

  // ---- URL state out: replaceState on every change the reader makes (other params and #fragment kept)
  useEffect(() => {
    if (!dirty.current) return;
    history.replaceState(history.state, '', settingsHref(settings, window.location));
  }, [settings]);

  // ---- animation
  useEffect(() => {
    if (!playing) return;
    let id = 0;
    const per = stepsPerFrame(settings.steps);
    const tick = () => {
      frameStart.current = performance.now();
      let done = false;
      setFrame((f) => {
        const next = Math.min(settings.steps, (f ?? 0) + per);
        if (next >= settings.steps) done = true;
        return next >= settings.steps ? null : next;
      });
      if (done) setPlaying(false);
      else id = requestAnimationFrame(tick);
    };
    id = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(id);
  }, [playing, settings.steps]);

  // Frame timing (reported by the e2e suite, not asserted): from the frame's state update to the committed DOM.
  useLayoutEffect(() => {
    if (frameStart.current === null) return;
    performance.measure('optimizer-playground-frame', { start: frameStart.current, end: performance.now() });
    frameStart.current = null;
  }, [frame]);

  // ---- changing settings
  const commit = (next: Settings, field: Field) => {
    dirty.current = true;
    setPlaying(false);
    setFrame(null);
    setSettings(next);
    // A new surface also brings a new start point, so a pending start-point error is void.
    const cleared = field === 'surface' ? [field, 'start'] : [field];
    setFieldErrors((e) => cleared.reduce((acc, f) => without(acc, f), e));
    setUrlErrors((e) => e.filter((x) => !cleared.includes(x.field)));
    setCopyStatus('');
  };
  const set = (field: Field, value: unknown) => {
    commit(applyField(settings, field, value), field);
    setDrafts((d) => without(without(d, field), field === 'surface' ? 'start' : field));
  };
  const onTextInput = (field: TextField) => (e: TargetedEvent<HTMLInputElement>) => {
    const text = e.currentTarget.value;
    setDrafts((d) => ({ ...d, [field]: text }));
    const r = check(field, text, settings);
    if (r.ok) commit(applyField(settings, field, r.value), field);
  };
  const onTextCommit = (field: TextField) => (e: TargetedEvent<HTMLInputElement>) => {
    const text = e.currentTarget.value;
    const r = check(field, text, settings);
    if (r.ok) setDrafts((d) => without(d, field));
    else setFieldErrors((errs) => ({ ...errs, [field]: r.error }));
  };
  const toggleOpt = (o: OptId, on: boolean) => {
    const next = on ? [...settings.opts, o] : settings.opts.filter((x) => x !== o);
    if (next.length === 0) {
      setFieldErrors((errs) => ({ ...errs, opt: { field: 'opt', code: 'none-selected' } }));
      return;
    }
    set('opt', next);
  };

  // ---- start point: pointer and keyboard
  const pointFromEvent = (e: PointerEvent): [number, number] | null => {
    const svg = svgRef.current;
    const ctm = svg?.getScreenCTM();
    if (!svg || !ctm) return null;
    const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(ctm.inverse());
    return snapStart(info.view, map.toX(p.x), map.toY(p.y));
  };
  const onPointerDown = (e: TargetedPointerEvent<SVGSVGElement>) => {
    if (!mounted || e.button !== 0) return;
    const p = pointFromEvent(e);
    if (!p) return;
    dragging.current = true;
    e.currentTarget.setPointerCapture?.(e.pointerId);
    set('start', p);
  };
  const onPointerMove = (e: TargetedPointerEvent<SVGSVGElement>) => {
    if (!dragging.current) return;
    const p = pointFromEvent(e);
    if (p && (p[0] !== settings.start[0] || p[1] !== settings.start[1])) set('start', p);
  };
  const endDrag = () => {
    dragging.current = false;
  };
  const onPlotKey = (e: TargetedKeyboardEvent<SVGSVGElement>) => {
    const d = nudgeStep(info.view) * (e.shiftKey ? 5 : 1);
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [-d, 0],
      ArrowRight: [d, 0],
      ArrowUp: [0, d],
      ArrowDown: [0, -d],
    };
    const m = moves[e.key];
    if (!m || !mounted) return;
    e.preventDefault();
    set('start', nudge(info.view, settings.start, m[0], m[1]));
  };

  // ---- play / pause / step / rewind
  const onPlay = () => {
    if (playing) return setPlaying(false);
    if (reducedMotion()) {
      setFrame(null);
      return;
    }
    if (frame === null || frame >= settings.steps) setFrame(0);
    setPlaying(true);
  };
  const onStep = () => {
    setPlaying(false);
    setFrame((f) => {
      const next = (f === null ? 0 : f) + 1;
      return next >= settings.steps ? null : next;
    });
  };
  const onRewind = () => {
    setPlaying(false);
    setFrame(0);
  };
  const onDefaults = () => {
    dirty.current = true;
    setPlaying(false);
    setFrame(null);
    setSettings(defaultSettings());
    setDrafts({});
    setFieldErrors({});
    setUrlErrors([]);
  };
  const onCopy = async () => {
    const href = new URL(settingsHref(settings, window.location), window.location.href).href;
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(href);
      setCopyStatus(t.copied);
    } catch {
      history.replaceState(history.state, '', href);
      setCopyStatus(t.copyFailed);
    }
  };

  // ---- rendering helpers
  const text = (f: TextField) =>
    drafts[f] ?? (f === 'start' ? `${settings.start[0]}, ${settings.start[1]}` : fieldText(settings, f));
  const errId = (f: Field) => `opg-err-${f}`;
  const describedBy = (f: Field, hint?: string) =>
    [hint, fieldErrors[f] ? errId(f) : undefined].filter(Boolean).join(' ') || undefined;
  const textInput = (f: TextField, mode: 'decimal' | 'numeric' | 'text' = 'decimal', hintId?: string) =>
    !mounted ? (
      <StaticField id={`opg-${f}`} value={text(f)} class="opg-static-text" describedBy={describedBy(f, hintId)} />
    ) : (
    <input
      id={`opg-${f}`}
      type="text"
      inputMode={mode}
      autoComplete="off"
      spellcheck={false}
      value={text(f)}
      aria-invalid={fieldErrors[f] ? 'true' : undefined}
      aria-describedby={describedBy(f, hintId)}
      onInput={onTextInput(f)}
      onChange={onTextCommit(f)}
    />
    );
  const alerts = [
    ...urlErrors.map((e) => ({
      key: `url-${e.field}`,
      id: undefined,
      msg: errorMessage(lang, e, 'url', urlParam(e.field)),
    })),
    ...Object.values(fieldErrors).map((e) => ({ key: `f-${e.field}`, id: errId(e.field), msg: errorMessage(lang, e) })),
  ];
  const viewH = M_TOP + map.height + M_BOTTOM;
  const viewW = M_LEFT + PLOT_W + M_RIGHT;
  const marked = info.marked;
  const mx = map.px(marked[0]);
  const my = map.py(marked[1]);
  const sx = map.px(settings.start[0]);
  const sy = map.py(settings.start[1]);
  const chartW = CHART_W - C_LEFT - 8;
  const chartH = CHART_H - C_TOP - C_BOTTOM;
  const paletteStyle = Object.fromEntries(
    OPTIMIZERS.flatMap((o) => [
      [`--opg-${o}-l`, OPT_STYLE[o].light],
      [`--opg-${o}-d`, OPT_STYLE[o].dark],
    ]),
  );

  return (
    <figure id="example-optimizer-playground" class="opg" style={paletteStyle} data-ready={mounted ? 'true' : 'false'}>
      <div class="opg-alert" role="alert">
        {alerts.map((a) => (
          <p key={a.key} id={a.id}>
            {a.msg}
          </p>
        ))}
      </div>
      <div class="opg-layout">
        <div class="opg-figures">
          <svg
            ref={svgRef}
            class="opg-plot"
            viewBox={`0 0 ${viewW} ${viewH}`}
            role="application"
            aria-label={`${t.plotLabel}. ${t.fieldName.start}: (${formatNumber(settings.start[0])}, ${formatNumber(settings.start[1])})`}
            aria-describedby="opg-plot-hint"
            tabIndex={0}
            onKeyDown={onPlotKey}
            onPointerDown={onPointerDown}
            onPointerMove={onPointerMove}
            onPointerUp={endDrag}
            onPointerCancel={endDrag}
          >
            <defs>
              <clipPath id="opg-clip">
                <rect x={M_LEFT} y={M_TOP} width={PLOT_W} height={map.height} />
              </clipPath>
            </defs>
            <rect class="opg-frame" x={M_LEFT} y={M_TOP} width={PLOT_W} height={map.height} />
            {contourEl}
            <g class="opg-ticks" aria-hidden="true">
              {xTicks.map((v) => (
                <text key={`x${v}`} x={map.px(v)} y={M_TOP + map.height + 16} text-anchor="middle">
                  {formatNumber(v)}
                </text>
              ))}
              {yTicks.map((v) => (
                <text key={`y${v}`} x={M_LEFT - 5} y={map.py(v) + 4} text-anchor="end">
                  {formatNumber(v)}
                </text>
              ))}
            </g>
            <g class="opg-marked">
              <path d={`M${mx - 6} ${my - 6}L${mx + 6} ${my + 6}M${mx - 6} ${my + 6}L${mx + 6} ${my - 6}`} />
              <text x={mx + 8} y={my - 8}>
                {settings.surface === 'saddle' ? t.saddlePoint : t.minimum}
              </text>
            </g>
            <g clip-path="url(#opg-clip)">
              {trajs.map((tr, k) => {
                const n = Math.min(shown + 1, tr.xs.length);
                const last = n - 1;
                const st = OPT_STYLE[tr.opt];
                return (
                  <g key={tr.opt} class="opg-path" data-opt={tr.opt}>
                    <path
                      d={joinPrefix(pieces[k]!, n)}
                      style={{ stroke: `var(--opg-${tr.opt})` }}
                      stroke-dasharray={st.dash || undefined}
                    />
                    <path
                      class="opg-marker"
                      d={markerPath(st.marker, map.px(tr.xs[last]!), map.py(tr.ys[last]!), 5)}
                      style={{ fill: `var(--opg-${tr.opt})` }}
                    />
                  </g>
                );
              })}
            </g>
            <g class="opg-start">
              <circle cx={sx} cy={sy} r={7} />
              <circle class="opg-start-hit" cx={sx} cy={sy} r={14} />
            </g>
          </svg>
          <p id="opg-plot-hint" class="opg-hint">
            {t.plotHint}
          </p>
          <ul class="opg-legend" aria-label={t.legend}>
            {settings.opts.map((o) => (
              <li key={o}>
                <svg width="40" height="14" viewBox="0 0 40 14" aria-hidden="true">
                  <path
                    d="M2 7H38"
                    style={{ stroke: `var(--opg-${o})` }}
                    stroke-dasharray={OPT_STYLE[o].dash || undefined}
                  />
                  <path d={markerPath(OPT_STYLE[o].marker, 20, 7, 4.5)} style={{ fill: `var(--opg-${o})` }} />
                </svg>
                {t.optName[o]}
              </li>
            ))}
          </ul>
          <svg
            class="opg-chart"
            viewBox={`0 0 ${CHART_W} ${CHART_H}`}
            role="img"
            aria-label={`${t.lossChartLabel} (${t.lossAxis[chart.scale]})`}
          >
            <g transform={`translate(${C_LEFT} ${C_TOP})`}>
              <clipPath id="opg-chart-clip">
                <rect x={-2} y={-2} width={chartW + 4} height={chartH + 4} />
              </clipPath>
              <rect class="opg-frame" x={0} y={0} width={chartW} height={chartH} />
              <g clip-path="url(#opg-chart-clip)">
                {chart.lines.map((l) => (
                  <path
                    key={l.opt}
                    class="opg-chart-line"
                    d={joinPrefix(l.pieces, shown + 1)}
                    style={{ stroke: `var(--opg-${l.opt})` }}
                    stroke-dasharray={OPT_STYLE[l.opt].dash || undefined}
                  />
                ))}
              </g>
              <g class="opg-ticks" aria-hidden="true">
                <text x={-5} y={9} text-anchor="end">
                  {formatNumber(chart.fHi, 2)}
                </text>
                <text x={-5} y={chartH} text-anchor="end">
                  {formatNumber(chart.fLo, 2)}
                </text>
                <text x={0} y={chartH + 14} text-anchor="start">
                  0
                </text>
                <text x={chartW} y={chartH + 14} text-anchor="end">
                  {settings.steps}
                </text>
                <text x={chartW / 2} y={chartH + 14} text-anchor="middle">
                  {t.iteration}
                </text>
              </g>
            </g>
          </svg>
          <div class="opg-buttons">
            <button type="button" disabled={!mounted} onClick={onPlay}>
              {playing ? t.pause : t.play}
            </button>
            <button type="button" disabled={!mounted} onClick={onStep}>
              {t.step}
            </button>
            <button type="button" disabled={!mounted} onClick={onRewind}>
              {t.reset}
            </button>
          </div>
          <p class="opg-status">
            {t.stepOf(shown, settings.steps)} · {t.lossAxis[chart.scale]}
          </p>
        </div>

        <fieldset class="opg-controls" disabled={!mounted}>
          <legend>{t.controls}</legend>
          <div class="opg-row">
            <label for="opg-surface">{t.fieldName.surface}</label>
            {!mounted ? (
              <StaticField id="opg-surface" value={`${t.surfaceName[settings.surface]}: ${t.surfaceFormula[settings.surface]}`} class="opg-static-select" />
            ) : (
              <select id="opg-surface" value={settings.surface} onChange={(e) => set('surface', e.currentTarget.value)}>
                {SURFACES.map((s) => (
                  <option key={s} value={s}>
                    {t.surfaceName[s]}: {t.surfaceFormula[s]}
                  </option>
                ))}
              </select>
            )}
          </div>
          <div class="opg-row">
            <label for="opg-kappa">{t.fieldName.kappa}</label>
            {textInput('kappa', 'decimal', 'opg-hint-kappa')}
            <input
              type="range"
              aria-label={t.kappaSlider}
              min={LIMITS.kappa.min}
              max={LIMITS.kappa.max}
              step={1}
              value={settings.kappa}
              onInput={(e) => set('kappa', Number(e.currentTarget.value))}
            />
            <small id="opg-hint-kappa">
              {rangeHint(lang, 'kappa')}
              {t.fullStop}
              {settings.surface === 'bowl' ? '' : ` ${t.kappaUnused}`}
            </small>
          </div>
          <fieldset class="opg-opts">
            <legend>{t.fieldName.opt}</legend>
            {OPTIMIZERS.map((o) => (
              <label key={o} class="opg-check">
                {!mounted ? (
                  <StaticCheck checked={settings.opts.includes(o)} />
                ) : (
                  <input
                    type="checkbox"
                    checked={settings.opts.includes(o)}
                    onChange={(e) => toggleOpt(o, e.currentTarget.checked)}
                  />
                )}
                {t.optName[o]}
              </label>
            ))}
          </fieldset>
          <div class="opg-row">
            <label for="opg-lr">{t.fieldName.lr}</label>
            {textInput('lr', 'decimal', 'opg-hint-lr')}
            <input
              type="range"
              aria-label={t.lrSlider}
              aria-valuetext={formatNumber(settings.lr)}
              min={LR_SLIDER.min}
              max={LR_SLIDER.max}
              step={LR_SLIDER.step}
              value={lrToSlider(settings.lr)}
              onInput={(e) => set('lr', lrFromSlider(Number(e.currentTarget.value)))}
            />
            <small id="opg-hint-lr">{rangeHint(lang, 'lr')}</small>
          </div>
          <div class="opg-row">
            <label for="opg-beta">{t.fieldName.beta}</label>
            {textInput('beta', 'decimal', 'opg-hint-beta')}
            <input
              type="range"
              aria-label={t.betaSlider}
              min={0}
              max={0.99}
              step={0.01}
              value={settings.beta}
              onInput={(e) => set('beta', Number(e.currentTarget.value))}
            />
            <small id="opg-hint-beta">{rangeHint(lang, 'beta')}</small>
          </div>
          <div class="opg-row">
            <label for="opg-form">{t.fieldName.form}</label>
            {!mounted ? (
              <StaticField id="opg-form" value={t.formName[settings.form]} class="opg-static-select" describedBy="opg-hint-form" />
            ) : (
              <select
                id="opg-form"
                value={settings.form}
                aria-describedby="opg-hint-form"
                onChange={(e) => set('form', e.currentTarget.value)}
              >
                {PLAYGROUND_FORMS.map((f) => (
                  <option key={f} value={f}>
                    {t.formName[f]}
                  </option>
                ))}
              </select>
            )}
            <small id="opg-hint-form">{t.formNote}</small>
          </div>
          <div class="opg-row opg-row-half">
            <label for="opg-steps">{t.fieldName.steps}</label>
            {textInput('steps', 'numeric', 'opg-hint-steps')}
            <small id="opg-hint-steps">{rangeHint(lang, 'steps')}</small>
          </div>
          <div class="opg-row opg-row-half">
            <label for="opg-noise">{t.fieldName.noise}</label>
            {textInput('noise', 'decimal', 'opg-hint-noise')}
            <small id="opg-hint-noise">{rangeHint(lang, 'noise')}</small>
          </div>
          <div class="opg-row opg-row-half">
            <label for="opg-seed">{t.fieldName.seed}</label>
            {textInput('seed', 'numeric', 'opg-hint-seed')}
            <small id="opg-hint-seed">{rangeHint(lang, 'seed')}</small>
          </div>
          <div class="opg-row opg-row-half">
            <label for="opg-start">{t.fieldName.start}</label>
            {textInput('start', 'text', 'opg-hint-start')}
            <small id="opg-hint-start">{t.startHint}</small>
          </div>
          <div class="opg-buttons">
            <button type="button" onClick={onCopy}>
              {t.copyLink}
            </button>
            <button type="button" onClick={onDefaults}>
              {t.defaults}
            </button>
          </div>
          <p class="opg-copy-status" role="status">
            {copyStatus}
          </p>
        </fieldset>
      </div>

      <ul class="opg-results" aria-label={t.results}>
        {finals.map((f) => (
          <li key={f.opt} data-opt={f.opt}>
            <svg width="18" height="14" viewBox="0 0 18 14" aria-hidden="true">
              <path d={markerPath(OPT_STYLE[f.opt].marker, 9, 7, 5)} style={{ fill: `var(--opg-${f.opt})` }} />
            </svg>
            <strong>{t.optName[f.opt]}</strong>
            {t.nameSep}
            {t.finalLoss}{' '}
            <output data-result={`final-loss-${f.opt}`} data-value={dataValue(f.loss)}>
              {f.divergedAt === null ? formatNumber(f.loss) : f.loss < 0 ? '−∞' : '∞'}
            </output>
            {t.comma}
            {t.finalPoint}{' '}
            <output data-result={`final-point-${f.opt}`} data-value={dataValue(f.point)}>
              {formatVector(f.point, 4)}
            </output>
            {f.divergedAt !== null && (
              <>
                {' '}
                <span class="opg-diverged" data-diverged-at={f.divergedAt}>
                  {t.divergedAt(f.divergedAt)}
                </span>
              </>
            )}
          </li>
        ))}
      </ul>

      {tableEl}
      <figcaption>{t.caption(settings)}</figcaption>
    </figure>
  );
}

function without<T extends object>(o: T, k: PropertyKey): T {
  if (!(k in o)) return o;
  const c = { ...o } as Record<PropertyKey, unknown>;
  delete c[k];
  return c as T;
}
