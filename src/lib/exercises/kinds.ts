/**
 * The numeric exercise kinds: for each, a seeded generator of its parameters,
 * the answer (computed by the SAME functions as the calculators: src/lib/maths/losses,
 * src/lib/maths/optimizers, and the shared adam/attention/perplexity modules), the
 * wrong answers that common mistakes give (for targeted hints), and the worked
 * solution as TeX (formula with the numbers, then the result).
 *
 * Parameter names are a public contract (`data-params` on the page):
 *   mse {y, yhat} · cross-entropy {y, p, form} · gd-step {theta, grad, lr}
 *   momentum-step {theta, grad, v, lr, beta, form}
 *   adam-step {theta, grad, lr, beta1, beta2, eps, steps}
 *   attention-weights {q, k, causal, row} · perplexity {p} · dense-params {inputs, units}
 */
import type { Rng } from '../maths/prng';
import { binaryCrossEntropy, categoricalCrossEntropy, crossEntropySeed, mse } from '../maths/losses';
import { gdStep, momentumStep, type MomentumForm } from '../maths/optimizers';
import { formatNumber } from '../maths/numbers';
import { texNum, texVec } from './format';
import type { HintCode, KindSpec, Mistake } from './types';
import { draw, drawNonZero, pick } from './draw';

export * from './types';

const times = <T>(n: number, f: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => f(i));
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

// ---------- the kinds ----------

export interface MseParams {
  y: number[];
  yhat: number[];
}

const MSE: KindSpec<MseParams> = {
  generate(rng, o) {
    const n = num(o.n, 4);
    const y = times(n, () => draw(rng, -2, 6, 0.5));
    const yhat = y.map((v) => Number((v + drawNonZero(rng, -1.5, 1.5, 0.5)).toFixed(1)));
    return { y, yhat };
  },
  answer: (p) => mse(p.y, p.yhat).value,
  mistakes(p) {
    const r = mse(p.y, p.yhat);
    const n = p.y.length;
    return [
      { hint: 'n-minus-1', value: r.sum / (n - 1) },
      { hint: 'sum-not-mean', value: r.sum },
      { hint: 'not-squared', value: sum(r.diffs.map(Math.abs)) / n },
      { hint: 'root', value: Math.sqrt(r.value) },
    ];
  },
  solution(p) {
    const r = mse(p.y, p.yhat);
    const n = p.y.length;
    const terms = p.y.map((y, i) => `(${texNum(y)} - ${texNum(p.yhat[i]!)})^2`).join(' + ');
    return [`\\mathrm{MSE} = \\frac{1}{${n}}\\Big(${terms}\\Big)`, `= \\frac{1}{${n}}\\Big(${r.squares.map((s) => texNum(s)).join(' + ')}\\Big) = \\frac{${texNum(r.sum)}}{${n}} = ${texNum(r.value)}`];
  },
};

export type CrossEntropyForm = 'binary' | 'categorical';
export interface CrossEntropyParams {
  /** binary: labels 0/1; categorical: one-hot rows. */
  y: number[] | number[][];
  /** binary: probabilities of class 1; categorical: probability rows (each sums to 1). */
  p: number[] | number[][];
  form: CrossEntropyForm;
}

function ceValue(p: CrossEntropyParams): number {
  return p.form === 'binary' ? binaryCrossEntropy(p.y as number[], p.p as number[]).value : categoricalCrossEntropy(p.y as number[][], p.p as number[][]).value;
}

