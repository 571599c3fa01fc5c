import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { train } from './train';
import { DEFAULT_SETTINGS, type TrainingSettings } from './settings';
import { initialWeights, makeDataset } from './data';

const small: TrainingSettings = { ...DEFAULT_SETTINGS, epochs: 3, samples: 200, units: 16, batch: 32, seed: 7, eval: 'holdout' };

beforeAll(async () => {
  await tf.setBackend('cpu');
  await tf.ready();
});

describe('train (cpu backend)', () => {
  it('gives the same loss curve run after run, and releases every tensor', async () => {
    const before = tf.memory().numTensors;
    const a = await train(tf, small);
    expect(tf.memory().numTensors).toBe(before);
    const b = await train(tf, small);
    expect(tf.memory().numTensors).toBe(before);
    expect(a.history.map((h) => h.loss)).toEqual(b.history.map((h) => h.loss));
    expect(a.history.map((h) => h.accuracy)).toEqual(b.history.map((h) => h.accuracy));
    expect(a.train).toEqual(b.train);
    expect(a.history).toHaveLength(3);
    expect(a.stopped).toBe(false);
    expect(a.holdout).not.toBeNull();
  });

  it('learns: the loss falls and accuracy on the training data rises', async () => {
    const r = await train(tf, { ...small, epochs: 8, units: 64, lr: 0.003 });
    const first = r.history[0]!;
    const last = r.history.at(-1)!;
    expect(first.loss).toBeGreaterThan(2); // ≈ ln 10 at the start
    expect(last.loss).toBeLessThan(first.loss);
    expect(r.train!.accuracy).toBeGreaterThan(0.3); // memorized random labels
    expect(r.holdout!.accuracy).toBeLessThan(0.25); // chance on fresh data is 0.1
  });

  it('a different seed gives a different curve', async () => {
    const a = await train(tf, { ...small, epochs: 1 });
    const b = await train(tf, { ...small, epochs: 1, seed: 8 });
    expect(a.history[0]!.loss).not.toBe(b.history[0]!.loss);
  });

  it('stops within one batch and still releases everything', async () => {
    const before = tf.memory().numTensors;
    let batches = 0;
    const r = await train(tf, small, {
      onBatch: () => void batches++,
      shouldStop: () => batches >= 10,
    });
    expect(batches).toBe(10);
    expect(r.stopped).toBe(true);
    expect(r.history).toHaveLength(1); // epoch 1 had 7 batches; epoch 2 stopped after 3
    expect(r.train).toBeNull();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('releases everything when a hook throws', async () => {
    const before = tf.memory().numTensors;
    await expect(
      train(tf, small, {
        onBatch: (_e, b) => {
          if (b === 3) throw new Error('boom');
        },
      }),
    ).rejects.toThrow('boom');
    expect(tf.memory().numTensors).toBe(before);
  });

  it('the written-out gradients equal autodiff gradients', () => {
    const n = 8;
    const units = 5;
    const d = makeDataset(1, n, 784, 10);
    const w = initialWeights(1, 784, units, 10);
    tf.tidy(() => {
      const x = tf.tensor2d(d.x, [n, 784]);
      const y = tf.tensor1d(d.y, 'int32');
      const w1 = tf.tensor2d(w.w1, [784, units]);
      const b1 = tf.tensor1d(Float32Array.from({ length: units }, (_, i) => 0.01 * i));
      const w2 = tf.tensor2d(w.w2, [units, 10]);
      const b2 = tf.zeros([10]);
      const loss = (a: tf.Tensor, b: tf.Tensor, c: tf.Tensor, e: tf.Tensor) => {
        const logits = tf.add(tf.matMul(tf.relu(tf.add(tf.matMul(x, a as tf.Tensor2D), b)) as tf.Tensor2D, c as tf.Tensor2D), e);
        return tf.losses.softmaxCrossEntropy(tf.oneHot(y, 10), logits) as tf.Scalar;
      };
      const auto = tf.grads(loss)([w1, b1, w2, b2]);
      // The same formulas as train.ts's step().
      const hidden = tf.relu(tf.add(tf.matMul(x, w1), b1)) as tf.Tensor2D;
      const logits = tf.add(tf.matMul(hidden, w2), b2) as tf.Tensor2D;
      const target = tf.oneHot(y, 10);
      const dLogits = tf.div(tf.sub(tf.exp(tf.logSoftmax(logits)), target), n) as tf.Tensor2D;
      const dHidden = tf.mul(tf.matMul(dLogits, tf.transpose(w2)), tf.step(hidden)) as tf.Tensor2D;
      const manual = [tf.matMul(tf.transpose(x), dHidden), tf.sum(dHidden, 0), tf.matMul(tf.transpose(hidden), dLogits), tf.sum(dLogits, 0)];
      manual.forEach((m, i) => {
        const diff = tf.max(tf.abs(tf.sub(m, auto[i]!))).dataSync()[0]!;
        expect(diff).toBeLessThan(1e-6);
      });
    });
  });
});
