/**
 * Our functions against the reference frameworks' documented examples
 * (Keras API docs; PyTorch docs), to 1e-6. The documented figures are rounded
 * to 3 decimals, so each check also recomputes the exact value by hand.
 */
import { describe, expect, it } from 'vitest';
import { mse, binaryCrossEntropy, categoricalCrossEntropy, crossEntropySeed } from './losses';
import { adamInit, adamStep, momentumStep, gdStep } from './optimizers';

const close = (a: number, b: number, tol = 1e-6) => expect(Math.abs(a - b)).toBeLessThan(tol);

describe('keras.losses.MeanSquaredError docs: y_true [[0,1],[0,0]], y_pred [[1,1],[1,0]] → 0.5', () => {
  it('matches', () => close(mse([0, 1, 0, 0], [1, 1, 1, 0]).value, 0.5));
});

describe('keras.losses.BinaryCrossentropy docs: y_true [[0,1],[0,0]], y_pred [[0.6,0.4],[0.4,0.6]] → 0.815', () => {
  it('matches to the documented precision and to the exact value', () => {
    const exact = -(Math.log(0.4) + Math.log(0.4) + Math.log(0.6) + Math.log(0.4)) / 4;
    const v = binaryCrossEntropy([0, 1, 0, 0], [0.6, 0.4, 0.4, 0.6]).value;
    close(v, exact);
    expect(v.toFixed(3)).toBe('0.815');
  });
});

describe('keras.losses.CategoricalCrossentropy docs: [[0,1,0],[0,0,1]] vs [[.05,.95,0],[.1,.8,.1]] → 1.177', () => {
  it('matches (the 0 probability is clipped to 1e-7 and ignored by its 0 label)', () => {
    const v = categoricalCrossEntropy(
      [
        [0, 1, 0],
        [0, 0, 1],
      ],
      [
        [0.05, 0.95, 0],
        [0.1, 0.8, 0.1],
      ],
    ).value;
    close(v, (-Math.log(0.95) - Math.log(0.1)) / 2);
    expect(v.toFixed(3)).toBe('1.177');
  });
  it('scales rows that do not sum to 1, as Keras does', () => {
    const a = categoricalCrossEntropy([[0, 1]], [[1, 3]]).value;
    close(a, -Math.log(0.75));
  });
  it('clips probabilities to [1e-7, 1 − 1e-7]', () => {
    close(crossEntropySeed([1], [0]).value, -Math.log(1e-7));
    close(binaryCrossEntropy([0], [1]).value, -Math.log(1e-7), 1e-6);
  });
});

describe('keras.optimizers.SGD docs (momentum=0.9, lr=0.1, loss var²/2): steps of 0.1 then 0.18', () => {
  it('matches with the Keras form', () => {
    let theta = [1];
    let v = [0];
    const s1 = momentumStep('keras', theta, theta, v, 0.1, 0.9);
    close(theta[0]! - s1.theta[0]!, 0.1);
    theta = s1.theta;
    v = s1.v;
    const s2 = momentumStep('keras', theta, theta, v, 0.1, 0.9);
    close(theta[0]! - s2.theta[0]!, 0.18);
  });
  it('and plain SGD (momentum 0): var 1.0 → 0.9', () => close(gdStep([1], [1], 0.1)[0]!, 0.9));
  it('the PyTorch form gives the same trajectory with v scaled by 1/lr', () => {
    let k = { theta: [1], v: [0] };
    let p = { theta: [1], v: [0] };
    for (let i = 0; i < 5; i++) {
      k = momentumStep('keras', k.theta, k.theta, k.v, 0.1, 0.9);
      p = momentumStep('pytorch', p.theta, p.theta, p.v, 0.1, 0.9);
      close(k.theta[0]!, p.theta[0]!, 1e-12);
      close(k.v[0]!, -0.1 * p.v[0]!, 1e-12);
    }
  });
});

describe('Adam (Kingma & Ba, Algorithm 1)', () => {
  it('the first bias-corrected step moves each coordinate by about lr, against the gradient sign', () => {
    const s = adamStep(adamInit([1, -2, 3]), [0.5, -4, 1e-3], { lr: 0.01, beta1: 0.9, beta2: 0.999, epsilon: 1e-8 });
    close(s.theta[0]!, 1 - 0.01, 1e-7);
    close(s.theta[1]!, -2 + 0.01, 1e-7);
    // Small gradients feel ε: 1e-3 / (1e-3 + 1e-8)
    close(s.theta[2]!, 3 - (0.01 * 1e-3) / (1e-3 + 1e-8), 1e-12);
  });
  it('second step by hand', () => {
    const p = { lr: 0.1, beta1: 0.9, beta2: 0.999, epsilon: 1e-7 };
    const s1 = adamStep(adamInit([0]), [2], p);
    const s2 = adamStep(s1, [1], p);
    const m = 0.9 * 0.2 + 0.1 * 1;
    const v = 0.999 * 0.004 + 0.001 * 1;
    const expected = s1.theta[0]! - (0.1 * (m / (1 - 0.81))) / (Math.sqrt(v / (1 - 0.999 ** 2)) + 1e-7);
    close(s2.theta[0]!, expected, 1e-12);
  });
});
