import { it } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-wasm';

it('mm', { timeout: 300000 }, async () => {
  await tf.setBackend('wasm'); await tf.ready();
  const x = tf.randomUniform([32, 784]) as tf.Tensor2D;
  const W = tf.randomUniform([784, 128]) as tf.Tensor2D;
  const Wt = tf.randomUniform([128, 784]) as tf.Tensor2D;
  const dh = tf.randomUniform([32, 128]) as tf.Tensor2D;
  const b = tf.zeros([128]) as tf.Tensor1D;
  const cases: [string, () => tf.Tensor][] = [
    ['x·W', () => tf.matMul(x, W)],
    ['x·W+b relu', () => tf.relu(tf.add(tf.matMul(x, W), b))],
    ['fused x·W', () => tf.fused.matMul({ a: x, b: W, bias: b, activation: 'relu' })],
    ['fused x·Wt^T', () => tf.fused.matMul({ a: x, b: Wt, transposeB: true, bias: b, activation: 'relu' })],
    ['x^T·dh', () => tf.matMul(x, dh, true, false)],
    ['dh^T·x', () => tf.matMul(dh, x, true, false)],
    ['T(dh)·x', () => tf.matMul(tf.transpose(dh), x)],
    ['T(x)·dh', () => tf.matMul(tf.transpose(x), dh)],
    ['dh·Wt', () => tf.matMul(dh, Wt)],
    ['dh·W^T', () => tf.matMul(dh, W, false, true)],
  ];
  for (const fresh of [false, false, true]) {
    for (const [name, f] of cases) {
      for (let i = 0; i < 5; i++) tf.tidy(f);
      const t0 = performance.now();
      for (let i = 0; i < 50; i++) {
        tf.tidy(() => {
          if (fresh) { const w2 = W.add(0); const wt2 = Wt.add(0); }
          return f();
        });
      }
      console.log(fresh ? 'fresh' : 'same', name.padEnd(16), ((performance.now() - t0) / 50).toFixed(3), 'ms');
    }
  }
});
