/**
 * Adam (Kingma & Ba 2015, arXiv 1412.6980) for the `adam` worked example:
 * `steps` steps with the same gradient, starting from m = v = 0. Two forms:
 *
 * - `paper` — Algorithm 1 with ε added to √v̂, as torch.optim.Adam documents it:
 *   m ← β₁m + (1−β₁)g, v ← β₂v + (1−β₂)g², m̂ = m/(1−β₁ᵗ), v̂ = v/(1−β₂ᵗ),
 *   θ ← θ − α m̂/(√v̂ + ε).
 * - `keras` — keras.optimizers.Adam: the bias correction folded into the learning
 *   rate, α_t = α √(1−β₂ᵗ)/(1−β₁ᵗ), and ε ("epsilon hat" in the paper, the formula
 *   just before its Section 2.1) added to √v: θ ← θ − α_t m/(√v + ε).
 *
 * The two agree up to where ε enters (ε in the Keras form is ε√(1−β₂ᵗ) in the paper's).
 * Pure; assumes valid input (validation with messages: src/lib/examples/example-adam.ts).
 */
import { adamInit, adamStep, type AdamState } from './optimizers';

export type AdamForm = 'paper' | 'keras';
export const ADAM_FORMS: readonly AdamForm[] = ['paper', 'keras'];

export interface AdamInput {
  theta: number[];
  grad: number[];
  lr: number;
  beta1: number;
  beta2: number;
  eps: number;
  steps: number;
  form: AdamForm;
}

/** After `steps` steps; mHat and vHat are the bias-corrected moments of the last step (both forms). */
export interface AdamResult {
  theta: number[];
  m: number[];
  v: number[];
  mHat: number[];
  vHat: number[];
}

/** One step of Keras's form. */
function kerasStep(s: AdamState, grad: readonly number[], lr: number, beta1: number, beta2: number, eps: number): AdamState {
  const t = s.t + 1;
  const m = s.m.map((mi, i) => beta1 * mi + (1 - beta1) * grad[i]!);
  const v = s.v.map((vi, i) => beta2 * vi + (1 - beta2) * grad[i]! * grad[i]!);
  const lrT = (lr * Math.sqrt(1 - beta2 ** t)) / (1 - beta1 ** t);
  const theta = s.theta.map((th, i) => th - (lrT * m[i]!) / (Math.sqrt(v[i]!) + eps));
  return { theta, m, v, t };
}

export function adamSteps(input: AdamInput): AdamResult {
  const { grad, lr, beta1, beta2, eps, steps, form } = input;
  if (input.theta.length !== grad.length) throw new RangeError('length-mismatch');
  let s = adamInit(input.theta);
  for (let k = 0; k < steps; k++) {
    s = form === 'paper' ? adamStep(s, grad, { lr, beta1, beta2, epsilon: eps }) : kerasStep(s, grad, lr, beta1, beta2, eps);
  }
  const c1 = 1 - beta1 ** s.t;
  const c2 = 1 - beta2 ** s.t;
  return { theta: s.theta, m: s.m, v: s.v, mHat: s.m.map((x) => x / c1), vHat: s.v.map((x) => x / c2) };
}

/** Keras's effective learning rate at step t: α √(1−β₂ᵗ)/(1−β₁ᵗ). */
export function kerasLearningRate(lr: number, beta1: number, beta2: number, t: number): number {
  return (lr * Math.sqrt(1 - beta2 ** t)) / (1 - beta1 ** t);
}
