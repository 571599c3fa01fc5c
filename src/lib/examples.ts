/**
 * The worked examples of chapter 4 as data + pure functions: their fields,
 * defaults (the original article's values), validation, results, the terms of
 * every step and the formula with the numbers substituted (TeX). The islands,
 * the build-time rendering and the prose values all call this module.
 */
import type { Lang } from './book';
import {
  crossEntropySeed,
  binaryCrossEntropy,
  mse,
  EPSILON,
  type CrossEntropyResult,
} from './losses';
import { gdStep, momentumSteps, MOMENTUM_FORMS, type MomentumForm } from './optimizers';
import { parseChoice, parseInteger, parseNumber, parseNumberList, formatNumber, type Parsed } from './numbers';
import type { ExampleError } from './messages';

export const EXAMPLE_NAMES = ['mse', 'cross-entropy', 'gd', 'sgd', 'momentum'] as const;
export type ExampleName = (typeof EXAMPLE_NAMES)[number];

export function isExampleName(s: string): s is ExampleName {
  return (EXAMPLE_NAMES as readonly string[]).includes(s);
}

type FieldKind = 'list' | 'number' | 'rate' | 'beta' | 'int' | 'choice';

export interface FieldSpec {
  name: string;
  kind: FieldKind;
  /** Default input text: the original article's value. */
  default: string;
  label: Record<Lang, string>;
  /** TeX symbol of the field, for tables and formulas. */
  symbol?: string;
  min?: number;
  max?: number;
  choices?: readonly string[];
  choiceLabels?: Record<string, Record<Lang, string>>;
}

const THETA: FieldSpec = { name: 'theta', kind: 'list', default: '1, 2, 3, 4, 5', label: { en: 'θ (parameters)', zh: 'θ（参数）' }, symbol: '\\theta' };
const GRAD: FieldSpec = {
  name: 'grad',
  kind: 'list',
  default: '0.1, -0.1, 0.1, -0.1, 0.1',
  label: { en: '∇J(θ) (gradient)', zh: '∇J(θ)（梯度）' },
  symbol: 'g',
};
const LR: FieldSpec = { name: 'lr', kind: 'rate', default: '0.01', label: { en: 'α (learning rate)', zh: 'α（学习率）' }, symbol: '\\alpha' };

export const EXAMPLES: Record<ExampleName, { title: Record<Lang, string>; fields: FieldSpec[] }> = {
  mse: {
    title: { en: 'Mean squared error', zh: '均方误差' },
    fields: [
      { name: 'y', kind: 'list', default: '1, 2, 3, 4, 5', label: { en: 'y (true values)', zh: 'y（真实值）' }, symbol: 'y' },
      { name: 'yhat', kind: 'list', default: '1.5, 2.1, 3.0, 4.1, 5.1', label: { en: 'ŷ (predictions)', zh: 'ŷ（预测值）' }, symbol: '\\hat{y}' },
    ],
  },
  'cross-entropy': {
    title: { en: 'Cross-entropy', zh: '交叉熵' },
    fields: [
      { name: 'y', kind: 'list', default: '0, 1, 1, 0, 1', label: { en: 'y (labels)', zh: 'y（标签）' }, symbol: 'y' },
      { name: 'p', kind: 'list', default: '0.3, 0.7, 0.8, 0.2, 0.9', label: { en: 'ŷ (predicted probabilities)', zh: 'ŷ（预测概率）' }, symbol: '\\hat{y}' },
      {
        name: 'form',
        kind: 'choice',
        default: 'seed',
        label: { en: 'Form', zh: '形式' },
        choices: ['seed', 'binary'],
        choiceLabels: {
          seed: { en: 'Original article: −(1/n) Σ y log ŷ', zh: '原文形式：−(1/n) Σ y log ŷ' },
          binary: { en: 'Binary cross-entropy', zh: '二元交叉熵' },
        },
      },
    ],
  },
  gd: { title: { en: 'Gradient descent step', zh: '梯度下降的一步' }, fields: [THETA, GRAD, LR] },
  sgd: { title: { en: 'Stochastic gradient descent step', zh: '随机梯度下降的一步' }, fields: [THETA, GRAD, LR] },
  momentum: {
    title: { en: 'Momentum step', zh: '动量法的一步' },
    fields: [
      THETA,
      GRAD,
      { name: 'v', kind: 'list', default: '0.1, -0.1, 0.1, -0.1, 0.1', label: { en: 'v (previous momentum)', zh: 'v（上一轮动量）' }, symbol: 'v' },
      LR,
      { name: 'beta', kind: 'beta', default: '0.9', label: { en: 'β (momentum factor)', zh: 'β（动量因子）' }, symbol: '\\beta' },
      {
        name: 'form',
        kind: 'choice',
        default: 'seed',
        label: { en: 'Form', zh: '形式' },
        choices: MOMENTUM_FORMS,
        choiceLabels: {
          seed: { en: 'Original article: θ − α∇J + βv', zh: '原文形式：θ − α∇J + βv' },
          pytorch: { en: 'PyTorch: v ← βv + g; θ ← θ − αv', zh: 'PyTorch：v ← βv + g；θ ← θ − αv' },
          keras: { en: 'Keras: v ← βv − αg; θ ← θ + v', zh: 'Keras：v ← βv − αg；θ ← θ + v' },
        },
      },
      { name: 'steps', kind: 'int', default: '1', label: { en: 'Steps (constant gradient)', zh: '步数（梯度不变）' }, min: 1, max: 100 },
    ],
  },
};

