/**
 * The generic worked-example component: reads its state (URL, inputs), calls the
 * example's `compute` (src/lib), renders the inputs, the alert, the formula, the
 * terms, the matrices and the results. No maths here. Each island file
 * (Calculator, AdamCalculator, AttentionCalculator, PerplexityCalculator,
 * SamplingCalculator, PositionalEncodingCalculator) passes its own example
 * definition, so a page bundles only the examples it shows.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Lang } from '../lib/book/book';
import { defaultsOf, type Computed, type ExampleDef, type MatrixView, type RawValues, type ResultValue } from '../lib/examples/example-kit';
import { CALC_UI, formatError } from '../lib/examples/messages';
import { dataValue, formatNumber } from '../lib/maths/numbers';
import { readParams, writeParams } from '../lib/examples/url-state';
import { take } from './ssr-html';
import { StaticField } from './static-field';

export interface CalcProps {
  lang: Lang;
  /**
   * Key of the default formula's and table headers' KaTeX HTML, rendered at build
   * time and kept out of the props (./ssr-html.ts): `<lang>:<example name>`.
   */
  ssrKey: string;
}

/** The default formula's and headers' HTML of the server render (./ssr-html.ts). */
export interface CalcSsr {
  formula: string;
  headers: string[];
}

type TexRenderer = (tex: string, display?: boolean) => string;
let texModule: Promise<TexRenderer> | null = null;
function loadTex(): Promise<TexRenderer> {
  texModule ??= import('../lib/maths/tex').then((m) => m.renderTex);
  return texModule;
}

/** TeX of the terms table's headers, then of the matrices' captions (rendered together). */
export function texHeaders(c: Computed): string[] {
  return [...c.terms.columns, ...(c.matrices ?? []).map((m) => m.caption)];
}

