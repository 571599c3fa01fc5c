/**
 * Runs the Layers-API translation shown in chapter 5's "TensorFlow.js" tab
 * (layers-program.ts) on the CPU backend with small data: it must build the
 * seed's model and train and evaluate it.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { main } from './layers-program';

describe('the Layers-API program (chapter 5, TensorFlow.js tab)', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
    await tf.ready();
  });
  afterAll(() => vi.restoreAllMocks());

  it('builds 784 → Dense(128, relu) → Dense(10, softmax) with 101,770 parameters, trains and evaluates', { timeout: 120_000 }, async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const before = tf.memory().numTensors;
    const { model, history, testLoss, testAcc, xTrain, yTrain } = await main(64, 3);
    expect(tf.getBackend()).toBe('cpu');
    expect(model.inputs[0]!.shape).toEqual([null, 784]);
    expect(model.outputs[0]!.shape).toEqual([null, 10]);
    expect(model.layers.map((l) => l.getConfig().units)).toEqual([128, 10]);
    expect(model.layers.map((l) => l.getConfig().activation)).toEqual(['relu', 'softmax']);
    expect(model.countParams()).toBe(101_770);
    expect(model.getWeights().map((w) => w.shape)).toEqual([[784, 128], [128], [128, 10], [10]]);
    expect(model.optimizer.getClassName()).toBe('Adam');
    expect(xTrain.shape).toEqual([64, 784]);
    expect(yTrain.shape).toEqual([64]);
    // Trains: three epochs of loss and accuracy, and the loss goes down on memorisable random data.
    const loss = history.history.loss as number[];
    const acc = history.history.acc as number[];
    expect(loss).toHaveLength(3);
    expect(acc).toHaveLength(3);
    expect(loss[2]!).toBeLessThan(loss[0]!);
    // Evaluates: a finite loss and an accuracy in [0, 1], printed like the seed.
    const l = testLoss.dataSync()[0]!;
    const a = testAcc.dataSync()[0]!;
    expect(Number.isFinite(l)).toBe(true);
    expect(a).toBeGreaterThanOrEqual(0);
    expect(a).toBeLessThanOrEqual(1);
    expect(log).toHaveBeenCalledWith('\nTest accuracy:', a);
    // Predictions are probabilities.
    const p = tf.tidy(() => (model.predict(xTrain) as tf.Tensor).sum(1).dataSync());
    for (const s of p) expect(s).toBeCloseTo(1, 4);
    tf.dispose([testLoss, testAcc, xTrain, yTrain]);
    model.dispose();
    expect(tf.memory().numTensors).toBeLessThanOrEqual(before + 1);
  });
});
