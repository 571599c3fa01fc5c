import { describe, expect, it } from 'vitest';
import { gaussian } from './noise';
import { type Settings, DEFAULTS, defaultSettings, ADAM_BETA2, ADAM_EPSILON, DIVERGENCE_BOUND } from './settings';
import { loss } from './surfaces';
import { trajectory, finalResult } from './trajectories';

const S = (over: Partial<Settings> = {}): Settings => ({ ...defaultSettings(), ...over });

describe('update rules on the surfaces (hand-derived)', () => {
  it('GD on the bowl: x shrinks by (1 − lr), y by (1 − lr·κ) per step', () => {
    const lr = 0.05;
    const kappa = 10;
    const t = trajectory(S({ surface: 'bowl', kappa, lr, steps: 20, start: [-3, 2], opts: ['gd'] }), 'gd');
    expect(t.xs).toHaveLength(21);
    for (let k = 0; k <= 20; k++) {
      expect(t.xs[k]).toBeCloseTo(-3 * (1 - lr) ** k, 12);
      expect(t.ys[k]).toBeCloseTo(2 * (1 - lr * kappa) ** k, 12);
      expect(t.losses[k]).toBeCloseTo(loss('bowl', kappa, t.xs[k]!, t.ys[k]!), 12);
    }
  });
  it('GD on the saddle: x shrinks by (1 − 2lr), y grows by (1 + 2lr)', () => {
    const t = trajectory(S({ surface: 'saddle', lr: 0.1, steps: 5, start: [1, 0.5] }), 'gd');
    expect(t.xs[5]).toBeCloseTo(0.8 ** 5, 12);
    expect(t.ys[5]).toBeCloseTo(0.5 * 1.2 ** 5, 12);
  });
  it('momentum (PyTorch form) on the bowl: first two steps by hand', () => {
    // v1 = g0, θ1 = θ0 − lr·g0; v2 = β v1 + g1, θ2 = θ1 − lr·v2.
    const lr = 0.1;
    const beta = 0.9;
    const t = trajectory(S({ surface: 'bowl', kappa: 1, lr, beta, steps: 2, start: [1, -2] }), 'momentum');
    const x1 = 1 - lr * 1;
    const x2 = x1 - lr * (beta * 1 + x1);
    const y1 = -2 - lr * -2;
    const y2 = y1 - lr * (beta * -2 + y1);
    expect(t.xs[1]).toBeCloseTo(x1, 14);
    expect(t.xs[2]).toBeCloseTo(x2, 14);
    expect(t.ys[1]).toBeCloseTo(y1, 14);
    expect(t.ys[2]).toBeCloseTo(y2, 14);
  });
  it("the seed's momentum form takes the same steps as PyTorch's for a constant learning rate", () => {
    const base = S({ surface: 'rosenbrock', lr: 1e-3, beta: 0.9, steps: 300, start: [-1.5, 1.5] });
    const a = trajectory({ ...base, form: 'pytorch' }, 'momentum');
    const b = trajectory({ ...base, form: 'seed' }, 'momentum');
    expect(a.xs).toHaveLength(b.xs.length);
    for (let k = 0; k < a.xs.length; k++) {
      expect(b.xs[k]).toBeCloseTo(a.xs[k]!, 9);
      expect(b.ys[k]).toBeCloseTo(a.ys[k]!, 9);
    }
  });
  it('Adam: the first step moves each coordinate by lr·sign(g) (bias correction)', () => {
    const lr = 0.05;
    const t = trajectory(S({ surface: 'bowl', kappa: 10, lr, steps: 1, start: [-3, 2] }), 'adam');
    // m̂ = g, v̂ = g², step = lr·g/(|g| + ε).
    expect(t.xs[1]).toBeCloseTo(-3 + (lr * 3) / (3 + ADAM_EPSILON), 12);
    expect(t.ys[1]).toBeCloseTo(2 - (lr * 20) / (20 + ADAM_EPSILON), 12);
  });
  it('Adam: second step by hand', () => {
    const lr = 0.1;
    const b1 = 0.9;
    const t = trajectory(S({ surface: 'bowl', kappa: 1, lr, beta: b1, steps: 2, start: [1, 1] }), 'adam');
    const x1 = 1 - lr / (1 + ADAM_EPSILON);
    const g0 = 1;
    const g1 = x1;
    const m = b1 * (1 - b1) * g0 + (1 - b1) * g1;
    const v = ADAM_BETA2 * (1 - ADAM_BETA2) * g0 * g0 + (1 - ADAM_BETA2) * g1 * g1;
    const x2 = x1 - (lr * (m / (1 - b1 ** 2))) / (Math.sqrt(v / (1 - ADAM_BETA2 ** 2)) + ADAM_EPSILON);
    expect(t.xs[2]).toBeCloseTo(x2, 14);
  });
  it('SGD with zero noise is GD', () => {
    const s = S({ noise: 0 });
    expect(trajectory(s, 'sgd').xs).toEqual(trajectory(s, 'gd').xs);
  });
  it('SGD adds noise·N(0,1) to each coordinate of the exact gradient', () => {
    const s = S({ surface: 'bowl', kappa: 1, lr: 0.1, noise: 2, seed: 7, steps: 1, start: [1, 1] });
    const n = gaussian(7);
    const z0 = n();
    const z1 = n();
    const t = trajectory(s, 'sgd');
    expect(t.xs[1]).toBeCloseTo(1 - 0.1 * (1 + 2 * z0), 14);
    expect(t.ys[1]).toBeCloseTo(1 - 0.1 * (1 + 2 * z1), 14);
  });
});

describe('divergence', () => {
  it('GD on the bowl with lr·κ > 2 diverges and stops at the step that left the bound', () => {
    // y is multiplied by (1 − lr·κ) = −9 per step: |y| = 2·9^k > 1e6 first at k = 6.
    const t = trajectory(S({ lr: 1, kappa: 10, steps: 100, start: [-3, 2] }), 'gd');
    const k = Math.ceil(Math.log(DIVERGENCE_BOUND / 2) / Math.log(9));
    expect(t.divergedAt).toBe(k);
    expect(t.xs).toHaveLength(k);
    const f = finalResult(t);
    expect(f.loss).toBe(Infinity);
    expect(f.point.every(Number.isFinite)).toBe(true);
    expect(t.losses.every(Number.isFinite)).toBe(true);
  });
  it('a path that overflows to non-finite values is diverged, never NaN', () => {
    const t = trajectory(S({ surface: 'rosenbrock', lr: 10, steps: 1000, start: [-1.5, 1.5] }), 'gd');
    expect(t.divergedAt).not.toBeNull();
    expect([...t.xs, ...t.ys, ...t.losses].some(Number.isNaN)).toBe(false);
  });
  it('on the saddle the escape is downhill: loss −Infinity', () => {
    const t = trajectory(S({ surface: 'saddle', lr: 0.5, steps: 1000, start: [-1, 0.1] }), 'gd');
    expect(t.divergedAt).not.toBeNull();
    expect(finalResult(t).loss).toBe(-Infinity);
  });
  it('a converging path is not diverged and reports its last point', () => {
    const t = trajectory(S(), 'gd');
    const f = finalResult(t);
    expect(t.divergedAt).toBeNull();
    expect(t.xs).toHaveLength(DEFAULTS.steps + 1);
    expect(f.point).toEqual([t.xs[DEFAULTS.steps], t.ys[DEFAULTS.steps]]);
    expect(f.loss).toBeLessThan(1e-3);
  });
});