const CROSS_ENTROPY: KindSpec<CrossEntropyParams> = {
  generate(rng, o) {
    const form: CrossEntropyForm = o.form === 'categorical' ? 'categorical' : 'binary';
    if (form === 'binary') {
      const n = num(o.n, 4);
      let y: number[];
      do y = times(n, () => rng.nextInt(2));
      while (!y.includes(0) || !y.includes(1));
      const p = times(n, () => draw(rng, 0.1, 0.9, 0.05));
      return { y, p, form };
    }
    const n = num(o.n, 2);
    const k = num(o.classes, 3);
    const y = times(n, () => {
      const c = rng.nextInt(k);
      return times(k, (j) => (j === c ? 1 : 0));
    });
    // Probability rows on a 0.05 grid, each entry at least 0.05, summing to exactly 1.
    const p = times(n, () => {
      const units = times(k, () => 1);
      for (let r = 20 - k; r > 0; r--) units[rng.nextInt(k)]! += 1;
      return units.map((u) => Number((u * 0.05).toFixed(2)));
    });
    return { y, p, form };
  },
  answer: ceValue,
  mistakes(p) {
    const v = ceValue(p);
    const n = p.y.length;
    const out: Mistake[] = [
      { hint: 'log10', value: v / Math.LN10 },
      { hint: 'sign', value: -v },
      { hint: 'sum-not-mean', value: v * n },
    ];
    if (p.form === 'binary') out.push({ hint: 'article-form', value: crossEntropySeed(p.y as number[], p.p as number[]).value });
    return out;
  },
  solution(p) {
    const n = p.y.length;
    const v = ceValue(p);
    if (p.form === 'binary') {
      const y = p.y as number[];
      const q = p.p as number[];
      const terms = y.map((yi, i) => (yi === 1 ? `\\ln ${texNum(q[i]!)}` : `\\ln(1 - ${texNum(q[i]!)})`)).join(' + ');
      return [
        `\\mathrm{BCE} = -\\frac{1}{${n}}\\sum_{i} \\big[y_i \\ln \\hat{y}_i + (1-y_i)\\ln(1-\\hat{y}_i)\\big]`,
        `= -\\frac{1}{${n}}\\big(${terms}\\big) \\approx ${texNum(v)}`,
      ];
    }
    const y = p.y as number[][];
    const q = p.p as number[][];
    const terms = y.map((row, i) => `\\ln ${texNum(q[i]![row.indexOf(1)]!)}`).join(' + ');
    return [`\\mathrm{CCE} = -\\frac{1}{${n}}\\sum_{i}\\sum_{k} y_{i,k} \\ln \\hat{y}_{i,k}`, `= -\\frac{1}{${n}}\\big(${terms}\\big) \\approx ${texNum(v)}`];
  },
};

export interface GdParams {
  theta: number[];
  grad: number[];
  lr: number;
}

function drawVectors(rng: Rng, n: number) {
  return {
    theta: times(n, () => draw(rng, -3, 3, 0.5)),
    grad: times(n, () => drawNonZero(rng, -2, 2, 0.5)),
  };
}

const GD: KindSpec<GdParams> = {
  generate(rng, o) {
    const { theta, grad } = drawVectors(rng, num(o.n, 3));
    return { theta, grad, lr: pick(rng, [0.1, 0.2, 0.5]) };
  },
  answer: (p) => gdStep(p.theta, p.grad, p.lr),
  mistakes: (p) => [
    { hint: 'gradient-sign', value: gdStep(p.theta, p.grad.map((g) => -g), p.lr) },
    { hint: 'no-lr', value: gdStep(p.theta, p.grad, 1) },
    { hint: 'step-only', value: p.grad.map((g) => p.lr * g) },
    { hint: 'step-only', value: p.grad.map((g) => -p.lr * g) },
  ],
  solution: (p) => [`\\theta_{t+1} = \\theta_t - \\alpha\\, g = ${texVec(p.theta)} - ${texNum(p.lr)} \\cdot ${texVec(p.grad)}`, `= ${texVec(gdStep(p.theta, p.grad, p.lr))}`],
};

export interface MomentumParams extends GdParams {
  v: number[];
  beta: number;
  form: MomentumForm;
}

const OTHER_FORMS: Record<MomentumForm, MomentumForm[]> = {
  // The article's form and Keras's give the same θ (Keras's v is the step): only PyTorch's differs.
  seed: ['pytorch'],
  keras: ['pytorch'],
  pytorch: ['keras'],
};

