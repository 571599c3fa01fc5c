/**
 * adamSteps against hand derivations and the frameworks' documented update rules:
 * torch.optim.Adam (docs' algorithm box: m̂ = m/(1−β₁ᵗ), v̂ = v/(1−β₂ᵗ), θ −= γ m̂/(√v̂ + ε))
 * and keras.optimizers.Adam (α_t = α √(1−β₂ᵗ)/(1−β₁ᵗ), θ −= α_t m/(√v + ε); its ε is the
 * paper's "epsilon hat").
 */
import { describe, expect, it } from 'vitest';
import { adamSteps, kerasLearningRate, type AdamInput } from './adam';
import { adamInit, adamStep } from './optimizers';

const close = (a: number, b: number, tol = 1e-12) => expect(Math.abs(a - b)).toBeLessThan(tol);
const closeVec = (a: number[], b: number[], tol = 1e-12) => {
  expect(a.length).toBe(b.length);
  a.forEach((x, i) => close(x, b[i]!, tol));
};

const BOOK: AdamInput = {
  theta: [1, 2, 3, 4, 5],
  grad: [0.1, -0.1, 0.1, -0.1, 0.1],
  lr: 0.01,
  beta1: 0.9,
  beta2: 0.999,
  eps: 1e-8,
  steps: 1,
  form: 'paper',
};

describe('adamSteps, paper form (torch.optim.Adam)', () => {
  it('the book’s numbers, one step, by hand', () => {
    const r = adamSteps(BOOK);
    // m = (1−β₁) g = ±0.01; v = (1−β₂) g² = 1e-5; m̂ = m/0.1 = g; v̂ = v/0.001 = g² = 0.01
    closeVec(r.m, [0.01, -0.01, 0.01, -0.01, 0.01], 1e-15);
    closeVec(r.v, [1e-5, 1e-5, 1e-5, 1e-5, 1e-5], 1e-18);
    closeVec(r.mHat, [0.1, -0.1, 0.1, -0.1, 0.1], 1e-14);
    closeVec(r.vHat, [0.01, 0.01, 0.01, 0.01, 0.01], 1e-14);
    // each parameter moves by α·0.1/(0.1 + 1e-8) ≈ α, against the gradient's sign
    const d = (0.01 * 0.1) / (0.1 + 1e-8);
    closeVec(r.theta, [1 - d, 2 + d, 3 - d, 4 + d, 5 - d], 1e-14);
    close(d, 0.01, 1e-9);
  });
  it('the first step is ≈ α whatever the gradient’s size (the teaching point)', () => {
    for (const g of [1e-3, 0.1, 7, 1e4]) {
      const r = adamSteps({ ...BOOK, theta: [0], grad: [g] });
      close(r.theta[0]!, -0.01 * (g / (g + 1e-8)), 1e-15);
      close(r.theta[0]!, -0.01, 1e-7);
    }
  });
  it('with a constant gradient, m̂ = g and v̂ = g² at every step, so k steps move ≈ kα', () => {
    const r = adamSteps({ ...BOOK, steps: 10 });
    closeVec(r.mHat, BOOK.grad, 1e-12);
    closeVec(r.vHat, BOOK.grad.map((g) => g * g), 1e-12);
    closeVec(r.theta, BOOK.theta.map((t, i) => t - 10 * 0.01 * Math.sign(BOOK.grad[i]!)), 1e-6);
  });
  it('two steps by hand', () => {
    const r = adamSteps({ ...BOOK, theta: [0], grad: [2], lr: 0.1, steps: 2 });
    const m1 = 0.2;
    const v1 = 0.004;
    const th1 = -(0.1 * (m1 / 0.1)) / (Math.sqrt(v1 / 0.001) + 1e-8);
    const m2 = 0.9 * m1 + 0.1 * 2;
    const v2 = 0.999 * v1 + 0.001 * 4;
    const th2 = th1 - (0.1 * (m2 / (1 - 0.81))) / (Math.sqrt(v2 / (1 - 0.999 ** 2)) + 1e-8);
    close(r.m[0]!, m2);
    close(r.v[0]!, v2);
    close(r.theta[0]!, th2);
  });
  it('is the same rule as the optimizer playground’s adamStep', () => {
    let s = adamInit([0.3, -1]);
    for (let k = 0; k < 5; k++) s = adamStep(s, [0.5, 2], { lr: 0.05, beta1: 0.8, beta2: 0.99, epsilon: 1e-6 });
    const r = adamSteps({ theta: [0.3, -1], grad: [0.5, 2], lr: 0.05, beta1: 0.8, beta2: 0.99, eps: 1e-6, steps: 5, form: 'paper' });
    expect(r.theta).toEqual(s.theta);
  });
  it('a zero gradient leaves θ unchanged (ε keeps 0/0 away)', () => {
    const r = adamSteps({ ...BOOK, theta: [1], grad: [0] });
    expect(r.theta).toEqual([1]);
  });
});

describe('adamSteps, Keras form (keras.optimizers.Adam)', () => {
  it('the book’s numbers, one step, by hand', () => {
    const r = adamSteps({ ...BOOK, form: 'keras' });
    const lrT = (0.01 * Math.sqrt(1 - 0.999)) / (1 - 0.9);
    close(kerasLearningRate(0.01, 0.9, 0.999, 1), lrT);
    const d = (lrT * 0.01) / (Math.sqrt(1e-5) + 1e-8);
    closeVec(r.theta, [1 - d, 2 + d, 3 - d, 4 + d, 5 - d], 1e-14);
    // the moments are the same as in the paper form; only where ε enters differs
    expect(r.m).toEqual(adamSteps(BOOK).m);
    expect(r.v).toEqual(adamSteps(BOOK).v);
    expect(r.mHat).toEqual(adamSteps(BOOK).mHat);
  });
  it('one Keras step with ε equals one paper step with ε/√(1−β₂) (Keras’s ε is the paper’s ε̂)', () => {
    const x = { theta: [0.5, -3], grad: [0.02, 40], lr: 0.1, beta1: 0.9, beta2: 0.999, eps: 1e-3, steps: 1 };
    const k = adamSteps({ ...x, form: 'keras' });
    const p = adamSteps({ ...x, eps: 1e-3 / Math.sqrt(1 - 0.999), form: 'paper' });
    closeVec(k.theta, p.theta, 1e-14);
  });
  it('with ε = 0 the two forms are the same algorithm', () => {
    const x = { theta: [1, 2], grad: [0.3, -0.7], lr: 0.01, beta1: 0.9, beta2: 0.999, eps: 0, steps: 7 };
    closeVec(adamSteps({ ...x, form: 'keras' }).theta, adamSteps({ ...x, form: 'paper' }).theta, 1e-14);
  });
});
