/**
 * The optimizers' paths on a surface (the update rules come from src/lib/maths/optimizers.ts),
 * divergence and the final result. Part of the optimizer playground (src/lib/playground/index.ts).
 * Pure; no DOM.
 */
import { adamInit, adamStep, gdStep, momentumStep, type AdamParams } from '../maths/optimizers';
import { gaussian } from './noise';
import { type OptId, type Settings, ADAM_BETA2, ADAM_EPSILON, DIVERGENCE_BOUND } from './settings';
import { loss, gradient } from './surfaces';

export interface Trajectory {
  opt: OptId;
  /** Points θ₀ … θ_k: steps + 1 of them, or fewer if the path diverged. */
  xs: number[];
  ys: number[];
  losses: number[];
  /** The step whose result was non-finite or beyond DIVERGENCE_BOUND (not stored), or null. */
  divergedAt: number | null;
}

function escaped(x: number, y: number): boolean {
  return (
    !(Number.isFinite(x) && Number.isFinite(y)) || Math.abs(x) > DIVERGENCE_BOUND || Math.abs(y) > DIVERGENCE_BOUND
  );
}

/** One optimizer's path for the settings. Deterministic: the same settings and seed give the same path. */
export function trajectory(s: Settings, opt: OptId): Trajectory {
  const { surface, kappa, lr, beta, steps } = s;
  const xs = [s.start[0]];
  const ys = [s.start[1]];
  const losses = [loss(surface, kappa, s.start[0], s.start[1])];
  let theta: number[] = [s.start[0], s.start[1]];
  let v: number[] = [0, 0];
  let adam = adamInit(theta);
  const adamParams: AdamParams = { lr, beta1: beta, beta2: ADAM_BETA2, epsilon: ADAM_EPSILON };
  const g = [0, 0];
  const normal = opt === 'sgd' ? gaussian(s.seed) : null;
  let divergedAt: number | null = null;
  for (let k = 1; k <= steps; k++) {
    gradient(surface, kappa, theta[0]!, theta[1]!, g);
    if (normal) {
      g[0] = g[0]! + s.noise * normal();
      g[1] = g[1]! + s.noise * normal();
    }
    switch (opt) {
      case 'gd':
      case 'sgd':
        theta = gdStep(theta, g, lr);
        break;
      case 'momentum': {
        const m = momentumStep(s.form, theta, g, v, lr, beta);
        theta = m.theta;
        v = m.v;
        break;
      }
      case 'adam':
        adam = adamStep(adam, g, adamParams);
        theta = adam.theta;
        break;
    }
    const x = theta[0]!;
    const y = theta[1]!;
    const f = loss(surface, kappa, x, y);
    if (escaped(x, y) || !Number.isFinite(f)) {
      divergedAt = k;
      break;
    }
    xs.push(x);
    ys.push(y);
    losses.push(f);
  }
  return { opt, xs, ys, losses, divergedAt };
}

export function run(s: Settings): Trajectory[] {
  return s.opts.map((o) => trajectory(s, o));
}

export interface FinalResult {
  opt: OptId;
  /** Loss after the configured steps; ±Infinity if the path diverged. */
  loss: number;
  /** The last point of the path (the last finite one if it diverged). */
  point: [number, number];
  divergedAt: number | null;
}

export function finalResult(t: Trajectory): FinalResult {
  const n = t.xs.length - 1;
  const last = t.losses[n]!;
  return {
    opt: t.opt,
    // A path that runs off to infinity on the saddle does so downhill: −∞. Elsewhere +∞.
    loss: t.divergedAt === null ? last : last < 0 ? -Infinity : Infinity,
    point: [t.xs[n]!, t.ys[n]!],
    divergedAt: t.divergedAt,
  };
}
