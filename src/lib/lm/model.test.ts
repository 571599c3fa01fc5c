import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { createModel, disposeModel, forceDenseScatter, forward, initialValues, lossOf, parameterCount, paramSpecs, type ModelShape } from './model';
import { adamwStep, applyAdamW, createAdamW, disposeAdamW, evaluate, trainModel, validationBatches } from './train';
import { createRng } from '../maths/prng';

beforeAll(async () => {
  await tf.setBackend('cpu');
  await tf.ready();
});

const tiny: ModelShape = { layers: 2, heads: 2, width: 8, context: 6, vocabulary: 7 };

function tokens(seed: number, b: number, t: number, v: number): tf.Tensor2D {
  const r = createRng(seed, 99);
  return tf.tensor2d(Int32Array.from({ length: b * t }, () => r.nextInt(v)), [b, t], 'int32');
}

describe('the tiny Transformer', () => {
  it.each([false, true])('has the gradients of finite differences (every parameter, sampled coordinates; dense scatters: %s)', (dense) => {
    forceDenseScatter(dense);
    const before = tf.memory().numTensors;
    // Larger weights than the real initialization, so that every gradient is far from 0.
    const values = initialValues(tiny, 3).map((v, i) => {
      const spec = paramSpecs(tiny)[i]!;
      if (spec.init === 'ones' || spec.init === 'zeros') return v.map((x, j) => x + 0.3 * Math.sin(j + i));
      return v.map((x) => x * 25);
    });
    const m = createModel(tf, tiny, values);
    const x = tokens(1, 3, 6, tiny.vocabulary);
    const y = tokens(2, 3, 6, tiny.vocabulary);
    const loss = (): number => tf.tidy(() => lossOf(tf, m, x, y).dataSync()[0]!);
    const { grads, value } = tf.variableGrads(() => lossOf(tf, m, x, y), m.vars);
    value.dispose();
    const h = 1e-2;
    const r = createRng(5, 1);
    let checked = 0;
    m.vars.forEach((v, i) => {
      const name = m.specs[i]!.name;
      const g = grads[v.name]!.dataSync();
      const data = Float32Array.from(v.dataSync());
      for (let s = 0; s < 4; s++) {
        const j = r.nextInt(data.length);
        const orig = data[j]!;
        data[j] = orig + h;
        tf.tidy(() => v.assign(tf.tensor(data, v.shape)));
        const up = loss();
        data[j] = orig - h;
        tf.tidy(() => v.assign(tf.tensor(data, v.shape)));
        const down = loss();
        data[j] = orig;
        tf.tidy(() => v.assign(tf.tensor(data, v.shape)));
        const fd = (up - down) / (2 * h);
        expect(Math.abs(g[j]! - fd), `${name}[${j}]: ${g[j]} vs ${fd}`).toBeLessThanOrEqual(2e-3 + 0.03 * Math.abs(fd));
        checked++;
      }
    });
    expect(checked).toBe(4 * paramSpecs(tiny).length);
    Object.values(grads).forEach((t) => t.dispose());
    x.dispose();
    y.dispose();
    disposeModel(m);
    forceDenseScatter(false);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('is causal: changing a later token leaves the earlier logits unchanged', () => {
    const m = createModel(tf, tiny, initialValues(tiny, 4).map((v) => v.map((x) => x * 20)));
    const a = [1, 2, 3, 4, 5, 6];
    const b = [1, 2, 3, 0, 5, 6]; // differs at position 3
    const [la, lb] = tf.tidy(() => [a, b].map((s) => forward(tf, m, tf.tensor2d(s, [1, 6], 'int32')).logits.arraySync() as number[][]));
    for (let i = 0; i < 3; i++) expect(lb![i]).toEqual(la![i]);
    expect(lb![3]).not.toEqual(la![3]);
    expect(lb![5]).not.toEqual(la![5]);
    disposeModel(m);
  });

  it('starts at a loss within 10 % of ln(vocabulary), and counts its parameters', () => {
    const shape: ModelShape = { layers: 2, heads: 4, width: 64, context: 16, vocabulary: 300 };
    const m = createModel(tf, shape, initialValues(shape, 1));
    const r = createRng(8, 1);
    const toks = Int32Array.from({ length: 400 }, () => r.nextInt(300));
    const loss = evaluate(tf, m, validationBatches(toks, 16, 8, 16));
    expect(Math.abs(loss - Math.log(300)) / Math.log(300)).toBeLessThan(0.1);
    // 2 blocks of (2·64 + 64·192 + 192 + 64·64 + 64 + 2·64 + 64·256 + 256 + 256·64 + 64), embeddings, final LayerNorm, output.
    const block = 2 * 64 + 64 * 192 + 192 + 64 * 64 + 64 + 2 * 64 + 64 * 256 + 256 + 256 * 64 + 64;
    expect(parameterCount(shape)).toBe(300 * 64 + 16 * 64 + 2 * block + 2 * 64 + 64 * 300 + 300);
    expect(m.vars.reduce((n, v) => n + v.size, 0)).toBe(parameterCount(shape));
    disposeModel(m);
  });
});

describe('AdamW', () => {
  it('updates the variables as the formula on plain arrays (decay on matrices only)', () => {
    const m = createModel(tf, tiny, initialValues(tiny, 2));
    const opt = createAdamW(tf, m);
    const theta = m.vars.map((v) => Array.from(v.dataSync()));
    const mm = theta.map((t) => t.map(() => 0));
    const vv = theta.map((t) => t.map(() => 0));
    for (let step = 1; step <= 3; step++) {
      const grads = theta.map((t, i) => t.map((_, j) => Math.sin(step * 7 + i * 3 + j)));
      const gt = grads.map((g, i) => tf.tensor(g, m.vars[i]!.shape));
      applyAdamW(tf, m, opt, gt, 0.01);
      gt.forEach((g) => g.dispose());
      theta.forEach((t, i) => adamwStep(t, grads[i]!, mm[i]!, vv[i]!, step, 0.01, m.specs[i]!.decay));
    }
    m.vars.forEach((v, i) => {
      const got = v.dataSync();
      theta[i]!.forEach((x, j) => expect(got[j]).toBeCloseTo(x, 5));
    });
    expect(m.specs.filter((s) => s.decay).map((s) => s.name)).toEqual(m.specs.filter((s) => s.shape.length === 2).map((s) => s.name));
    disposeAdamW(opt);
    disposeModel(m);
  });
});

describe('trainModel', () => {
  const shape: ModelShape = { layers: 1, heads: 2, width: 16, context: 8, vocabulary: 12 };
  const r = createRng(3, 1);
  // A learnable stream: a repeating pattern with some noise.
  const stream = Int32Array.from({ length: 3000 }, (_, i) => (r.nextFloat() < 0.1 ? r.nextInt(12) : (i % 5) + 1));
  const train = stream.subarray(0, 2500);
  const validation = stream.subarray(2500);
  const run = async (seed: number) => {
    const m = createModel(tf, shape, initialValues(shape, seed));
    try {
      return await trainModel(tf, m, train, validation, { steps: 30, batch: 4, lr: 1e-2, seed, evalEvery: 10 });
    } finally {
      disposeModel(m);
    }
  };

  it('gives the same losses for the same seed, learns, reports perplexity = exp(validation loss), and leaks no tensor', async () => {
    const before = tf.memory().numTensors;
    const a = await run(1);
    expect(tf.memory().numTensors).toBe(before);
    const b = await run(1);
    expect(tf.memory().numTensors).toBe(before);
    expect(b.curve).toEqual(a.curve);
    expect(a.curve.map((p) => p.step)).toEqual([0, 10, 20, 30]);
    for (const p of a.curve) expect(p.perplexity).toBe(Math.exp(p.validationLoss));
    expect(a.initialLoss).toBe(a.curve[0]!.validationLoss);
    expect(a.curve.at(-1)!.validationLoss).toBeLessThan(a.initialLoss - 0.5);
    const c = await run(2);
    expect(c.curve[1]!.validationLoss).not.toBe(a.curve[1]!.validationLoss);
  });

  it('stops when asked, and releases everything', async () => {
    const before = tf.memory().numTensors;
    const m = createModel(tf, shape, initialValues(shape, 1));
    let n = 0;
    const out = await trainModel(tf, m, train, validation, { steps: 30, batch: 4, lr: 1e-2, seed: 1, evalEvery: 10 }, { shouldStop: () => ++n > 5 });
    expect(out.stopped).toBe(true);
    expect(out.steps).toBe(5);
    disposeModel(m);
    expect(tf.memory().numTensors).toBe(before);
  });
});
