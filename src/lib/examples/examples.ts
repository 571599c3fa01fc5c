/**
 * The worked examples of chapter 4 as data + pure functions: their fields,
 * defaults (the original article's values), validation, results, the terms of
 * every step and the formula with the numbers substituted (TeX). The islands,
 * the build-time rendering and the prose values all call this module.
 */
import type { Lang } from '../book/book';
import {
  crossEntropySeed,
  binaryCrossEntropy,
  mse,
  EPSILON,
  type CrossEntropyResult,
} from '../maths/losses';
import { gdStep, momentumSteps, MOMENTUM_FORMS, type MomentumForm } from '../maths/optimizers';
import type { ExampleError } from './messages';
import {
  defaultsOf,
  finiteOutcome,
  n,
  parseFields,
  sumItems,
  bigSum,
  aligned,
  table,
  truncNote,
  vec,
  type Computed,
  type ExampleDef,
  type FieldSpec,
  type FieldValue,
  type Note,
  type Outcome,
  type RawValues,
} from './example-kit';

export type { Computed, FieldSpec, Note, Outcome, RawValues, TermsTable } from './example-kit';

export const EXAMPLE_NAMES = ['mse', 'cross-entropy', 'gd', 'sgd', 'momentum'] as const;
export type ExampleName = (typeof EXAMPLE_NAMES)[number];

export function isExampleName(s: string): s is ExampleName {
  return (EXAMPLE_NAMES as readonly string[]).includes(s);
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

export function defaults(name: ExampleName): RawValues {
  return defaultsOf(EXAMPLES[name].fields);
}

type Value = FieldValue;

/** Validates raw inputs and computes the example. Never throws; never returns NaN or ±Infinity as a result. */
export function compute(name: ExampleName, raw: RawValues): Outcome {
  const spec = EXAMPLES[name];
  const { values: v, errors } = parseFields(spec.fields, raw);
  if (errors.length > 0) return { ok: false, errors };
  const out = computeValid(name, v, errors);
  if (errors.length > 0 || !out) return { ok: false, errors };
  // Guard: results must be finite numbers.
  return finiteOutcome(out, spec.fields[0]!.name);
}


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

/** A result or an intermediate value of an example with the book's inputs (plus overrides). */
export function exampleValue(name: ExampleName, key: string, overrides: RawValues = {}): number | number[] {
  const r = defaultResult(name, overrides);
  const v = (r.results[key] as number | number[] | undefined) ?? r.extras?.[key];
  if (v === undefined) throw new Error(`example ${name} has no result or value "${key}"`);
  return v;
}

/** The computed default result of an example (used by the prose and the static page). */
export function defaultResult(name: ExampleName, overrides: RawValues = {}): Computed {
  const o = compute(name, { ...defaults(name), ...overrides });
  if (!o.ok) throw new Error(`example ${name}: invalid values ${JSON.stringify(overrides)}: ${JSON.stringify(o.errors)}`);
  return o.value;
}

/** One calculator of chapter 4 as the generic island sees it. */
export function calculatorDef(name: ExampleName): ExampleDef {
  return { name, title: EXAMPLES[name].title, fields: EXAMPLES[name].fields, compute: (raw) => compute(name, raw) };
}