const MOMENTUM: KindSpec<MomentumParams> = {
  generate(rng, o) {
    const form = (['seed', 'pytorch', 'keras'] as const).find((f) => f === o.form) ?? 'keras';
    const n = num(o.n, 3);
    const { theta, grad } = drawVectors(rng, n);
    const v = times(n, () => drawNonZero(rng, -1, 1, 0.25));
    return { theta, grad, v, lr: pick(rng, [0.1, 0.2]), beta: pick(rng, [0.5, 0.8, 0.9]), form };
  },
  answer: (p) => momentumStep(p.form, p.theta, p.grad, p.v, p.lr, p.beta).theta,
  mistakes(p) {
    const out: Mistake[] = [
      { hint: 'gradient-sign', value: momentumStep(p.form, p.theta, p.grad.map((g) => -g), p.v, p.lr, p.beta).theta },
      { hint: 'no-momentum', value: gdStep(p.theta, p.grad, p.lr) },
      { hint: 'velocity', value: momentumStep(p.form, p.theta, p.grad, p.v, p.lr, p.beta).v },
    ];
    for (const f of OTHER_FORMS[p.form]) out.push({ hint: `form-${f}` as HintCode, value: momentumStep(f, p.theta, p.grad, p.v, p.lr, p.beta).theta });
    return out;
  },
  solution(p) {
    const r = momentumStep(p.form, p.theta, p.grad, p.v, p.lr, p.beta);
    const th = texVec(p.theta);
    const g = texVec(p.grad);
    const v = texVec(p.v);
    const a = texNum(p.lr);
    const b = texNum(p.beta);
    switch (p.form) {
      case 'seed':
        return [`\\theta_{t+1} = \\theta_t - \\alpha\\, g + \\beta\\, v_t = ${th} - ${a} \\cdot ${g} + ${b} \\cdot ${v}`, `= ${texVec(r.theta)}`];
      case 'keras':
        return [`v_{t+1} = \\beta v_t - \\alpha\\, g = ${b} \\cdot ${v} - ${a} \\cdot ${g} = ${texVec(r.v)}`, `\\theta_{t+1} = \\theta_t + v_{t+1} = ${th} + ${texVec(r.v)} = ${texVec(r.theta)}`];
      case 'pytorch':
        return [`v_{t+1} = \\beta v_t + g = ${b} \\cdot ${v} + ${g} = ${texVec(r.v)}`, `\\theta_{t+1} = \\theta_t - \\alpha\\, v_{t+1} = ${th} - ${a} \\cdot ${texVec(r.v)} = ${texVec(r.theta)}`];
    }
  },
};

export interface DenseParams {
  inputs: number;
  units: number;
}

const DENSE: KindSpec<DenseParams> = {
  tolerance: 0,
  generate: (rng) => ({ inputs: pick(rng, [3, 4, 10, 16, 32, 64, 100, 128, 256, 300, 512, 784]), units: pick(rng, [2, 5, 8, 10, 20, 32, 50, 64, 128]) }),
  answer: (p) => p.inputs * p.units + p.units,
  mistakes: (p) => [
    { hint: 'no-bias', value: p.inputs * p.units },
    { hint: 'bias-per-input', value: p.inputs * p.units + p.inputs },
    { hint: 'added', value: p.inputs + p.units },
  ],
  solution: (p) => [
    `\\underbrace{${p.inputs} \\times ${p.units}}_{W} + \\underbrace{${p.units}}_{\\mathbf{b}} = ${p.inputs * p.units} + ${p.units} = ${p.inputs * p.units + p.units}`,
  ],
};

// ---------- registry ----------

/** The kinds built on the calculators' modules (the language-model kinds are in lm-kinds.ts). */
export const BASE_KINDS = {
  mse: MSE,
  'cross-entropy': CROSS_ENTROPY,
  'gd-step': GD,
  'momentum-step': MOMENTUM,
  'dense-params': DENSE,
} as const;

function num(v: unknown, fallback: number): number {
  return typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : fallback;
}

export { num as optionInt, formatNumber };
