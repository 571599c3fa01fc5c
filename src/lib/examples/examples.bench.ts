/** Recomputing an example with 10,000 values must take well under one frame (16 ms). */
import { bench, describe } from 'vitest';
import { compute } from './examples';

const n = 10_000;
const list = (f: (i: number) => number) => Array.from({ length: n }, (_, i) => f(i).toFixed(4)).join(',');
const y = list((i) => i % 2);
const p = list((i) => 0.05 + 0.9 * ((i * 7919) % 1000) / 1000);
const theta = list((i) => i / n);
const grad = list((i) => Math.sin(i));

describe('calculators with 10,000 values (parse + validate + compute + TeX)', () => {
  bench('mse', () => void compute('mse', { y: theta, yhat: grad }));
  bench('cross-entropy (binary)', () => void compute('cross-entropy', { y, p, form: 'binary' }));
  bench('sgd', () => void compute('sgd', { theta, grad, lr: '0.01' }));
  bench('momentum, 100 steps', () =>
    void compute('momentum', { theta, grad, v: grad, lr: '0.01', beta: '0.9', form: 'pytorch', steps: '100' }),
  );
});