export type RawValues = Record<string, string>;

export function defaults(name: ExampleName): RawValues {
  return Object.fromEntries(EXAMPLES[name].fields.map((f) => [f.name, f.default]));
}

type Value = number | number[] | string;

function parseField(f: FieldSpec, text: string): Parsed<Value> {
  switch (f.kind) {
    case 'list':
      return parseNumberList(text);
    case 'number':
      return parseNumber(text);
    case 'rate':
    case 'beta':
      return parseNumber(text);
    case 'int':
      return parseInteger(text, f.min ?? 1, f.max ?? 100);
    case 'choice':
      return parseChoice(text, f.choices ?? []);
  }
}

/** One row of the table of intermediate terms: the index and one number per column. */
export interface TermsTable {
  columns: string[]; // TeX
  rows: number[][];
}

export interface Computed {
  results: Record<string, number | number[]>;
  /** Intermediate values the prose and the errata may quote (not shown as outputs). */
  extras?: Record<string, number | number[]>;
  terms: TermsTable;
  /** The formula with the current numbers substituted, as TeX. */
  tex: string;
  /** Notes to show with the result (e.g. clipping). */
  notes: Note[];
}

export type Note = { kind: 'clipped'; indices: number[]; epsilon: number } | { kind: 'rows-truncated'; shown: number; total: number };

export type Outcome = { ok: true; value: Computed } | { ok: false; errors: ExampleError[] };

/** Validates raw inputs and computes the example. Never throws; never returns NaN or ±Infinity as a result. */
export function compute(name: ExampleName, raw: RawValues): Outcome {
  const spec = EXAMPLES[name];
  const errors: ExampleError[] = [];
  const v: Record<string, Value> = {};
  for (const f of spec.fields) {
    const p = parseField(f, raw[f.name] ?? f.default);
    if (!p.ok) {
      errors.push({ field: f.name, kind: 'parse', error: p.error });
      continue;
    }
    if (f.kind === 'rate' && !((p.value as number) > 0)) {
      errors.push({ field: f.name, kind: 'not-positive' });
      continue;
    }
    if (f.kind === 'beta' && !((p.value as number) >= 0 && (p.value as number) < 1)) {
      errors.push({ field: f.name, kind: 'beta-range' });
      continue;
    }
    v[f.name] = p.value;
  }
  if (errors.length > 0) return { ok: false, errors };
  const out = computeValid(name, v, errors);
  if (errors.length > 0 || !out) return { ok: false, errors };
  // Guard: results must be finite numbers.
  for (const r of Object.values(out.results)) {
    const xs = Array.isArray(r) ? r : [r];
    if (xs.some((x) => !Number.isFinite(x))) {
      return { ok: false, errors: [{ field: spec.fields[0]!.name, kind: 'overflow' }] };
    }
  }
  return { ok: true, value: out };
}

const MAX_ROWS = 12;

function sameLength(errors: ExampleError[], a: string, b: string, xs: number[], ys: number[]): boolean {
  if (xs.length !== ys.length) {
    errors.push({ field: b, kind: 'length-mismatch', other: a, n: ys.length, m: xs.length });
    return false;
  }
  return true;
}

