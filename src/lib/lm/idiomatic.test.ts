import { describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { idiomaticModel } from './idiomatic';
import { parameterCount } from './model';

describe('the bench’s idiomatic anchor (tf.layers)', () => {
  it('is the same model size as ours and trains', async () => {
    await tf.setBackend('cpu');
    const shape = { layers: 2, heads: 2, width: 8, context: 6, vocabulary: 11 };
    const before = tf.memory().numTensors;
    const m = idiomaticModel(tf, shape, 1e-2);
    expect(m.countParams()).toBe(parameterCount(shape));
    const x = tf.tensor2d(Array.from({ length: 24 }, (_, i) => i % 11), [4, 6], 'int32');
    const y = tf.tensor3d(Array.from({ length: 24 }, (_, i) => (i + 1) % 11), [4, 6, 1], 'float32');
    const first = (await m.trainOnBatch(x, y)) as number;
    expect(Math.abs(first - Math.log(11))).toBeLessThan(0.3);
    let last = first;
    for (let i = 0; i < 15; i++) last = (await m.trainOnBatch(x, y)) as number;
    expect(last).toBeLessThan(first - 0.5);
    x.dispose();
    y.dispose();
    m.dispose();
    (m.optimizer as tf.Optimizer).dispose();
    expect(tf.memory().numTensors - before).toBeLessThan(5);
  });
});