export function CalcCore({ def, lang, ssrKey }: CalcProps & { def: ExampleDef }) {
  const spec = def;
  const name = def.name;
  // The URL parameters' prefix: `<param>.<field>` (the name unless the example sets another, e.g. `pe`).
  const param = def.param ?? name;
  const compute = (_: string, raw: RawValues) => def.compute(raw);
  const defaults = (_: string) => defaultsOf(def.fields);
  const ui = CALC_UI[lang];
  const fieldNames = spec.fields.map((f) => f.name);
  const [raw, setRaw] = useState<RawValues>(() => defaults(name));
  const [good, setGood] = useState<Computed>(() => {
    const o = compute(name, defaults(name));
    if (!o.ok) throw new Error('defaults must compute');
    return o.value;
  });
  // The default formula: the server's HTML; in the browser, empty strings, which hydration leaves as rendered.
  const [tex, setTex] = useState<{ formula: string; headers: string[]; initial: boolean }>(() => {
    const ssr = take<CalcSsr>(ssrKey);
    return { formula: ssr?.formula ?? '', headers: ssr?.headers ?? texHeaders(good).map(() => ''), initial: true };
  });
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const touched = useRef(false);
  // Server-rendered HTML says "false"; the island says "true" once it runs in the browser.
  const [hydrated, setHydrated] = useState(false);
  /** A choice's label in the page's language (the select's option, or its value as text before hydration). */
  const choiceLabel = (f: (typeof spec.fields)[number], c: string) => f.choiceLabels?.[c]?.[lang] ?? c;
  useEffect(() => setHydrated(true), []);

  const outcome = useMemo(() => compute(name, raw), [name, raw]);
  const stale = !outcome.ok;

  // Apply the URL's parameters once, on load.
  useEffect(() => {
    const fromUrl = readParams(window.location.search, param, fieldNames);
    if (Object.keys(fromUrl).length > 0) setRaw((r) => ({ ...r, ...fromUrl }));
  }, []);

  useEffect(() => {
    if (!outcome.ok) return;
    setGood(outcome.value);
    const isDefault = fieldNames.every((f) => raw[f] === defaults(name)[f]);
    if (isDefault && tex.initial) return;
    let cancelled = false;
    void loadTex().then((render) => {
      if (cancelled) return;
      setTex({ formula: render(outcome.value.tex, true), headers: texHeaders(outcome.value).map((c) => render(c, false)), initial: false });
    });
    return () => {
      cancelled = true;
    };
  }, [outcome]);

  // Keep the URL in step with what the reader typed (not on load).
  useEffect(() => {
    if (!touched.current) return;
    window.history.replaceState(window.history.state, '', writeParams(window.location.href, param, raw));
  }, [raw]);

  const set = (field: string, value: string) => {
    touched.current = true;
    setCopyState('idle');
    setRaw((r) => ({ ...r, [field]: value }));
  };

  const copy = async () => {
    const url = writeParams(window.location.href, param, raw).replace(/#.*$/, '') + `#example-${name}`;
    try {
      await navigator.clipboard.writeText(url);
      setCopyState('copied');
    } catch {
      setCopyState('failed');
    }
  };

  const errorFor = (field: string) => (outcome.ok ? [] : outcome.errors.filter((e) => e.field === field));
  const labelOf = (field: string) => spec.fields.find((f) => f.name === field)?.label[lang] ?? field;
  const id = (field: string) => `ex-${name}-${field}`;

  return (
    <div class="calc" data-hydrated={hydrated ? 'true' : 'false'}>
      <fieldset class="calc-inputs">
        <legend>{ui.inputs}</legend>
        {spec.fields.map((f) => (
          <div class="calc-field" key={f.name}>
            <label for={id(f.name)}>{f.label[lang]}</label>
            {!hydrated ? (
              <StaticField id={id(f.name)} value={f.kind === 'choice' ? choiceLabel(f, raw[f.name]!) : raw[f.name]!} />
            ) : f.kind === 'choice' ? (
              <select id={id(f.name)} name={`${param}.${f.name}`} value={raw[f.name]} onChange={(e) => set(f.name, e.currentTarget.value)}>
                {f.choices!.map((c) => (
                  <option value={c} key={c}>
                    {choiceLabel(f, c)}
                  </option>
                ))}
              </select>
            ) : (
              <input
                id={id(f.name)}
                name={`${param}.${f.name}`}
                type="text"
                inputMode={f.kind === 'list' ? 'text' : 'decimal'}
                autoComplete="off"
                spellcheck={false}
                value={raw[f.name]}
                aria-invalid={errorFor(f.name).length > 0}
                aria-describedby={errorFor(f.name).length > 0 ? `ex-${name}-alert` : undefined}
                onInput={(e) => set(f.name, e.currentTarget.value)}
              />
            )}
          </div>
        ))}
      </fieldset>
      <div role="alert" id={`ex-${name}-alert`} class="calc-alert">
        {outcome.ok ? null : (
          <ul>
            {outcome.errors.map((e, i) => (
              <li key={i}>{formatError(e, lang, labelOf(e.field))}</li>
            ))}
          </ul>
        )}
      </div>
      <Body good={good} stale={stale} lang={lang} tex={tex} />
      <div class="calc-actions">
        <button type="button" onClick={copy}>
          {ui.copyLink}
        </button>
        <button
          type="button"
          onClick={() => {
            touched.current = true;
            setRaw(defaults(name));
          }}
        >
          {ui.reset}
        </button>
        <span role="status" class="calc-status">
          {copyState === 'copied' ? ui.copied : copyState === 'failed' ? ui.copyFailed : ''}
        </span>
      </div>
    </div>
  );
}

function Body({ good, stale, lang, tex }: { good: Computed; stale: boolean; lang: Lang; tex: { formula: string; headers: string[] } }) {
  const ui = CALC_UI[lang];
  const hasTerms = good.terms.columns.length > 0;
  const matrices = good.matrices ?? [];
  return (
    <div class={stale ? 'calc-body stale' : 'calc-body'} data-stale={stale ? 'true' : 'false'}>
      {stale && <p class="calc-stale-note">{ui.stale}</p>}
      <p class="calc-h">{ui.formula}</p>
      <div class="calc-formula" tabIndex={0} role="group" aria-label={ui.formula} dangerouslySetInnerHTML={{ __html: tex.formula }} />
      <p class="calc-h">{ui.terms}</p>
      {hasTerms && (
        <div class="calc-table-wrap" tabIndex={0} aria-label={ui.terms}>
          <table class="calc-table">
            <thead>
              <tr>
                <th scope="col">{ui.index}</th>
                {tex.headers.slice(0, good.terms.columns.length).map((h, i) => (
                  <th scope="col" key={i} dangerouslySetInnerHTML={{ __html: h }} />
                ))}
              </tr>
            </thead>
            <tbody>
              {good.terms.rows.map((row, i) => (
                <tr key={i}>
                  <td>{i + (good.terms.indexBase ?? 1)}</td>
                  {row.map((x, j) => (
                    <td key={j}>{formatNumber(x)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {matrices.map((m, k) => (
        <MatrixTable key={m.key} m={m} caption={tex.headers[good.terms.columns.length + k] ?? ''} lang={lang} />
      ))}
      {good.notes.map((n, i) => (
        <p class="calc-note" key={i}>
          {n.kind === 'clipped'
            ? ui.clipped(n.indices, n.epsilon)
            : n.kind === 'masked'
              ? ui.masked
              : n.kind === 'heads-truncated'
                ? ui.headsTruncated(n.shown, n.total)
              : n.kind === 'matrix-truncated'
                ? ui.matrixTruncated(matrices.find((m) => m.key === n.key)?.label[lang] ?? n.key, n.rows, n.cols, n.totalRows, n.totalCols)
                : ui.truncated(n.shown, n.total)}
        </p>
      ))}
      <p class="calc-result">
        {ui.result}:{' '}
        {Object.entries(good.results).map(([key, value]) => (
          <span class="calc-result-item" key={key}>
            <span class="calc-result-key">{key}</span> ={' '}
            <output data-result={key} data-value={dataValue(value)} data-stale={stale ? 'true' : 'false'}>
              {showResult(value)}
            </output>
          </span>
        ))}
      </p>
    </div>
  );
}

const MAX_SHOWN_ROWS = 6;
/** Vectors longer than this print their first 8 and last 2 entries (a 512-wide positional encoding); `data-value` keeps all. */
const MAX_SHOWN_VALUES = 64;
/** Lists of matrices (one per attention head) print at most this many. */
const MAX_SHOWN_HEADS = 2;

/** A result as text: a number, a vector "[a, b]", a matrix "[[a, b], [c, d]]" (masked entries as "–"), a list of matrices; long ones shortened. */
function showResult(value: ResultValue): string {
  if (!Array.isArray(value)) return formatNumber(value);
  if (!Array.isArray(value[0])) {
    const xs = value as number[];
    const shown = xs.length <= MAX_SHOWN_VALUES ? xs.map((x) => formatNumber(x)) : [...xs.slice(0, 8).map((x) => formatNumber(x)), '…', ...xs.slice(-2).map((x) => formatNumber(x))];
    return `[${shown.join(', ')}]`;
  }
  if (Array.isArray((value as unknown[][])[0]![0])) {
    const ms = value as number[][][];
    const shown = ms.length <= MAX_SHOWN_HEADS ? ms.map(showMatrix) : [...ms.slice(0, MAX_SHOWN_HEADS).map(showMatrix), '…'];
    return `[${shown.join(', ')}]`;
  }
  return showMatrix(value as (number | null)[][]);
}

function showMatrix(rows: readonly (readonly (number | null)[])[]): string {
  const row = (r: readonly (number | null)[]) => `[${r.map((x) => (x === null ? '–' : formatNumber(x, 4))).join(', ')}]`;
  const shown = rows.length <= MAX_SHOWN_ROWS ? rows.map(row) : [...rows.slice(0, 3).map(row), '…', ...rows.slice(-2).map(row)];
  return `[${shown.join(', ')}]`;
}

/** A matrix as a small table: row and column numbers, masked cells blank, optional heat-map shading (with the value as text). */
function MatrixTable({ m, caption, lang }: { m: MatrixView; caption: string; lang: Lang }) {
  const ui = CALC_UI[lang];
  const cols = m.rows[0]?.length ?? 0;
  return (
    <div class="calc-table-wrap" tabIndex={0} role="group" aria-label={m.label[lang]} data-matrix={m.key}>
      <table class={m.heat ? 'calc-table calc-matrix calc-heat' : 'calc-table calc-matrix'}>
        <caption dangerouslySetInnerHTML={{ __html: caption }} />
        <thead>
          <tr>
            <td />
            {Array.from({ length: cols }, (_, j) => (
              <th scope="col" key={j}>
                <span class="sr-only">{ui.key} </span>
                {j + 1}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {m.rows.map((row, i) => (
            <tr key={i}>
              <th scope="row">
                <span class="sr-only">{ui.query} </span>
                {i + 1}
              </th>
              {row.map((x, j) =>
                x === null ? (
                  <td key={j} class="masked" data-masked="true">
                    <span class="sr-only">{ui.maskedCell}</span>
                  </td>
                ) : (
                  <td key={j} style={m.heat ? `--w:${Math.min(1, Math.max(0, x)).toFixed(3)}` : undefined}>
                    {formatNumber(x, 4)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