function computeValid(name: ExampleName, v: Record<string, Value>, errors: ExampleError[]): Computed | undefined {
  switch (name) {
    case 'mse': {
      const y = v.y as number[];
      const yhat = v.yhat as number[];
      if (!sameLength(errors, 'y', 'yhat', y, yhat)) return undefined;
      const r = mse(y, yhat);
      return {
        results: { mse: r.value },
        extras: { sum: r.sum, squares: r.squares, diffs: r.diffs },
        terms: table(['y_i', '\\hat{y}_i', 'y_i - \\hat{y}_i', '(y_i - \\hat{y}_i)^2'], [y, yhat, r.diffs, r.squares]),
        tex: aligned([
          ...bigSum(`\\mathrm{MSE} &= \\frac{1}{${y.length}}`, sumItems(y.length, (i) => `(${n(y[i]!)} - ${n(yhat[i]!)})^2`), 3),
          `&= \\frac{${n(r.sum)}}{${y.length}} = ${n(r.value)}`,
        ]),
        notes: truncNote(y.length),
      };
    }
    case 'cross-entropy': {
      const y = v.y as number[];
      const p = v.p as number[];
      const form = v.form as 'seed' | 'binary';
      if (!sameLength(errors, 'y', 'p', y, p)) return undefined;
      p.forEach((q, i) => {
        if (q < 0 || q > 1) errors.push({ field: 'p', kind: 'probability-range', index: i + 1, value: q });
      });
      y.forEach((yi, i) => {
        if (form === 'binary' && yi !== 0 && yi !== 1) errors.push({ field: 'y', kind: 'label-binary', index: i + 1, value: yi });
        else if (yi < 0 || yi > 1) errors.push({ field: 'y', kind: 'label-range', index: i + 1, value: yi });
      });
      if (errors.length > 0) return undefined;
      const r: CrossEntropyResult = form === 'seed' ? crossEntropySeed(y, p) : binaryCrossEntropy(y, p);
      const notes: Note[] = r.clippedAt.length ? [{ kind: 'clipped', indices: r.clippedAt.map((i) => i + 1), epsilon: EPSILON }] : [];
      const term = (i: number) =>
        form === 'seed'
          ? `${n(y[i]!)} \\log ${n(r.clipped[i]!)}`
          : `[${n(y[i]!)} \\log ${n(r.clipped[i]!)} + ${n(1 - y[i]!)} \\log ${n(1 - r.clipped[i]!)}]`;
      const lhs = form === 'seed' ? '\\mathrm{CE}' : '\\mathrm{BCE}';
      return {
        results: { 'cross-entropy': r.value },
        extras: { terms: r.terms, sum: r.terms.reduce((a, b) => a + b, 0) },
        terms: table(['y_i', '\\hat{y}_i', form === 'seed' ? '-y_i \\log \\hat{y}_i' : '-[y_i \\log \\hat{y}_i + (1-y_i)\\log(1-\\hat{y}_i)]'], [y, r.clipped, r.terms]),
        tex: aligned([...bigSum(`${lhs} &= -\\frac{1}{${y.length}}`, sumItems(y.length, term), form === 'seed' ? 3 : 2), `&\\approx ${n(r.value)}`]),
        notes: [...notes, ...truncNote(y.length)],
      };
    }
    case 'gd':
    case 'sgd': {
      const theta = v.theta as number[];
      const g = v.grad as number[];
      const lr = v.lr as number;
      if (!sameLength(errors, 'theta', 'grad', theta, g)) return undefined;
      const next = gdStep(theta, g, lr);
      return {
        results: { 'theta-next': next },
        extras: { step: g.map((x) => lr * x) },
        terms: table(['\\theta_i', 'g_i', '\\alpha g_i', '\\theta_i - \\alpha g_i'], [theta, g, g.map((x) => lr * x), next]),
        tex: aligned([`\\theta_{t+1} &= ${vec(theta)}`, `&\\quad - ${n(lr)} \\cdot ${vec(g)}`, `&= ${vec(next)}`]),
        notes: truncNote(theta.length),
      };
    }
    case 'momentum': {
      const theta = v.theta as number[];
      const g = v.grad as number[];
      const vel = v.v as number[];
      const lr = v.lr as number;
      const beta = v.beta as number;
      const form = v.form as MomentumForm;
      const steps = v.steps as number;
      if (!sameLength(errors, 'theta', 'grad', theta, g)) return undefined;
      if (!sameLength(errors, 'theta', 'v', theta, vel)) return undefined;
      const r = momentumSteps(form, theta, g, vel, lr, beta, steps);
      const k = steps === 1 ? '' : `^{(${steps}\\ \\text{steps})}`;
      const rule =
        form === 'seed'
          ? [
              `\\theta_{t+1} &= ${vec(theta)}`,
              `&\\quad - ${n(lr)} \\cdot ${vec(g)}`,
              `&\\quad + ${n(beta)} \\cdot ${vec(vel)}`,
              `&= ${vec(steps === 1 ? r.theta : momentumSteps(form, theta, g, vel, lr, beta, 1).theta)}`,
            ]
          : form === 'pytorch'
            ? [`v_{t+1} &= ${n(beta)} \\cdot ${vec(vel)}`, `&\\quad + ${vec(g)}`, `\\theta_{t+1} &= \\theta_t - ${n(lr)}\\, v_{t+1}`]
            : [`v_{t+1} &= ${n(beta)} \\cdot ${vec(vel)}`, `&\\quad - ${n(lr)} \\cdot ${vec(g)}`, `\\theta_{t+1} &= \\theta_t + v_{t+1}`];
      return {
        results: { 'theta-next': r.theta, 'v-next': r.v },
        extras: { 'lr-grad': g.map((x) => lr * x), 'beta-v': vel.map((x) => beta * x) },
        terms: table(['\\theta_i', 'g_i', 'v_i', "v'_i", "\\theta'_i"], [theta, g, vel, r.v, r.theta]),
        tex: aligned([...rule, `\\theta${k} &= ${vec(r.theta)}`, `v${k} &= ${vec(r.v)}`]),
        notes: truncNote(theta.length),
      };
    }
  }
}

