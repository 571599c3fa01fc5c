import { describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { argMax, confusionMatrix, digitImage, misclassified, pictureRgba, probabilities, unitWeights } from './infer';
import { initialWeights } from './data';

describe('inference in plain JavaScript', () => {
  it('gives the same probabilities as TensorFlow.js for the same weights', async () => {
    await tf.setBackend('cpu');
    const w = { ...initialWeights(3, 784, 16, 10), units: 16 };
    w.b1 = Float32Array.from({ length: 16 }, (_, i) => (i - 8) / 50);
    w.b2 = Float32Array.from({ length: 10 }, (_, i) => i / 20);
    const x = Float32Array.from({ length: 784 }, (_, i) => ((i * 37) % 11) / 10);
    const p = probabilities(w, x);
    const expected = tf.tidy(() => {
      const h = tf.relu(tf.add(tf.matMul(tf.tensor2d(x, [1, 784]), tf.tensor2d(w.w1, [784, 16])), tf.tensor1d(w.b1)));
      return tf.softmax(tf.add(tf.matMul(h, tf.tensor2d(w.w2, [16, 10])), tf.tensor1d(w.b2))).dataSync();
    });
    expect(p).toHaveLength(10);
    p.forEach((v, i) => expect(v).toBeCloseTo(expected[i]!, 5));
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
    expect(argMax(p)).toBe(argMax(Array.from(expected)));
    expect(() => probabilities(w, new Float32Array(10))).toThrow(RangeError);
  });

  it('counts a confusion matrix whose rows are the true classes', () => {
    const m = confusionMatrix([0, 0, 1, 2, 2, 2], [0, 1, 1, 2, 0, 2], 3);
    expect(m).toEqual([
      [1, 1, 0],
      [0, 1, 0],
      [1, 0, 2],
    ]);
    expect(m.flat().reduce((a, b) => a + b, 0)).toBe(6);
    expect(misclassified([0, 0, 1, 2, 2, 2], [0, 1, 1, 2, 0, 2])).toEqual([1, 4]);
    expect(misclassified([0, 0, 1, 2, 2, 2], [0, 1, 1, 2, 0, 2], 1)).toEqual([1]);
  });

  it("takes one unit's weights as a picture scaled to [−1, 1]", () => {
    const w1 = new Float32Array(784 * 2);
    w1[5 * 2 + 1] = -4;
    w1[7 * 2 + 1] = 2;
    w1[7 * 2] = 9;
    const img = unitWeights({ w1, units: 2 }, 1);
    expect(img[5]).toBe(-1);
    expect(img[7]).toBe(0.5);
    expect(img[0]).toBe(0);
  });
});

describe('pictures', () => {
  it('digitImage scales the i-th digit of the packed bytes to [0, 1]', () => {
    const bytes = Uint8Array.from([0, 0, 0, 255, 51, 0]);
    expect(Array.from(digitImage(bytes, 1, 3))).toEqual([1, 0.2, 0].map((v) => Math.fround(v)));
  });
  it('pictureRgba: gray, and diverging white at 0, blue for +1, red for −1, clamped beyond', () => {
    expect(Array.from(pictureRgba([0, 1], false))).toEqual([0, 0, 0, 255, 255, 255, 255, 255]);
    expect(Array.from(pictureRgba([0, 1, -1, 5], true))).toEqual([255, 255, 255, 255, 0, 102, 255, 255, 255, 51, 51, 255, 0, 102, 255, 255]);
  });
});
