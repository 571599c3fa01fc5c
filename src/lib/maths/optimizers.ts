/**
 * Optimizer update rules — one implementation of each, shared by the chapter 4
 * calculators (vectors of any length) and the optimizer playground (2-D).
 * Pure functions on plain arrays, float64.
 */

export type Vec = readonly number[];

/** Gradient descent, and SGD on one sample (the same rule, with that sample's gradient): θ ← θ − α g. */
export function gdStep(theta: Vec, grad: Vec, lr: number): number[] {
  sameLength(theta, grad);
  return theta.map((t, i) => t - lr * grad[i]!);
}

/** The forms of momentum the book compares. */
export type MomentumForm = 'seed' | 'pytorch' | 'keras';
export const MOMENTUM_FORMS: readonly MomentumForm[] = ['seed', 'pytorch', 'keras'];

export interface MomentumState {
  theta: number[];
  v: number[];
}

/**
 * One momentum step.
 * - `seed` (the original article): θ ← θ − α g + β v, and the new v is the step just taken,
 *   θₜ₊₁ − θₜ = β v − α g (the heavy-ball method with v the previous displacement).
 * - `pytorch` (torch.optim.SGD, dampening 0): v ← μ v + g; θ ← θ − α v.
 * - `keras` (keras.optimizers.SGD): v ← μ v − α g; θ ← θ + v.
 */
export function momentumStep(
  form: MomentumForm,
  theta: Vec,
  grad: Vec,
  v: Vec,
  lr: number,
  beta: number,
): MomentumState {
  sameLength(theta, grad);
  sameLength(theta, v);
  switch (form) {
    case 'seed': {
      const next = theta.map((t, i) => t - lr * grad[i]! + beta * v[i]!);
      return { theta: next, v: next.map((t, i) => t - theta[i]!) };
    }
    case 'pytorch': {
      const nv = v.map((vi, i) => beta * vi + grad[i]!);
      return { theta: theta.map((t, i) => t - lr * nv[i]!), v: nv };
    }
    case 'keras': {
      const nv = v.map((vi, i) => beta * vi - lr * grad[i]!);
      return { theta: theta.map((t, i) => t + nv[i]!), v: nv };
    }
  }
}

/** k momentum steps with a constant gradient (the calculator's "steps" field). */
export function momentumSteps(
  form: MomentumForm,
  theta: Vec,
  grad: Vec,
  v: Vec,
  lr: number,
  beta: number,
  steps: number,
): MomentumState {
  let s: MomentumState = { theta: [...theta], v: [...v] };
  for (let k = 0; k < steps; k++) s = momentumStep(form, s.theta, grad, s.v, lr, beta);
  return s;
}

export interface AdamState {
  theta: number[];
  m: number[];
  v: number[];
  /** Steps taken so far (t in the paper). */
  t: number;
}

export interface AdamParams {
  lr: number;
  beta1: number;
  beta2: number;
  /** Keras's default 1e-7; PyTorch's 1e-8. */
  epsilon: number;
}

export const ADAM_DEFAULTS: AdamParams = { lr: 1e-3, beta1: 0.9, beta2: 0.999, epsilon: 1e-7 };

export function adamInit(theta: Vec): AdamState {
  return { theta: [...theta], m: theta.map(() => 0), v: theta.map(() => 0), t: 0 };
}

/** One Adam step (Kingma & Ba, Algorithm 1, bias-corrected). */
export function adamStep(s: AdamState, grad: Vec, p: AdamParams = ADAM_DEFAULTS): AdamState {
  sameLength(s.theta, grad);
  const t = s.t + 1;
  const m = s.m.map((mi, i) => p.beta1 * mi + (1 - p.beta1) * grad[i]!);
  const v = s.v.map((vi, i) => p.beta2 * vi + (1 - p.beta2) * grad[i]! * grad[i]!);
  const c1 = 1 - p.beta1 ** t;
  const c2 = 1 - p.beta2 ** t;
  const theta = s.theta.map((th, i) => th - (p.lr * (m[i]! / c1)) / (Math.sqrt(v[i]! / c2) + p.epsilon));
  return { theta, m, v, t };
}

function sameLength(a: Vec, b: Vec): void {
  if (a.length !== b.length) throw new RangeError('length-mismatch');
}