function table(columns: string[], cols: number[][]): TermsTable {
  const len = cols[0]!.length;
  const rows: number[][] = [];
  for (let i = 0; i < Math.min(len, MAX_ROWS); i++) rows.push(cols.map((c) => c[i]!));
  return { columns, rows };
}

function truncNote(len: number): Note[] {
  return len > MAX_ROWS ? [{ kind: 'rows-truncated', shown: MAX_ROWS, total: len }] : [];
}

/** A number in TeX, parenthesised when negative. */
function n(x: number): string {
  const s = formatNumber(x);
  if (s.includes('e')) return `(${s.replace(/e(-?\d+)$/, ' \\times 10^{$1}')})`;
  return x < 0 ? `(${s})` : s;
}

const MAX_TEX_ITEMS = 6;

/** The items of "a₁ + a₂ + … + aₙ", with only the shown ones built (lists may hold 10,000 values). */
function sumItems(count: number, item: (i: number) => string): string[] {
  if (count <= MAX_TEX_ITEMS) return Array.from({ length: count }, (_, i) => item(i));
  return [item(0), item(1), item(2), '\\cdots', item(count - 2), item(count - 1)];
}

/**
 * `lhs` times a bracketed sum, `perLine` items a line, as lines of an aligned
 * block (the first line carries `lhs`, which holds the alignment point `&`), so
 * that the whole computation fits the column at desktop widths.
 */
function bigSum(lhs: string, items: string[], perLine: number): string[] {
  const lines: string[] = [];
  for (let i = 0; i < items.length; i += perLine) lines.push(items.slice(i, i + perLine).join(' + '));
  return lines.map((l, i) => {
    const open = i === 0 ? `${lhs}\\Big(` : '&\\qquad + ';
    const close = i === lines.length - 1 ? '\\Big)' : '';
    return `${open}${l}${close}`;
  });
}

/** Lines (each with one alignment point `&`) as a TeX aligned block. */
function aligned(lines: string[]): string {
  return `\\begin{aligned}${lines.join(' \\\\ ')}\\end{aligned}`;
}

function vec(xs: readonly number[]): string {
  const show = xs.length <= MAX_TEX_ITEMS ? xs.map(n) : [...xs.slice(0, 3).map(n), '\\ldots', ...xs.slice(-2).map(n)];
  return `[${show.join(', ')}]`;
}

/** A result or an intermediate value of an example with the book's inputs (plus overrides). */
export function exampleValue(name: ExampleName, key: string, overrides: RawValues = {}): number | number[] {
  const r = defaultResult(name, overrides);
  const v = r.results[key] ?? r.extras?.[key];
  if (v === undefined) throw new Error(`example ${name} has no result or value "${key}"`);
  return v;
}

/** The computed default result of an example (used by the prose and the static page). */
export function defaultResult(name: ExampleName, overrides: RawValues = {}): Computed {
  const o = compute(name, { ...defaults(name), ...overrides });
  if (!o.ok) throw new Error(`example ${name}: invalid values ${JSON.stringify(overrides)}: ${JSON.stringify(o.errors)}`);
  return o.value;
}
